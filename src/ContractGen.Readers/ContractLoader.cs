using System.Collections.Immutable;
using ContractGen.Model;
using ContractGen.Readers.AsyncApi;
using ContractGen.Readers.OpenApi;
using ContractGen.Readers.Proto;

namespace ContractGen.Readers;

/// <summary>What to load.</summary>
public sealed record LoadRequest
{
    /// <summary>Files and folders, absolute or relative to <see cref="BaseDirectory"/>.</summary>
    public required IReadOnlyList<string> Inputs { get; init; }

    /// <summary>Include paths, protoc override, remote-ref switch. Input folders are added as proto include roots.</summary>
    public ReaderOptions Options { get; init; } = new();

    /// <summary>Folder relative inputs are resolved against (default: the process's current folder).</summary>
    public string? BaseDirectory { get; init; }

    /// <summary>
    /// Maps a full path on disk to the path diagnostics should show. Used when files were materialised somewhere else
    /// (e.g. from git objects into a temp folder) so messages still name the original file. Null: paths as on disk.
    /// </summary>
    public Func<string, string>? DisplayPath { get; init; }
}

/// <summary>The merged model, the files read, and every diagnostic (input, reader), sorted.</summary>
public sealed record LoadResult(ContractModel Model, ImmutableArray<ContractFile> Files, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>
/// Loads contracts: expands inputs (<see cref="InputExpander"/>), detects formats (<see cref="FormatDetector"/>), runs each
/// reader once on all files of its format (all .proto files are compiled in one protoc run) with the ids of the documents
/// below their input root (<see cref="DocumentIds"/>), merges the models (a genuine duplicate id is a warning) and sorts
/// the diagnostics. Never throws on bad
/// input; an exception from a reader is a bug and propagates.
/// </summary>
public sealed class ContractLoader
{
    private readonly IReadOnlyDictionary<ContractFormat, IContractReader> _readers;

    public ContractLoader()
        : this(new IContractReader[] { new ProtoReader(), new OpenApiReader(), new AsyncApiReader() })
    {
    }

    public ContractLoader(IEnumerable<IContractReader> readers)
    {
        _readers = readers.ToDictionary(r => r.Format);
    }

    public LoadResult Load(LoadRequest request, CancellationToken cancellationToken = default)
    {
        var diagnostics = new DiagnosticBag();
        var baseDir = request.BaseDirectory ?? Directory.GetCurrentDirectory();
        if (request.Inputs.Count == 0)
        {
            diagnostics.Error(InputCodes.NoInputs, "no input: name contract files or folders (or list them under 'inputs' in contractgen.yaml)", SourceSpan.None);
        }

        var files = InputExpander.Expand(request.Inputs, baseDir, diagnostics);
        var documentIds = DocumentIds.Assign(files, baseDir);
        var models = new List<ContractModel>();
        foreach (var group in files.GroupBy(f => f.Format).OrderBy(g => g.Key))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!_readers.TryGetValue(group.Key, out var reader))
            {
                continue;
            }

            var options = group.Key == ContractFormat.Proto ? WithFolderIncludes(request.Options, group) : request.Options with { DocumentIds = documentIds };
            var result = reader.Read(group.Select(f => f.Path).ToList(), options, cancellationToken);
            models.Add(result.Model);
            diagnostics.AddRange(result.Diagnostics);
        }

        var model = ContractModel.Merge(models, diagnostics, InputCodes.DuplicateElement);
        return new LoadResult(model, files.ToImmutableArray(), Display(diagnostics, request.DisplayPath));
    }

    /// <summary>Folders given as input become proto include roots, after the user's own -I paths.</summary>
    private static ReaderOptions WithFolderIncludes(ReaderOptions options, IEnumerable<ContractFile> files)
    {
        var includes = options.IncludePaths
            .Concat(files.Select(f => f.FromFolder).OfType<string>())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return options with { IncludePaths = includes };
    }

    private static ImmutableArray<Diagnostic> Display(DiagnosticBag diagnostics, Func<string, string>? displayPath)
    {
        if (displayPath is null)
        {
            return diagnostics.ToImmutableSorted();
        }

        var mapped = new DiagnosticBag();
        foreach (var d in diagnostics.ToImmutableSorted())
        {
            mapped.Add(d.MapFiles(displayPath));
        }

        return mapped.ToImmutableSorted();
    }
}
