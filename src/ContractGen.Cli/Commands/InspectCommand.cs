using System.CommandLine;
using ContractGen.Cli.Hosting;
using ContractGen.Cli.Inputs;
using ContractGen.Cli.Output;
using ContractGen.Model.Printing;

namespace ContractGen.Cli.Commands;

/// <summary><c>contractgen inspect</c>: prints the unified model as sorted text (the golden format) or JSON.</summary>
public sealed class InspectCommand : CliCommand
{
    private readonly ContractInputs _inputs = new();

    private readonly Option<string> _format = new Option<string>("--format", "-f")
    {
        Description = "text: one sorted line per element (the golden format); json: the documented shape of docs/inspect-json.md.",
        DefaultValueFactory = _ => "text",
    }.AcceptOnlyFromAmong("text", "json");

    public override string Name => "inspect";

    public override string Description =>
        "Read contracts in any format and print the unified model. On errors nothing is printed on stdout and the exit code is 2.";

    public override IReadOnlyList<CommandExample> Examples =>
    [
        new("contractgen inspect contracts/payments", "Print the model of every contract in the folder, one line per element."),
        new("contractgen inspect openapi.yaml --format json", "Print the model as JSON (docs/inspect-json.md)."),
        new("contractgen inspect api/v1/library.proto -I api -I third_party", "Read a proto file with include roots."),
    ];

    public override void Define(Command command)
    {
        _inputs.AddTo(command);
        command.Options.Add(_format);
    }

    public override int Execute(ParseResult parse, CliContext context)
    {
        if (!context.TryLoadConfig(parse, out var config))
        {
            return ExitCodes.Invalid;
        }

        var result = _inputs.Load(parse, context, config);
        if (context.Diagnostics.Report(result.Diagnostics))
        {
            return ExitCodes.Invalid;
        }

        var text = parse.GetValue(_format) == "json"
            ? ModelJson.Write(result.Model, result.Diagnostics, context.CurrentDirectory)
            : ModelPrinter.Print(result.Model, new PrintOptions { PathBase = context.CurrentDirectory });
        context.Out.Write(text);
        return ExitCodes.Success;
    }
}
