using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using ContractGen.Cli.Hosting;
using ContractGen.Cli.Inputs;
using ContractGen.Emit.Routing;
using ContractGen.Emit.Routing.Runtime;
using ContractGen.Model;

namespace ContractGen.Cli.Commands;

/// <summary>
/// <c>contractgen routes</c>: prints the compiled route table, or with <c>--match</c> runs one request through the C#
/// matcher runtime (the code generated C# packages carry) and prints the result as one JSON object.
/// </summary>
public sealed partial class RoutesCommand : CliCommand
{
    private readonly ContractInputs _inputs = new();

    private readonly Option<string?> _match = new("--match", "-m")
    {
        Description = "Match one request instead of listing: \"METHOD /path\" for HTTP, or a channel address. " +
                      "Prints {\"status\":200|404|405,\"operation\":…,\"variables\":{…},\"allow\":[…]}.",
        HelpName = "REQUEST",
    };

    public override string Name => "routes";

    public override string Description =>
        "Print every HTTP route and channel address (method, template, operation, source location), sorted, or match one request " +
        "with the generated matcher's semantics (docs/path-templates.md). Duplicate routes are errors (exit 2).";

    public override IReadOnlyList<CommandExample> Examples =>
    [
        new("contractgen routes contracts/payments", "List the route table of every contract in the folder."),
        new("contractgen routes library.proto --match \"GET /v1/shelves/s1/books/b2\"", "Show which operation a request reaches and its variables."),
        new("contractgen routes events.asyncapi.yaml --match \"stores/42/orders/placed\"", "Match a channel address."),
    ];

    public override void Define(Command command)
    {
        _inputs.AddTo(command);
        command.Options.Add(_match);
    }

    public override int Execute(ParseResult parse, CliContext context)
    {
        if (!context.TryLoadConfig(parse, out var config))
        {
            return ExitCodes.Invalid;
        }

        var result = _inputs.Load(parse, context, config);
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(result.Diagnostics);
        var table = result.Diagnostics.Any(d => d.Severity == Severity.Error)
            ? new CompiledRouteTable()
            : RouteCompiler.Compile(result.Model, diagnostics);
        if (context.Diagnostics.Report(diagnostics.ToImmutableSorted()))
        {
            return ExitCodes.Invalid;
        }

        if (parse.GetValue(_match) is { } request)
        {
            context.Out.WriteLine(Match(RouteTableRuntime.Matcher(table), request));
        }
        else
        {
            context.Out.Write(List(table, context));
        }

        return ExitCodes.Success;
    }

    /// <summary>"GET /path" → HTTP (method upper-cased); anything else is a channel address.</summary>
    public static string Match(RouteMatcher matcher, string request)
    {
        var http = HttpRequest().Match(request);
        var m = http.Success
            ? matcher.Match(http.Groups[1].Value.ToUpperInvariant(), http.Groups[2].Value)
            : matcher.Match(request);
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("status", m.Status);
            json.WriteString("operation", m.Id);
            json.WriteStartObject("variables");
            foreach (var (name, value) in m.Variables)
            {
                json.WriteString(name, value);
            }

            json.WriteEndObject();
            json.WriteStartArray("allow");
            foreach (var method in m.Allow)
            {
                json.WriteStringValue(method);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>One line per route in table order: method (or "channel"), template, operation or channel id, location.</summary>
    public static string List(CompiledRouteTable table, CliContext context)
    {
        var rows = table.Routes.Select(r => new[]
        {
            r.Method ?? "channel",
            r.Template,
            r.Id,
            r.Span.File.Length == 0 ? "" : r.Span.IsKnown ? $"{context.DisplayPath(r.Span.File)}:{r.Span.Line}:{r.Span.Column}" : context.DisplayPath(r.Span.File),
        }).ToList();
        var widths = Enumerable.Range(0, 3).Select(i => rows.Select(r => r[i].Length).DefaultIfEmpty(0).Max()).ToArray();
        var sb = new StringBuilder();
        foreach (var row in rows)
        {
            var line = $"{row[0].PadRight(widths[0])}  {row[1].PadRight(widths[1])}  {row[2].PadRight(widths[2])}  {row[3]}";
            sb.Append(Escape(line.TrimEnd())).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>Templates and ids come from hostile contracts: keep one route on one line.</summary>
    private static string Escape(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));

    [GeneratedRegex(@"^\s*([A-Za-z]+)\s+(\S.*?)\s*$")]
    private static partial Regex HttpRequest();
}
