using ContractGen.Cli.Hosting;

namespace ContractGen.Cli.Tests;

/// <summary>Result of one in-process run.</summary>
public sealed record CliRun(int ExitCode, string Out, string Err);

/// <summary>Runs the tool in process with captured stdout/stderr and a chosen current folder.</summary>
internal static class CliHarness
{
    public static CliRun Run(string currentDirectory, params string[] args) =>
        Run(currentDirectory, CommandRegistry.Create(), args);

    public static CliRun Run(string currentDirectory, IReadOnlyList<CliCommand> commands, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var code = CliRunner.Run(args, stdout, stderr, commands, currentDirectory);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }
}
