using ContractGen.Testing;

namespace ContractGen.Cli.Tests;

/// <summary>contractgen generate --artifact matchers on the sample payments contracts: whole-output goldens, determinism, exit codes.</summary>
public sealed class GenerateCommandTests
{
    private static readonly string[] Languages = ["csharp", "typescript", "go", "python"];

    private static CliRun Generate(string outDir) =>
        CliHarness.Run(RepoPaths.Root, "generate", "contracts/payments/payments.proto", "contracts/payments/asyncapi.yaml",
            "--lang", "csharp", "--lang", "typescript", "--lang", "go", "--lang", "python", "--artifact", "matchers", "--out", outDir);

    [Fact]
    public void Payments_matchers_match_the_golden_output_for_every_language()
    {
        using var dir = new TempFolder();
        var run = Generate(dir.Path);
        Assert.True(run.ExitCode == 0, run.Err);
        foreach (var lang in Languages)
        {
            Golden.AssertDirectory($"tests/ContractGen.Cli.Tests/Goldens/generate/payments/{lang}", Path.Combine(dir.Path, lang));
        }
    }

    [Fact]
    public void Generating_twice_gives_the_same_bytes_and_rewrites_nothing()
    {
        using var a = new TempFolder();
        using var b = new TempFolder();
        Assert.Equal(0, Generate(a.Path).ExitCode);
        Assert.Equal(0, Generate(b.Path).ExitCode);
        var files = Directory.GetFiles(a.Path, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(a.Path, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.GetFiles(b.Path, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(b.Path, f)).Order(StringComparer.Ordinal));
        foreach (var f in files)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(a.Path, f)), File.ReadAllBytes(Path.Combine(b.Path, f)));
        }

        var again = Generate(a.Path);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("0 written", again.Out + again.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_routes_are_a_generation_time_diagnostic_with_exit_2()
    {
        using var dir = new TempFolder();
        dir.Write("api.yaml", TestApis.DuplicateRoutes);
        var run = CliHarness.Run(dir.Path, "generate", "api.yaml", "--lang", "go", "--artifact", "matchers", "--out", "out");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("CG4401", run.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "out", "go")), "nothing is written when generation fails");
    }

    [Fact]
    public void An_output_folder_that_cannot_be_written_is_located_by_its_span_and_the_message_names_no_path()
    {
        using var dir = new TempFolder();
        dir.Write("api.yaml", TestApis.OneRoute);
        dir.Write("blocker", "a file where the output folder should be\n");

        var run = CliHarness.Run(dir.Path, "generate", "api.yaml", "--lang", "go", "--artifact", "matchers", "--out", "blocker");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("blocker/go: error CG4903: go: cannot write the output folder: ", run.Err.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.DoesNotContain(dir.Path, run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_in_a_user_template_are_located_in_the_template_relative_to_the_current_folder()
    {
        using var dir = new TempFolder();
        dir.Write("api.yaml", TestApis.OneRoute);
        dir.Write("tpl/go/matchers/matchers.gomod.sbn", "module {{ model.module_path }}\n\ngo {{ model.no_such_member }}\n");
        dir.Write("broken/go/matchers/matchers.gomod.sbn", "module {{ model.module_path }\n");

        var render = CliHarness.Run(dir.Path, "generate", "api.yaml", "--lang", "go", "--artifact", "matchers", "--out", "out", "--templates", "tpl");
        var parse = CliHarness.Run(dir.Path, "generate", "api.yaml", "--lang", "go", "--artifact", "matchers", "--out", "out", "--templates", "broken");

        Assert.Equal(2, render.ExitCode);
        Assert.StartsWith("tpl/go/matchers/matchers.gomod.sbn:3:13: error CG4904: go matchers: ", render.Err.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.Contains("no_such_member", render.Err, StringComparison.Ordinal);
        Assert.Equal(2, parse.ExitCode);
        Assert.StartsWith("broken/go/matchers/matchers.gomod.sbn:1:", parse.Err.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.DoesNotContain(dir.Path, render.Err + parse.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "out")), "nothing is written when a template fails");
    }
}
