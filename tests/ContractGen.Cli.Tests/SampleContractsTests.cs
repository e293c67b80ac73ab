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
    public void Inspect_prints_the_same_bytes_from_checkouts_at_two_different_paths()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        var checkouts = new[] { Path.Combine(first.Path, "repo"), Path.Combine(second.Path, "deeper", "other-name") };
        foreach (var checkout in checkouts)
        {
            CopyFolder(Path.Combine(RepoPaths.Contracts, "payments"), Path.Combine(checkout, "contracts", "payments"));
        }

        foreach (var format in new[] { "text", "json" })
        {
            var runs = checkouts.Select(c => CliHarness.Run(c, "inspect", "contracts/payments", "--format", format)).ToList();

            Assert.True(runs[0].ExitCode == 0, runs[0].Err);
            Assert.Equal(runs[0].Out, runs[1].Out);
            Assert.DoesNotContain(first.Path, runs[0].Out);
            Assert.DoesNotContain(second.Path, runs[1].Out);
        }

        // Document ids do not depend on the current folder either: inspecting the folder from inside names them the same.
        var inside = CliHarness.Run(Path.Combine(checkouts[0], "contracts", "payments"), "inspect", ".");
        Assert.Equal(DocumentIds(CliHarness.Run(checkouts[0], "inspect", "contracts/payments").Out), DocumentIds(inside.Out));
        Assert.Contains("openapi.yaml", DocumentIds(inside.Out));
    }

    private static List<string> DocumentIds(string inspectText) =>
        [.. inspectText.Split('\n').Where(l => l.StartsWith("document ", StringComparison.Ordinal)).Select(l => l.Split(' ')[1])];

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }

    [Fact]
    public void Validate_accepts_every_sample_contract_folder()
    {
        var run = CliHarness.Run(RepoPaths.Root, "validate", "contracts/payments");
        Assert.True(run.ExitCode == 0, run.Err);
    }
}
