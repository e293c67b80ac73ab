using ContractGen.Testing;

namespace ContractGen.Cli.Tests;

/// <summary>Runs the built contractgen executable out of process: the real entry point, console and exit code.</summary>
public sealed class ExecutableTests
{
    private static ProcessRun Start(string workingDirectory, params string[] args) =>
        ExternalProcess.Run(workingDirectory, ExternalProcess.BuiltTool(), args, timeoutSeconds: 120);

    [Fact]
    public void Version_prints_the_informational_version()
    {
        var run = Start(Path.GetTempPath(), "--version");
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+\S*\n$", run.Out.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Bad_input_exits_2_with_a_located_diagnostic_and_no_stack_trace()
    {
        using var dir = new TempFolder();
        dir.Write("notes.yaml", "title: not a contract\n");
        var run = Start(dir.Path, "validate", "notes.yaml", "missing.proto");

        Assert.Equal(2, run.ExitCode);
        var lines = run.Err.Replace("\r\n", "\n").TrimEnd('\n').Split('\n');
        Assert.Equal(
            ["missing.proto: error CG6001: file or folder does not exist", "notes.yaml:1:1: error CG6003:", "2 errors, 0 warnings"],
            [lines[0], lines[1][..lines[1].IndexOf("CG6003:", StringComparison.Ordinal)] + "CG6003:", lines[2]]);
        Assert.DoesNotContain("   at ", run.Err);
    }

    [Fact]
    public void Usage_error_exits_2()
    {
        var run = Start(Path.GetTempPath(), "inspect", "--no-such-option");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("usage error", run.Err);
    }
}
