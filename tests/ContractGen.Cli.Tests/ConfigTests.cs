using System.Text.Json;
using ContractGen.Cli.Config;
using ContractGen.Testing;

namespace ContractGen.Cli.Tests;

public sealed class ConfigTests
{
    [Fact]
    public void The_embedded_schema_is_the_committed_file()
    {
        var committed = File.ReadAllText(Path.Combine(RepoPaths.Root, "schemas", "contractgen.schema.json"));
        Assert.Equal(committed.ReplaceLineEndings("\n"), ConfigSchema.Text.ReplaceLineEndings("\n"));
        using var _ = JsonDocument.Parse(ConfigSchema.Text);
    }

    [Fact]
    public void Starter_config_validates_and_binds_to_the_typed_configuration()
    {
        var result = ConfigLoader.LoadText(StarterConfig.Text, "/repo/contractgen.yaml");

        Assert.Empty(result.Diagnostics);
        var config = result.Config;
        Assert.Equal("/repo/contractgen.yaml", config.FilePath);
        Assert.Equal([Path.GetFullPath("/repo/contracts")], config.Inputs);
        Assert.Equal(["csharp", "go", "python", "typescript"], config.Outputs.Select(o => o.Language));
        Assert.Equal(Path.GetFullPath("/repo/generated/go"), config.Output("go")!.Out);
        Assert.Equal("example.com/contracts/generated", config.Output("go")!.Options["module"]);
        Assert.Equal(["routes", "matchers", "validators", "clients"], config.Output("csharp")!.Artifacts);
        Assert.Equal("Contracts.Generated", config.Output("csharp")!.Options["namespace"]);
        Assert.Equal("origin/main", config.Breaking.Against);
        // The starter spells out the engine's default categories: FILE alone would switch the OpenAPI/AsyncAPI rules off.
        Assert.Equal(["FILE", "OPENAPI", "ASYNCAPI"], config.Breaking.Use);
        Assert.Equal(ContractGen.Breaking.BreakingOptions.Default.Use, config.Breaking.Use);
        Assert.False(config.Breaking.DeprecateBeforeRemove);
    }

    [Fact]
    public void Starter_config_names_the_schema_for_editors()
    {
        Assert.StartsWith("# yaml-language-server: $schema=" + ConfigSchema.PublicUrl + "\n", StarterConfig.Text);
        Assert.Contains("\n$schema: " + ConfigSchema.PublicUrl + "\n", StarterConfig.Text);
        Assert.EndsWith("schemas/contractgen.schema.json", ConfigSchema.PublicUrl);
    }

    [Fact]
    public void Every_schema_violation_is_located_at_its_key_or_value()
    {
        const string text = "inputs: [a.yaml, 3]\nfoo: 1\noutputs:\n  go: {artifacts: [x]}\nbreaking:\n  levels: {BAD_RULE: loud}\n";
        var result = ConfigLoader.LoadText(text, "/repo/contractgen.yaml");

        Assert.True(result.HasErrors);
        Assert.All(result.Diagnostics, d => Assert.Equal("CG5003", d.Code));
        var where = result.Diagnostics.Select(d => $"{d.Span.Line}:{d.Span.Column} {d.Message.Split(':')[0]}").ToList();
        Assert.Equal(["1:18 inputs.1", "2:1 foo", "4:3 outputs.go", "4:20 outputs.go.artifacts.0", "6:22 breaking.levels.BAD_RULE"], where);
        Assert.Contains("unknown key 'foo'", result.Diagnostics[1].Message);
    }

    [Theory]
    [InlineData("inputs: [a\n", "CG5002", 2)]
    [InlineData("a: 1\n---\nb: 2\n", "CG5004", 3)]
    [InlineData("- just\n- a list\n", "CG5003", 1)]
    [InlineData("version: 2\n", "CG5003", 1)]
    public void Broken_files_give_located_CG5xxx_errors(string text, string code, int line)
    {
        var result = ConfigLoader.LoadText(text, "/repo/contractgen.yaml");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(code, d.Code);
        Assert.Equal(line, d.Span.Line);
        Assert.Equal("/repo/contractgen.yaml", d.Span.File);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    public void Empty_file_means_defaults(string text)
    {
        var result = ConfigLoader.LoadText(text, "/repo/contractgen.yaml");
        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.Config.Inputs);
    }

    [Fact]
    public void Config_errors_stop_a_command_with_exit_2()
    {
        using var dir = new TempFolder();
        dir.Write("contractgen.yaml", "inputs: [a]\nunknown: true\n");
        var run = CliHarness.Run(dir.Path, "validate");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("contractgen.yaml:2:1: error CG5003: unknown: unknown key 'unknown' (see schemas/contractgen.schema.json for the keys allowed here)\n1 error, 0 warnings\n", run.Err);
    }

    [Fact]
    public void A_missing_explicit_config_is_an_error()
    {
        using var dir = new TempFolder();
        var run = CliHarness.Run(dir.Path, "validate", "--config", "nope.yaml", "x.proto");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("nope.yaml: error CG5001:", run.Err);
    }
}
