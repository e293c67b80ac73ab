using System.Text.Json;

namespace ContractGen.Breaking.Output;

/// <summary>
/// SARIF 2.1.0 for code scanning: one run, the rules that fired as reportingDescriptors (id, name, purpose, default
/// level, categories as tags), one result per finding with its physical location.
/// </summary>
public sealed class SarifFormatter : IFindingFormatter
{
    public string Name => "sarif";

    public string Format(BreakingResult result)
    {
        var rules = result.Findings.Select(f => f.Rule).Distinct().Order(StringComparer.Ordinal).ToList();
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, JsonFormatter.Options))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            w.WriteString("version", "2.1.0");
            w.WriteStartArray("runs");
            w.WriteStartObject();
            w.WriteStartObject("tool");
            w.WriteStartObject("driver");
            w.WriteString("name", "contractgen");
            w.WriteString("informationUri", "https://github.com/contractgen/contractgen");
            w.WriteString("semanticVersion", typeof(SarifFormatter).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
            w.WriteStartArray("rules");
            foreach (var id in rules)
            {
                WriteRule(w, id);
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteString("columnKind", "utf16CodeUnits");
            w.WriteStartArray("results");
            foreach (var f in result.Findings)
            {
                WriteResult(w, f, rules.IndexOf(f.Rule));
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteRule(Utf8JsonWriter w, string id)
    {
        var rule = RuleCatalog.Find(id);
        w.WriteStartObject();
        w.WriteString("id", id);
        w.WriteString("name", string.Concat(id.Split('_').Select(p => p.Length == 0 ? p : p[0] + p[1..].ToLowerInvariant())));
        w.WriteStartObject("shortDescription");
        w.WriteString("text", rule?.Purpose ?? id);
        w.WriteEndObject();
        w.WriteStartObject("defaultConfiguration");
        w.WriteString("level", Level(rule?.DefaultLevel ?? RuleLevel.Error));
        w.WriteEndObject();
        w.WriteStartObject("properties");
        w.WriteStartArray("tags");
        foreach (var category in rule?.Categories ?? [])
        {
            w.WriteStringValue(category);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter w, Finding f, int ruleIndex)
    {
        w.WriteStartObject();
        w.WriteString("ruleId", f.Rule);
        w.WriteNumber("ruleIndex", ruleIndex);
        w.WriteString("level", Level(f.Level));
        w.WriteStartObject("message");
        w.WriteString("text", f.Message);
        w.WriteEndObject();
        w.WriteStartArray("locations");
        w.WriteStartObject();
        if (f.Location.File.Length > 0)
        {
            w.WriteStartObject("physicalLocation");
            w.WriteStartObject("artifactLocation");
            w.WriteString("uri", Uri(f.Location.File));
            w.WriteEndObject();
            if (f.Location.IsKnown)
            {
                w.WriteStartObject("region");
                w.WriteNumber("startLine", f.Location.Line);
                w.WriteNumber("startColumn", Math.Max(1, f.Location.Column));
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        if (f.Element.Length > 0)
        {
            w.WriteStartArray("logicalLocations");
            w.WriteStartObject();
            w.WriteString("fullyQualifiedName", f.Element);
            w.WriteEndObject();
            w.WriteEndArray();
        }

        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static string Level(RuleLevel level) => level switch { RuleLevel.Error => "error", RuleLevel.Warning => "warning", _ => "note" };

    /// <summary>Relative paths stay relative (resolved against the repository root by code scanning); absolute ones become file URIs.</summary>
    internal static string Uri(string path)
    {
        if (Path.IsPathRooted(path))
        {
            return new Uri(path).AbsoluteUri;
        }

        return string.Join('/', path.Replace('\\', '/').Split('/').Select(System.Uri.EscapeDataString));
    }
}
