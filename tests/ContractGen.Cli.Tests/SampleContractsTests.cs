using System.Text.Json;
using ContractGen.Testing;

namespace ContractGen.Cli.Tests;

/// <summary>The README's main job: inspect on the sample payments API, through the real readers.</summary>
public sealed class SampleContractsTests
{
    [Fact]
    public void Inspect_prints_the_payments_contracts_in_all_three_formats()
    {
        var run = CliHarness.Run(RepoPaths.Root, "inspect", "contracts/payments");

        Assert.True(run.ExitCode == 0, run.Err);
        var documents = run.Out.Split('\n').Where(l => l.StartsWith("document ", StringComparison.Ordinal)).ToList();
        Assert.Contains(documents, d => d.Contains(" format=proto ", StringComparison.Ordinal));
        Assert.Contains(documents, d => d.Contains(" format=openapi ", StringComparison.Ordinal));
        Assert.Contains(documents, d => d.Contains(" format=asyncapi ", StringComparison.Ordinal));
    }

    [Fact]
    public void Inspect_json_of_the_payments_contracts_parses_and_is_deterministic()
    {
        var first = CliHarness.Run(RepoPaths.Root, "inspect", "contracts/payments", "--format", "json");
        var second = CliHarness.Run(RepoPaths.Root, "inspect", "contracts/payments", "--format", "json");

        Assert.True(first.ExitCode == 0, first.Err);
        Assert.Equal(first.Out, second.Out);
        using var doc = JsonDocument.Parse(first.Out);
        var model = doc.RootElement.GetProperty("model");
        Assert.Equal(["asyncapi", "openapi", "proto"],
            model.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("format").GetString()).Distinct().Order());
        Assert.True(model.GetProperty("services").GetArrayLength() > 0);
        Assert.True(model.GetProperty("channels").GetArrayLength() > 0);
    }

    [Fact]
    public void Validate_accepts_every_sample_contract_folder()
    {
        var run = CliHarness.Run(RepoPaths.Root, "validate", "contracts/payments");
        Assert.True(run.ExitCode == 0, run.Err);
    }
}
