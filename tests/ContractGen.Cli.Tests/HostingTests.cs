using System.CommandLine;
using ContractGen.Cli.Hosting;

namespace ContractGen.Cli.Tests;

public sealed class HostingTests
{
    private static readonly string Cwd = Directory.GetCurrentDirectory();

    [Fact]
    public void Version_prints_the_tool_informational_version()
    {
        var run = CliHarness.Run(Cwd, "--version");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("0.1.0", run.Out.Trim());
        Assert.Equal("", run.Err);
    }

    [Fact]
    public void Every_command_has_help_with_examples_and_exit_codes()
    {
        foreach (var command in CommandRegistry.Create())
        {
            Assert.NotEmpty(command.Examples);
            var run = CliHarness.Run(Cwd, command.Name, "--help");
            Assert.Equal(0, run.ExitCode);
            Assert.Contains("Examples:", run.Out);
            Assert.Contains("  contractgen " + command.Name, run.Out);
            Assert.Contains("2  invalid contracts, configuration or usage", run.Out);
        }
    }

    [Fact]
    public void Root_help_lists_commands_examples_and_exit_codes()
    {
        var run = CliHarness.Run(Cwd, "--help");
        Assert.Equal(0, run.ExitCode);
        foreach (var command in CommandRegistry.Create())
        {
            Assert.Contains("  " + command.Name, run.Out);
        }

        Assert.Contains("Examples:", run.Out);
        Assert.Contains("3  internal error", run.Out);
    }

    [Theory]
    [InlineData("inspect", "--bogus")]
    [InlineData("no-such-command")]
    [InlineData]
    [InlineData("inspect", "--format", "xml", "x.proto")]
    [InlineData("validate", "--protoc")]
    public void Usage_errors_exit_2_with_a_hint(params string[] args)
    {
        var run = CliHarness.Run(Cwd, args);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("contractgen: usage error: ", run.Err);
        Assert.Contains("--help' for usage.", run.Err);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void An_exception_is_one_internal_error_line_with_exit_3_and_no_stack_trace()
    {
        var run = CliHarness.Run(Cwd, [new ThrowingCommand()], "boom");
        Assert.Equal(3, run.ExitCode);
        var line = Assert.Single(run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("contractgen: internal error: InvalidOperationException: kaboom on two lines", line);
        Assert.Contains("please report this at https://", line);
        Assert.DoesNotContain(" at ", line.Replace("report this at", ""));
    }

    private sealed class ThrowingCommand : CliCommand
    {
        public override string Name => "boom";

        public override string Description => "Throws.";

        public override IReadOnlyList<CommandExample> Examples => [new("contractgen boom", "Throws.")];

        public override void Define(Command command)
        {
        }

        public override int Execute(ParseResult parse, CliContext context) => throw new InvalidOperationException("kaboom\non two lines");
    }
}
