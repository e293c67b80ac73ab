using System.Text;
using System.Text.Json.Nodes;
using ContractGen.Model;

namespace ContractGen.Readers.OpenApi.Loading;

/// <summary>Reads one JSON or YAML file into a located <see cref="JsonNode"/> tree; problems become diagnostics.</summary>
internal static class SourceFileLoader
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public static JsonNode? Load(string fullPath, int file, SourceIndex index, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var reason = Directory.Exists(fullPath) ? "it is a folder" : IoFailure.Reason(ex);
            diagnostics.Error(DiagnosticCodes.Unreadable, "cannot read the file: " + reason, index.FileSpan(file));
            return null;
        }

        cancellationToken.ThrowIfCancellationRequested();
        return Parse(bytes, IsJson(fullPath, bytes), file, index, diagnostics);
    }

    public static JsonNode? Parse(byte[] bytes, bool json, int file, SourceIndex index, DiagnosticBag diagnostics)
    {
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            diagnostics.Error(DiagnosticCodes.Syntax, "the file is binary, not JSON or YAML text", Locate(bytes, nul, file, index));
            return null;
        }

        if (json)
        {
            return JsonTreeBuilder.Build(bytes, index, file, diagnostics);
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            diagnostics.Error(DiagnosticCodes.Syntax, "the file is not valid UTF-8 text", Locate(bytes, Math.Max(0, ex.Index), file, index));
            return null;
        }

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        return YamlTreeBuilder.Build(text, index, file, diagnostics);
    }

    /// <summary>By extension; otherwise a document whose first non-blank character is '{' is JSON.</summary>
    public static bool IsJson(string path, ReadOnlySpan<byte> bytes)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext == ".json")
        {
            return true;
        }

        if (ext is ".yaml" or ".yml")
        {
            return false;
        }

        foreach (var b in bytes)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF)
            {
                continue;
            }

            return b == (byte)'{';
        }

        return false;
    }

    private static SourceSpan Locate(byte[] bytes, int offset, int file, SourceIndex index)
    {
        var line = 1;
        var start = 0;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                start = i + 1;
            }
        }

        return new SourceSpan(index.FileName(file), line, offset - start + 1);
    }
}
