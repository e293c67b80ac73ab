using ContractGen.Model;
using ContractGen.Readers.Proto.Protoc;
using ContractGen.Testing;

namespace ContractGen.Cli.Tests;

/// <summary>contractgen breaking end to end on the issue-3 case: folders, descriptor-set images, exit codes.</summary>
public sealed class BreakingCommandTests
{
    private static readonly string Case = Path.Combine(RepoPaths.Contracts, "issues", "issue-003");

    [Fact]
    public void Folders_print_the_cases_expected_report_and_exit_1()
    {
        var run = CliHarness.Run(Case, "breaking", "current", "--against", "previous");
        Assert.True(run.ExitCode == 1, run.Err);
        Assert.Equal(File.ReadAllText(Path.Combine(Case, "expected.txt")), run.Out);
    }

    [Fact]
    public void Descriptor_set_images_give_the_same_findings_named_by_the_proto_inside()
    {
        using var dir = new TempFolder();
        foreach (var side in new[] { "previous", "current" })
        {
            var diagnostics = new DiagnosticBag();
            var inputs = ProtoInputs.Resolve([Path.Combine(Case, side)], [], ProtocLocator.BundledIncludeDirectory, diagnostics);
            var set = ProtocRunner.Run(ProtocLocator.Resolve(null, diagnostics)!, inputs, sourceInfo: true, TestContext.Current.CancellationToken).DescriptorSet;
            Assert.NotNull(set);
            File.WriteAllBytes(Path.Combine(dir.Path, side + ".binpb"), set);
        }

        var run = CliHarness.Run(dir.Path, "breaking", "current.binpb", "--against", "previous.binpb");
        Assert.True(run.ExitCode == 1, run.Err);
        var expected = File.ReadAllLines(Path.Combine(Case, "expected.txt")).Select(l => l.Replace("current/", "", StringComparison.Ordinal));
        // Same findings; only HTTP_SAME_METHOD's column differs (sources point into the option text, images at the option).
        Assert.Equal(expected.Select(Rule), run.Out.TrimEnd('\n').Split('\n').Select(Rule));
        Assert.Contains("acme/library/v1/books.proto:8:1: FIELD_NO_DELETE: ", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void No_change_exits_0_and_a_missing_previous_version_exits_2()
    {
        var same = CliHarness.Run(Case, "breaking", "current", "--against", "current");
        Assert.Equal((0, "no breaking changes\n"), (same.ExitCode, same.Out));

        var missing = CliHarness.Run(Case, "breaking", "current", "--against", "nowhere");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("CG6102", missing.Err, StringComparison.Ordinal);
    }

    private static string Rule(string line) => line.Split(": ", 3) is [var at, var rule, ..] ? at[..at.IndexOf(':')] + " " + rule : line;
}
