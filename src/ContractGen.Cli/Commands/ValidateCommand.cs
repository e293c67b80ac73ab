using System.CommandLine;
using ContractGen.Cli.Hosting;
using ContractGen.Cli.Inputs;

namespace ContractGen.Cli.Commands;

/// <summary><c>contractgen validate</c>: reads the contracts and prints diagnostics only.</summary>
public sealed class ValidateCommand : CliCommand
{
    private readonly ContractInputs _inputs = new();

    public override string Name => "validate";

    public override string Description =>
        "Check contracts and print every problem found (path:line:col: error CGnnnn: message). Exit 0 when there is no error (warnings are printed), 2 otherwise.";

    public override IReadOnlyList<CommandExample> Examples =>
    [
        new("contractgen validate contracts/payments", "Check every contract file in the folder."),
        new("contractgen validate api.proto -I third_party", "Check one proto file with an extra include root."),
        new("contractgen validate", "Check the inputs listed in ./contractgen.yaml."),
    ];

    public override void Define(Command command) => _inputs.AddTo(command);

    public override int Execute(ParseResult parse, CliContext context)
    {
        if (!context.TryLoadConfig(parse, out var config))
        {
            return ExitCodes.Invalid;
        }

        var result = _inputs.Load(parse, context, config);
        var failed = context.Diagnostics.Report(result.Diagnostics, summaryWhenEmpty: true);
        if (failed)
        {
            return ExitCodes.Invalid;
        }

        context.Out.WriteLine($"{Count(result.Files.Length, "contract file")} valid");
        return ExitCodes.Success;
    }

    private static string Count(int n, string what) => n == 1 ? $"1 {what}" : $"{n} {what}s";
}
