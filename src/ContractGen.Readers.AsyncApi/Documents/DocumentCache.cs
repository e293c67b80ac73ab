using System.Text;
using ContractGen.Model;

namespace ContractGen.Readers.AsyncApi.Documents;

/// <summary>Loads each file once per read (the entry document and every file a relative $ref names).</summary>
internal sealed class DocumentCache(NodeIndex index, Reporter report)
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);
    private readonly Dictionary<string, SourceFile> _files = new(StringComparer.Ordinal);

    public NodeIndex Index => index;

    /// <summary>Loads (or returns the cached) file. <paramref name="displayPath"/> names it in diagnostics.</summary>
    public SourceFile Load(string fullPath, string displayPath, SourceSpan? referencedFrom = null)
    {
        if (_files.TryGetValue(fullPath, out var cached))
        {
            return cached;
        }

        var file = new SourceFile(fullPath, displayPath);
        _files[fullPath] = file;
        string text;
        try
        {
            var bytes = File.ReadAllBytes(fullPath);
            if (!TryDecode(bytes, out text))
            {
                report.Error(Codes.NotText, "the file is not UTF-8 text (binary content?)", new SourceSpan(displayPath, 1, 1));
                return file;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            var where = referencedFrom ?? new SourceSpan(displayPath, 0, 0);
            report.Error(referencedFrom is null ? Codes.FileUnreadable : Codes.RefFileMissing,
                referencedFrom is null ? $"cannot read the file: {IoFailure.Reason(e)}" : $"cannot read the referenced file '{displayPath}': {IoFailure.Reason(e)}", where);
            return file;
        }

        if (YamlJsonLoader.TryLoad(text, file, index, report, out var root))
        {
            file.Root = root;
            file.Loaded = true;
        }

        return file;
    }

    private static bool TryDecode(byte[] bytes, out string text)
    {
        text = "";
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            return false;
        }

        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        return !text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));
    }
}
