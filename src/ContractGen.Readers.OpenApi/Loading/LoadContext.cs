using System.Text.Json.Nodes;
using ContractGen.Model;

namespace ContractGen.Readers.OpenApi.Loading;

/// <summary>One loaded file of a (possibly multi-file) contract.</summary>
internal sealed record LoadedFile(int Index, string FullPath, string Display, JsonNode? Root);

/// <summary>State shared while loading one contract: files read so far, the root folder, positions, diagnostics.</summary>
internal sealed class LoadContext
{
    private readonly Dictionary<string, LoadedFile?> _files = new(StringComparer.Ordinal);
    private readonly string _root;
    private readonly bool _displayRelative;
    private readonly CancellationToken _cancellationToken;
    private Action? _beforeEdit;

    public LoadContext(string mainPath, ReaderOptions options, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        Options = options;
        Diagnostics = diagnostics;
        _cancellationToken = cancellationToken;
        _displayRelative = !Path.IsPathRooted(mainPath);
        var mainFull = Path.GetFullPath(mainPath);
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.Root ?? Path.GetDirectoryName(mainFull) ?? "."));
        RootDisplay = options.Root ?? $"(the folder of {Path.GetFileName(mainPath)})";
        DocumentId = options.DocumentId(mainPath);
        var index = Index.AddFile(mainPath);
        MainFile = new LoadedFile(index, mainFull, mainPath, SourceFileLoader.Load(mainFull, index, Index, diagnostics, cancellationToken));
        _files[mainFull] = MainFile;
    }

    public ReaderOptions Options { get; }

    public DiagnosticBag Diagnostics { get; }

    public SourceIndex Index { get; } = new();

    public LoadedFile MainFile { get; }

    public string RootDisplay { get; }

    /// <summary>The document's id (its path below the input root): the prefix of the ids of what it declares.</summary>
    public string DocumentId { get; }

    /// <summary>
    /// Components the bundler copied in from other files (<c>#/components/schemas/Money_2</c>) → where they are declared
    /// (<c>common.yaml#/components/schemas/Money</c>), so they keep one id whichever document reaches them.
    /// </summary>
    public Dictionary<string, string> Origins { get; } = new(StringComparer.Ordinal);

    /// <summary>The id of a file this document references (its path below the document's input root).</summary>
    public string FileId(string fullPath) =>
        fullPath == MainFile.FullPath ? DocumentId : DocumentIdentity.ReferencedFile(DocumentId, MainFile.FullPath, fullPath);

    /// <summary>Set once the version is known: 3.1 and later use JSON Schema 2020-12 keywords.</summary>
    public bool Is31OrLater { get; set; }

    /// <summary>
    /// Runs before the bundler changes the main tree: a library read started on the same tree ahead of the bundling
    /// (see <see cref="OpenApiDocumentLoader"/>) is waited for and discarded, so no one reads a tree while it changes.
    /// </summary>
    public void Editing()
    {
        var before = _beforeEdit;
        _beforeEdit = null;
        before?.Invoke();
    }

    public void OnFirstEdit(Action action) => _beforeEdit = action;

    public bool IsInsideRoot(string fullPath) =>
        fullPath.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || fullPath == _root;

    /// <summary>Loads a referenced file once; null (with a diagnostic) when it is missing or unreadable.</summary>
    public LoadedFile? GetFile(string fullPath, SourceSpan referencedFrom)
    {
        if (_files.TryGetValue(fullPath, out var known))
        {
            return known;
        }

        if (!File.Exists(fullPath))
        {
            Diagnostics.Error(DiagnosticCodes.DanglingRef, $"$ref to a file that does not exist: {Display(fullPath)}", referencedFrom);
            _files[fullPath] = null;
            return null;
        }

        var display = Display(fullPath);
        var index = Index.AddFile(display);
        var root = SourceFileLoader.Load(fullPath, index, Index, Diagnostics, _cancellationToken);
        var file = root is null ? null : new LoadedFile(index, fullPath, display, root);
        _files[fullPath] = file;
        return file;
    }

    private string Display(string fullPath) =>
        _displayRelative ? Path.GetRelativePath(Directory.GetCurrentDirectory(), fullPath) : fullPath;
}
