using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ContractGen.Model;

namespace ContractGen.Readers;

/// <summary>What a file looks like: a contract of some format, a recognised but unsupported document, or unknown.</summary>
public readonly record struct Detection(ContractFormat? Format, string? Unsupported = null)
{
    public static readonly Detection Unknown = new(null);
}

/// <summary>
/// Detects a contract's format from its extension and, for JSON/YAML, from the root key
/// (<c>openapi:</c> / <c>asyncapi:</c>). <c>.proto</c> and <c>.binpb</c> (a FileDescriptorSet, e.g. a buf image) are proto.
/// </summary>
public static partial class FormatDetector
{
    private const int JsonHeadBytes = 256 * 1024;

    public static bool IsCandidateExtension(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".proto" or ".binpb" or ".yaml" or ".yml" or ".json";

    /// <summary>Detects the format of a file on disk. I/O errors propagate (the caller reports them).</summary>
    public static Detection Detect(string path)
    {
        switch (Path.GetExtension(path).ToLowerInvariant())
        {
            case ".proto":
            case ".binpb":
                return new Detection(ContractFormat.Proto);
            case ".json":
                return DetectJson(path);
            case ".yaml":
            case ".yml":
                return DetectYaml(File.ReadLines(path));
            default:
                return Detection.Unknown;
        }
    }

    /// <summary>YAML: a root key at column 0, optionally quoted. JSON written as YAML (flow style) is handled too.</summary>
    public static Detection DetectYaml(IEnumerable<string> lines)
    {
        var first = true;
        foreach (var raw in lines)
        {
            var line = first ? raw.TrimStart('\uFEFF') : raw;
            first = false;
            if (line.StartsWith('{'))
            {
                return DetectJsonText(line);
            }

            var m = RootKey().Match(line);
            if (m.Success)
            {
                return FromKey(m.Groups["key"].Value);
            }
        }

        return Detection.Unknown;
    }

    private static Detection DetectJson(string path)
    {
        using var stream = File.OpenRead(path);
        var head = new byte[Math.Min(JsonHeadBytes, Math.Max(stream.Length, 1))];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var found = ScanJson(head.AsSpan(0, read), read == stream.Length, out var complete);
        if (found is not null || complete)
        {
            return found ?? Detection.Unknown;
        }

        return ScanJson(File.ReadAllBytes(path), true, out _) ?? Detection.Unknown;
    }

    private static Detection DetectJsonText(string text) =>
        ScanJson(Encoding.UTF8.GetBytes(text), true, out _) ?? Detection.Unknown;

    /// <summary>Reads the top-level property names; <paramref name="complete"/> is false when the buffer ended first.</summary>
    private static Detection? ScanJson(ReadOnlySpan<byte> bytes, bool final, out bool complete)
    {
        complete = true;
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        var reader = new Utf8JsonReader(bytes, final, default);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.EndObject)
                {
                    return null;
                }

                var key = reader.GetString();
                if (key is "openapi" or "asyncapi" or "swagger")
                {
                    return FromKey(key);
                }

                if (!reader.TrySkip())
                {
                    complete = false;
                    return null;
                }
            }

            complete = final;
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Detection FromKey(string key) => key switch
    {
        "openapi" => new Detection(ContractFormat.OpenApi),
        "asyncapi" => new Detection(ContractFormat.AsyncApi),
        "swagger" => new Detection(null, "Swagger 2.0 is not supported; convert the document to OpenAPI 3.0 or 3.1"),
        _ => Detection.Unknown,
    };

    [GeneratedRegex("""^(?<q>["']?)(?<key>openapi|asyncapi|swagger)\k<q>\s*:""")]
    private static partial Regex RootKey();
}
