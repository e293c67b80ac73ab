using System.Text.Json;
using ContractGen.Testing;

namespace ContractGen.Cli.Tests;

/// <summary>
/// samples/, the service repository that uses contractgen: its committed generated code is exactly what the tool
/// generates, its CI script passes, its breaking gate fails on a breaking change, and the packed tool installs through
/// its tool manifest. The tests of this class run one after the other (one class), the script with the built tool.
/// </summary>
public sealed class SampleRepositoryTests
{
    private static readonly string Samples = Path.Combine(RepoPaths.Root, "samples");

    private static Dictionary<string, string?> WithBuiltTool => new() { ["CONTRACTGEN"] = ExternalProcess.BuiltTool() };

    [Fact]
    public void Ci_script_passes_and_regenerating_leaves_samples_unchanged_in_git()
    {
        // The gate against HEAD reads the previous contracts from git objects into a temp folder: they must pair with
        // the working tree's documents (no finding for unchanged contracts). Then generate rewrites generated/ in place.
        var run = ExternalProcess.Run(Samples, "bash", ["ci.sh", "HEAD"], WithBuiltTool);

        Assert.True(run.ExitCode == 0, $"samples/ci.sh HEAD exited {run.ExitCode}:\n{run.Out}\n{run.Err}");
        Assert.Contains("no breaking changes", run.Out);
        Assert.Matches(@"csharp: \d+ files in generated/csharp ", run.Out);
        Assert.Matches(@"typescript: \d+ files in generated/typescript ", run.Out);
        Assert.Contains("ci.sh: all checks passed", run.Out);
        var status = ExternalProcess.Succeed(Samples, "git", ["status", "--porcelain", "--untracked-files=all", "--", "."]);
        Assert.True(status.Out.Length == 0,
            "samples/ differs from the committed files after regenerating (commit your changes to samples/ with the regenerated files):\n" + status.Out);
    }

    [Fact]
    public void Breaking_gate_of_the_sample_fails_on_a_breaking_change_in_each_contract()
    {
        using var dir = new TempFolder();
        var repo = Path.Combine(dir.Path, "shop");
        CopyWithoutBuildOutput(Samples, repo);
        ExternalProcess.Succeed(repo, "git", ["init", "-q"]);
        ExternalProcess.Succeed(repo, "git", ["add", "-A"]);
        ExternalProcess.Succeed(repo, "git", ["-c", "user.name=sample", "-c", "user.email=sample@example.com", "commit", "-q", "-m", "v1"]);
        Replace(Path.Combine(repo, "contracts", "orders", "v1", "orders.proto"), "int32 quantity = 2", "int64 quantity = 2");
        Replace(Path.Combine(repo, "contracts", "inventory", "openapi.yaml"),
            "          description: Only products below their reorder level.\n",
            "          required: true\n          description: Only products below their reorder level.\n");

        var run = ExternalProcess.Run(repo, "bash", ["ci.sh", "HEAD"], WithBuiltTool);

        Assert.True(run.ExitCode == 1, $"expected exit 1 (breaking changes), got {run.ExitCode}:\n{run.Out}\n{run.Err}");
        var findings = run.Out.Split('\n').Where(l => l.StartsWith("contracts/", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, findings.Count);
        Assert.StartsWith("contracts/inventory/openapi.yaml:60:11: REQUEST_PARAMETER_BECAME_REQUIRED: ", findings[0]);
        Assert.StartsWith("contracts/orders/v1/orders.proto:73:3: FIELD_SAME_TYPE: ", findings[1]);
        Assert.DoesNotContain("== generated code", run.Out);
    }

    [Fact]
    public void Packed_tool_installs_through_the_sample_manifest_and_runs_its_bundled_protoc()
    {
        using var dir = new TempFolder();
        var feed = Path.Combine(dir.Path, "feed");
        ExternalProcess.Succeed(RepoPaths.Root, "dotnet",
            ["pack", "src/ContractGen.Cli", "-c", ExternalProcess.Configuration, "--no-build", "-nologo", "-o", feed]);
        var package = Path.GetFileNameWithoutExtension(Assert.Single(Directory.GetFiles(feed, "contractgen.*.nupkg")));
        using (var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Samples, ".config", "dotnet-tools.json"))))
        {
            var pinned = manifest.RootElement.GetProperty("tools").GetProperty("contractgen").GetProperty("version").GetString();
            Assert.True(package == "contractgen." + pinned,
                $"samples/.config/dotnet-tools.json pins contractgen {pinned}; the tool packs as {package}: update the manifest");
        }

        // Only the fresh package: a config with nothing but the temp feed, and an empty NuGet packages folder (a package
        // of the same version restored earlier would otherwise be taken from the machine's cache). The CLI home is a temp
        // folder too: the tool resolver cache there remembers where the package was restored, and must not outlive it.
        var config = Path.Combine(dir.Path, "nuget.config");
        File.WriteAllText(config,
            $"<configuration><packageSources><clear /><add key=\"fresh\" value=\"{feed}\" /></packageSources></configuration>");
        var env = new Dictionary<string, string?>
        {
            ["NUGET_PACKAGES"] = Path.Combine(dir.Path, "packages"),
            ["DOTNET_CLI_HOME"] = Path.Combine(dir.Path, "cli-home"),
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_GENERATE_ASPNET_CERTIFICATE"] = "false",
            ["DOTNET_ADD_GLOBAL_TOOLS_TO_PATH"] = "false",
        };
        ExternalProcess.Succeed(Samples, "dotnet", ["tool", "restore", "--configfile", config], env);

        var version = ExternalProcess.Succeed(Samples, "dotnet", ["tool", "run", "contractgen", "--version"], env);
        Assert.Matches(@"^\d+\.\d+\.\d+\S*\n$", version.Out);
        var installed = ExternalProcess.Succeed(Samples, "dotnet", ["tool", "run", "contractgen", "inspect", "contracts"], env);
        var inProcess = CliHarness.Run(Samples, "inspect", "contracts");
        Assert.Contains("document orders/v1/orders.proto format=proto", installed.Out);
        Assert.Equal(inProcess.Out, installed.Out);
    }

    private static void Replace(string path, string from, string to)
    {
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    private static void CopyWithoutBuildOutput(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var sub in Directory.GetDirectories(from).Where(d => Path.GetFileName(d) is not ("bin" or "obj")))
        {
            CopyWithoutBuildOutput(sub, Path.Combine(to, Path.GetFileName(sub)));
        }
    }
}
