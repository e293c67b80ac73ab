using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ContractGen.Model;

namespace ContractGen.Cli.Output;

/// <summary>
/// <c>inspect --format json</c>: the model as JSON, shape documented in docs/inspect-json.md. The shape follows the
/// model's public members by rule (camelCase names, <c>$kind</c> on polymorphic values, empty values omitted, spans as
/// <c>{file,line,column}</c> relative to the current folder), so it stays complete as the model grows; the envelope
/// carries <c>formatVersion</c>. Output is deterministic: same model, same bytes (LF, no timestamps).
/// </summary>
public static class ModelJson
{
    public const int FormatVersion = 1;

    public static string Write(ContractModel model, IReadOnlyList<Diagnostic> diagnostics, string pathBase)
    {
        var options = Options(pathBase);
        var envelope = new Envelope(
            FormatVersion,
            model,
            diagnostics.Select(d => d.MapFiles(path => PathDisplay.Relative(pathBase, path))).Select(d => new DiagnosticDto(
                d.Severity.ToString().ToLowerInvariant(), d.Code, d.Text,
                d.Span.File.Length == 0 ? null : d.Span.File, d.Span.Line, d.Span.Column)).ToList());
        return JsonSerializer.Serialize(envelope, options) + "\n";
    }

    internal static JsonSerializerOptions Options(string pathBase)
    {
        var options = new JsonSerializerOptions
        {
            WriteIndented = true,
            NewLine = "\n",
            IndentSize = 2,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = ModelJsonContract.Resolver(pathBase),
            NumberHandling = JsonNumberHandling.Strict,
        };
        options.Converters.Add(new JsonStringEnumConverter(new LowerCaseNamingPolicy()));
        options.Converters.Add(new SpanConverter(pathBase));
        options.Converters.Add(new RawJsonMapConverter());
        return options;
    }

    /// <summary>The top-level object: <c>formatVersion</c>, <c>model</c>, <c>diagnostics</c> (warnings; errors stop inspect).</summary>
    private sealed record Envelope(int FormatVersion, ContractModel Model, IReadOnlyList<DiagnosticDto> Diagnostics);

    private sealed record DiagnosticDto(string Severity, string Code, string Message, string? File, int Line, int Column);

    private sealed class LowerCaseNamingPolicy : JsonNamingPolicy
    {
        public override string ConvertName(string name) => name.ToLowerInvariant();
    }

    /// <summary>Spans as <c>{"file": "contracts/x.proto", "line": 3, "column": 1}</c>, the file relative to the current folder.</summary>
    private sealed class SpanConverter(string pathBase) : JsonConverter<SourceSpan>
    {
        public override SourceSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("inspect JSON is write-only");

        public override void Write(Utf8JsonWriter writer, SourceSpan value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteString("file", PathDisplay.Relative(pathBase, value.File));
            writer.WriteNumber("line", value.Line);
            writer.WriteNumber("column", value.Column);
            writer.WriteEndObject();
        }
    }

    /// <summary>Extensions, options and bindings hold canonical JSON text: written as JSON values (strings when not JSON).</summary>
    private sealed class RawJsonMapConverter : JsonConverter<ImmutableSortedDictionary<string, string>>
    {
        public override ImmutableSortedDictionary<string, string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("inspect JSON is write-only");

        public override void Write(Utf8JsonWriter writer, ImmutableSortedDictionary<string, string> value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            foreach (var (key, text) in value)
            {
                writer.WritePropertyName(key);
                if (IsJson(text))
                {
                    using var doc = JsonDocument.Parse(text);
                    doc.RootElement.WriteTo(writer);
                }
                else
                {
                    writer.WriteStringValue(text);
                }
            }

            writer.WriteEndObject();
        }

        private static bool IsJson(string text)
        {
            try
            {
                using var _ = JsonDocument.Parse(text);
                return true;
            }
            catch (JsonException)
            {
                return false;
            }
        }
    }
}
