using System.Text.Encodings.Web;
using System.Text.Json;

namespace ContractGen.Breaking.Output;

/// <summary>The stable JSON shape documented in docs/breaking.md: <c>{ version, summary, findings[] }</c>.</summary>
public sealed class JsonFormatter : IFindingFormatter
{
    public const int SchemaVersion = 1;

    public string Name => "json";

    public string Format(BreakingResult result)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteNumber("version", SchemaVersion);
            w.WriteStartObject("summary");
            w.WriteNumber("errors", result.Count(RuleLevel.Error));
            w.WriteNumber("warnings", result.Count(RuleLevel.Warning));
            w.WriteNumber("infos", result.Count(RuleLevel.Info));
            w.WriteBoolean("breaking", result.HasErrors);
            w.WriteEndObject();
            w.WriteStartArray("findings");
            foreach (var f in result.Findings)
            {
                w.WriteStartObject();
                w.WriteString("rule", f.Rule);
                w.WriteString("level", Finding.LevelName(f.Level));
                w.WriteString("message", f.Message);
                w.WriteString("path", f.Location.File);
                w.WriteNumber("line", f.Location.Line);
                w.WriteNumber("column", f.Location.Column);
                w.WriteString("element", f.Element);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    internal static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
