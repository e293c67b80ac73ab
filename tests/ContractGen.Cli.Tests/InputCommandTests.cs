using ContractGen.Testing;

namespace ContractGen.Cli.Tests;

/// <summary>inspect and validate on bad inputs (the readers' own behaviour is tested in their projects).</summary>
public sealed class InputCommandTests
{
    [Theory]
    [InlineData("inspect")]
    [InlineData("validate")]
    public void Every_input_problem_is_reported_located_sorted_with_a_summary_and_exit_2(string command)
    {
        using var dir = new TempFolder();
        dir.Write("notes.yaml", "title: hello\n");
        Directory.CreateDirectory(Path.Combine(dir.Path, "empty"));

        var run = CliHarness.Run(dir.Path, command, "missing.proto", "notes.yaml", "empty");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Equal(
            [
                "empty: error CG6005: folder holds no contract file (.proto, .binpb, OpenAPI or AsyncAPI)",
                "missing.proto: error CG6001: file or folder does not exist",
                "notes.yaml:1:1: error CG6003: not a contract: expected a .proto file, a .binpb descriptor set, or an OpenAPI/AsyncAPI document (JSON or YAML with a root 'openapi' or 'asyncapi' key)",
                "3 errors, 0 warnings",
            ],
            run.Err.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void No_input_and_no_configuration_is_an_error()
    {
        using var dir = new TempFolder();
        var run = CliHarness.Run(dir.Path, "validate");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("contractgen: error CG6006: no input", run.Err);
    }
}
