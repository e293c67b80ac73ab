using System.Text.RegularExpressions;
using ContractGen.Testing;
using static ContractGen.Cli.Tests.BreakingContracts;

namespace ContractGen.Cli.Tests;

/// <summary><c>contractgen breaking</c> end to end: exit codes 0/1/2, files, folders, git references, config and flags.</summary>
public sealed partial class BreakingGateTests
{
    [Fact]
    public void Same_contract_exits_0()
    {
        using var dir = new TempFolder();
        dir.Write("v1.yaml", OpenApi);
        dir.Write("v2.yaml", OpenApi);
        var run = CliHarness.Run(dir.Path, "breaking", "v2.yaml", "--against", "v1.yaml");
        Assert.Equal((0, "no breaking changes\n"), (run.ExitCode, run.Out));
    }

    [Fact]
    public void Breaking_change_between_two_files_exits_1_and_names_the_rule_and_place()
    {
        using var dir = new TempFolder();
        dir.Write("v1.yaml", OpenApi);
        dir.Write("v2.yaml", DeleteRemoved);
        var run = CliHarness.Run(dir.Path, "breaking", "v2.yaml", "--against", "v1.yaml");
        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"^v1\.yaml:\d+:\d+: OPERATION_NO_DELETE: Operation ""deleteOrder"" \(DELETE /orders/\{id\}\) was removed", run.Out);
        Assert.EndsWith("1 breaking change, 0 warnings, 0 info in 1 file\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_alone_exit_0()
    {
        using var dir = new TempFolder();
        dir.Write("v1.yaml", OpenApi);
        dir.Write("v2.yaml", ParameterRemoved);
        var run = CliHarness.Run(dir.Path, "breaking", "v2.yaml", "--against", "v1.yaml");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("REQUEST_PARAMETER_REMOVED", run.Out, StringComparison.Ordinal);
        Assert.Contains("[warning]", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Folders_are_compared_file_by_file()
    {
        using var dir = new TempFolder();
        dir.Write("old/api/openapi.yaml", OpenApi);
        dir.Write("old/events/asyncapi.yaml", AsyncApi);
        dir.Write("new/api/openapi.yaml", OpenApi);
        dir.Write("new/events/asyncapi.yaml", ActionFlipped);
        var run = CliHarness.Run(dir.Path, "breaking", "new", "--against", "old", "--format", "json");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("\"rule\": \"MESSAGE_OPERATION_SAME_ACTION\"", run.Out, StringComparison.Ordinal);
        Assert.Contains("\"path\": \"new/events/asyncapi.yaml\"", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("openapi.yaml", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("current")]
    [InlineData("previous")]
    public void Invalid_contract_on_either_side_exits_2_with_a_located_diagnostic(string side)
    {
        using var dir = new TempFolder();
        dir.Write("v1.yaml", side == "previous" ? InvalidOpenApi : OpenApi);
        dir.Write("v2.yaml", side == "current" ? InvalidOpenApi : OpenApi);
        var run = CliHarness.Run(dir.Path, "breaking", "v2.yaml", "--against", "v1.yaml");
        Assert.Equal(2, run.ExitCode);
        var file = side == "current" ? "v2.yaml" : "v1.yaml";
        Assert.Matches(new Regex($@"(^|\n){Regex.Escape(file)}:[1-9]\d*:[1-9]\d*: error CG2\d{{3}}: "), run.Err);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Missing_against_and_unknown_against_exit_2()
    {
        using var dir = new TempFolder();
        dir.Write("v2.yaml", OpenApi);
        var none = CliHarness.Run(dir.Path, "breaking", "v2.yaml");
        Assert.Equal(2, none.ExitCode);
        Assert.Contains("error CG5102", none.Err, StringComparison.Ordinal);
        var missing = CliHarness.Run(dir.Path, "breaking", "v2.yaml", "--against", "nowhere.yaml");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("error CG6102", missing.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_rule_and_bad_level_flags_exit_2()
    {
        using var dir = new TempFolder();
        dir.Write("v1.yaml", OpenApi);
        Assert.Equal(2, CliHarness.Run(dir.Path, "breaking", "v1.yaml", "--against", "v1.yaml", "--use", "NO_SUCH_RULE").ExitCode);
        var level = CliHarness.Run(dir.Path, "breaking", "v1.yaml", "--against", "v1.yaml", "--level", "OPERATION_NO_DELETE=loud");
        Assert.Equal(2, level.ExitCode);
        Assert.Contains("error CG5103", level.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Git_reference_compares_with_the_committed_version_without_touching_the_working_tree()
    {
        using var repo = new GitRepo();
        repo.Write("api/openapi.yaml", OpenApi);
        repo.Commit("v1");
        repo.Write("api/openapi.yaml", DeleteRemoved);
        var before = repo.Git("status", "--porcelain");
        var run = CliHarness.Run(repo.Path, "breaking", "api", "--against", "HEAD");
        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"^api/openapi\.yaml:\d+:\d+: OPERATION_NO_DELETE: ", run.Out);
        Assert.Equal(before, repo.Git("status", "--porcelain"));
        Assert.Equal(DeleteRemoved, File.ReadAllText(Path.Combine(repo.Path, "api/openapi.yaml")));
    }

    [Fact]
    public void Git_reference_with_a_path_reads_that_file_at_that_revision()
    {
        using var repo = new GitRepo();
        repo.Write("v1/openapi.yaml", OpenApi);
        repo.Commit("v1");
        repo.Git("rm", "-q", "-r", "v1");
        repo.Write("v2/openapi.yaml", OpenApi);
        repo.Commit("move to v2");
        repo.Write("v2/openapi.yaml", DeleteRemoved);
        var run = CliHarness.Run(repo.Path, "breaking", "v2/openapi.yaml", "--against", "HEAD~1:v1/openapi.yaml", "--format", "github");
        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"^::error file=v1/openapi\.yaml,line=\d+,col=\d+,title=OPERATION_NO_DELETE::", run.Out);
        var same = CliHarness.Run(repo.Path, "breaking", "v2/openapi.yaml", "--against", "HEAD:v2/openapi.yaml");
        Assert.Equal(1, same.ExitCode);
        var missing = CliHarness.Run(repo.Path, "breaking", "v2/openapi.yaml", "--against", "HEAD:v1/openapi.yaml");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("error CG6102", missing.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Config_breaking_section_is_used_and_flags_override_it()
    {
        using var dir = new TempFolder();
        dir.Write("v1.yaml", OpenApi);
        dir.Write("v2.yaml", DeleteRemoved);
        dir.Write("contractgen.yaml", "inputs: [v2.yaml]\nbreaking:\n  against: v1.yaml\n  levels:\n    OPERATION_NO_DELETE: warning\n");
        var fromConfig = CliHarness.Run(dir.Path, "breaking");
        Assert.Equal(0, fromConfig.ExitCode);
        Assert.Contains("OPERATION_NO_DELETE", fromConfig.Out, StringComparison.Ordinal);
        Assert.Contains("[warning]", fromConfig.Out, StringComparison.Ordinal);
        Assert.Equal(1, CliHarness.Run(dir.Path, "breaking", "--level", "OPERATION_NO_DELETE=error").ExitCode);
        Assert.Equal(0, CliHarness.Run(dir.Path, "breaking", "--against", "v2.yaml").ExitCode);
    }

    [Fact]
    public void Config_use_and_except_choose_the_rules_and_flags_replace_them()
    {
        using var dir = new TempFolder();
        dir.Write("v1.yaml", OpenApi);
        dir.Write("v2.yaml", DeleteRemoved);
        dir.Write("ci.yaml", "breaking:\n  against: v1.yaml\n  except: [OPERATION_NO_DELETE]\n");
        var excepted = CliHarness.Run(dir.Path, "--config", "ci.yaml", "breaking", "v2.yaml");
        Assert.Equal((0, "no breaking changes\n"), (excepted.ExitCode, excepted.Out));
        Assert.Equal(1, CliHarness.Run(dir.Path, "--config", "ci.yaml", "breaking", "v2.yaml", "--except", "RESPONSE_ENUM_VALUE_ADDED").ExitCode);
        dir.Write("bad.yaml", "breaking:\n  against: v1.yaml\n  levels:\n    OPERATION_NO_DELETE: loud\n");
        var bad = CliHarness.Run(dir.Path, "--config", "bad.yaml", "breaking", "v2.yaml");
        Assert.Equal(2, bad.ExitCode);
        Assert.Matches(@"bad\.yaml:4:\d+: error CG5\d{3}", bad.Err);
    }

    [Fact]
    public void List_rules_prints_the_catalogue()
    {
        using var dir = new TempFolder();
        var run = CliHarness.Run(dir.Path, "breaking", "--list-rules");
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"(?m)^OPERATION_NO_DELETE +FILE,PACKAGE,WIRE_JSON,WIRE,OPENAPI +error +", run.Out);
        Assert.Matches(@"(?m)^MESSAGE_OPERATION_SAME_ACTION +ASYNCAPI +error +", run.Out);
    }
}
