using System.Text.Json;
using System.Text.Json.Nodes;
using ContractGen.Model;
using ContractGen.Readers.AsyncApi.Documents;
using ContractGen.Readers.AsyncApi.Refs;
using Json.Schema;

namespace ContractGen.Readers.AsyncApi.Validation;

/// <summary>
/// Validates a document against the official AsyncAPI JSON Schema of its version and reports each error at the
/// line:col of the offending value. For failing oneOf/anyOf only the most plausible branch is reported (the one whose
/// errors reach deepest into the document), so a bad message does not also report "missing $ref".
/// </summary>
internal static class SchemaValidator
{
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.Hierarchical };

    public static void Validate(SourceFile file, string version, NodeIndex index, Reporter report)
    {
        var schema = OfficialSchemas.Get(version);
        var element = JsonSerializer.SerializeToElement(file.Root);
        var results = schema.Evaluate(element, Options);
        if (results.IsValid)
        {
            return;
        }

        var errors = Collect(results).Distinct().ToList();
        foreach (var (location, message) in errors)
        {
            var (span, what) = Locate(file, index, location);
            report.Error(Codes.SchemaViolation, $"{what}: {message} (AsyncAPI {version} schema)", span);
        }
    }

    private static List<(string Location, string Message)> Collect(EvaluationResults unit)
    {
        var found = new List<(string, string)>();
        if (unit.IsValid)
        {
            return found;
        }

        foreach (var (keyword, message) in unit.Errors ?? new Dictionary<string, string>())
        {
            if (keyword is not ("oneOf" or "anyOf"))
            {
                found.Add((unit.InstanceLocation.ToString(), Friendly(keyword, message)));
            }
        }

        foreach (var group in (unit.Details ?? []).GroupBy(BranchOwner))
        {
            if (group.Key is null)
            {
                foreach (var child in group)
                {
                    found.AddRange(Collect(child));
                }

                continue;
            }

            var valid = group.Count(c => c.IsValid);
            if (valid >= 2 && group.Key.EndsWith("/oneOf", StringComparison.Ordinal))
            {
                found.Add((group.First().InstanceLocation.ToString(), "matches more than one of the allowed shapes (oneOf)"));
            }
            else if (valid == 0)
            {
                var best = group.Select(Collect).Where(b => b.Count > 0)
                    .OrderByDescending(b => b.Max(e => Depth(e.Item1)))
                    .ThenBy(b => b.Count)
                    .FirstOrDefault();
                found.AddRange(best ?? [(group.First().InstanceLocation.ToString(), "matches none of the allowed shapes")]);
            }
        }

        if (found.Count == 0 && (unit.Details is null || unit.Details.Count == 0))
        {
            found.Add((unit.InstanceLocation.ToString(), "does not match the schema"));
        }

        return found;
    }

    /// <summary>"…/oneOf" or "…/anyOf" when the child is one branch of such a keyword; else null.</summary>
    private static string? BranchOwner(EvaluationResults child)
    {
        var path = child.EvaluationPath.ToString();
        var slash = path.LastIndexOf('/');
        if (slash <= 0 || !int.TryParse(path[(slash + 1)..], out _))
        {
            return null;
        }

        var prev = path[..slash];
        return prev.EndsWith("/oneOf", StringComparison.Ordinal) || prev.EndsWith("/anyOf", StringComparison.Ordinal) ? prev : null;
    }

    private static int Depth(string pointer) => pointer.Count(c => c == '/');

    private static string Friendly(string keyword, string message) => keyword switch
    {
        "" or "false" or "additionalProperties" => "property not allowed here",
        _ => message,
    };

    /// <summary>The span of the deepest existing node on the pointer, and a readable name of the location.</summary>
    private static (SourceSpan Span, string What) Locate(SourceFile file, NodeIndex index, string pointer)
    {
        var tokens = Pointer.Tokens(pointer) ?? [];
        JsonNode? node = file.Root;
        for (var i = 0; i < tokens.Count; i++)
        {
            var next = Pointer.Navigate(node, [tokens[i]], out var found);
            if (!found)
            {
                break;
            }

            if (next is null && node is JsonObject parent)
            {
                return (index.KeySpan(parent, tokens[i]), Name(pointer));
            }

            node = next;
        }

        var span = index.Span(node);
        return (span.IsKnown ? span : new SourceSpan(file.DisplayPath, 1, 1), Name(pointer));
    }

    private static string Name(string pointer) => pointer.Length == 0 ? "document" : pointer;
}
