using ContractGen.Testing;

namespace ContractGen.Cli.Tests;

/// <summary>
/// contractgen generate driven by contractgen.yaml: <c>outputs</c> chooses the languages, folders (relative to the
/// configuration file), artifacts and language options; --lang, --out, --artifact, --templates override them.
/// </summary>
public sealed class GenerateConfigTests
{
    private const string Api =
        """
        openapi: 3.1.0
        info: { title: t, version: "1" }
        paths:
          /pets/{petId}:
            get: { operationId: getPet, parameters: [{ name: petId, in: path, required: true, schema: { type: string } }], responses: { "200": { description: ok } } }
        """;

    private static TempFolder Project(string config)
    {
        var dir = new TempFolder();
        dir.Write("api/pets.yaml", Api);
        dir.Write("conf/contractgen.yaml", config);
        return dir;
    }

    private static string Read(TempFolder dir, string relative) => File.ReadAllText(Path.Combine(dir.Path, relative));

    private static bool Exists(TempFolder dir, string relative) => Path.Exists(Path.Combine(dir.Path, relative));

    [Fact]
    public void Outputs_choose_languages_folders_relative_to_the_file_artifacts_and_options()
    {
        using var dir = Project(
            """
            inputs: [../api]
            outputs:
              go: { out: ../gen/golang, artifacts: [matchers], module: example.com/acme/pets, package: petroutes }
              python: { out: ../gen/py, package: pet_routes }
              typescript: { out: ../gen/ts, packageName: "@acme/pet-routes" }
            """);
        var run = CliHarness.Run(Path.Combine(dir.Path, "api"), "generate", "--config", "../conf/contractgen.yaml");

        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Equal("", run.Err);
        Assert.Contains("module example.com/acme/pets\n", Read(dir, "gen/golang/go.mod"), StringComparison.Ordinal);
        Assert.Contains("\npackage petroutes\n", Read(dir, "gen/golang/routes.go"), StringComparison.Ordinal);
        Assert.Contains("\"getPet\"", Read(dir, "gen/golang/routes.go"), StringComparison.Ordinal);
        Assert.True(Exists(dir, "gen/py/pet_routes/routes.py"));
        Assert.Contains("\"name\": \"@acme/pet-routes\",", Read(dir, "gen/ts/package.json"), StringComparison.Ordinal);
        Assert.False(Exists(dir, "gen/csharp") || Exists(dir, "conf/gen") || Exists(dir, "api/gen"), "only the configured languages, in the configured folders");
        Assert.Equal(["go: ", "python: ", "typescript: "], run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[..(l.IndexOf(':') + 2)]));
    }

    [Fact]
    public void Flags_override_languages_folders_and_artifacts_but_keep_the_language_options()
    {
        using var dir = Project(
            """
            inputs: [../api]
            outputs:
              go: { out: ../gen/go, artifacts: [validators], module: example.com/acme/pets }
              python: { out: ../gen/py }
            """);

        var one = CliHarness.Run(dir.Path, "generate", "--config", "conf/contractgen.yaml", "--lang", "go", "--artifact", "matchers");
        Assert.True(one.ExitCode == 0, one.Err);
        Assert.Contains("module example.com/acme/pets\n", Read(dir, "gen/go/go.mod"), StringComparison.Ordinal);
        Assert.False(Exists(dir, "gen/py"), "--lang go generates go only");

        var moved = CliHarness.Run(dir.Path, "generate", "--config", "conf/contractgen.yaml", "--out", "elsewhere", "--artifact", "matchers");
        Assert.True(moved.ExitCode == 0, moved.Err);
        Assert.Contains("module example.com/acme/pets\n", Read(dir, "elsewhere/go/go.mod"), StringComparison.Ordinal);
        Assert.True(Exists(dir, "elsewhere/python/api/routes.py"), "--out DIR puts every configured language in DIR/<lang>");
        Assert.False(Exists(dir, "gen/py"));
    }

    [Fact]
    public void A_language_without_out_needs_the_flag()
    {
        using var dir = Project("inputs: [../api]\noutputs:\n  go: { out: ../gen/go }\n");
        var run = CliHarness.Run(dir.Path, "generate", "--config", "conf/contractgen.yaml", "--lang", "go", "--lang", "csharp");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error CG4905: no output folder for 'csharp': give --out DIR", run.Err, StringComparison.Ordinal);
        Assert.False(Exists(dir, "gen"), "nothing is written when a target is incomplete");
    }

    [Fact]
    public void Artifacts_this_version_cannot_generate_are_located_warnings_and_the_rest_is_generated()
    {
        using var dir = Project("inputs: [../api]\noutputs:\n  go:\n    out: ../gen/go\n    artifacts: [validators, matchers]\n  python:\n    out: ../gen/py\n    artifacts: [clients]\n");
        var run = CliHarness.Run(dir.Path, "generate", "--config", "conf/contractgen.yaml");

        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Contains("conf/contractgen.yaml:5:17: warning CG4906: outputs.go.artifacts: 'validators' is not available for go", run.Err.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.Contains("conf/contractgen.yaml:8:17: warning CG4906: outputs.python.artifacts: 'clients'", run.Err.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.True(Exists(dir, "gen/go/routes.go"));
        Assert.False(Exists(dir, "gen/py"), "a language left with no artifact writes nothing (and deletes nothing)");

        var explicitly = CliHarness.Run(dir.Path, "generate", "--config", "conf/contractgen.yaml", "--artifact", "validators");
        Assert.Equal(2, explicitly.ExitCode);
        Assert.Contains("error CG4901: no emitter for language 'go' and artifact 'validators'", explicitly.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void The_starter_configuration_generates_every_language()
    {
        using var dir = new TempFolder();
        dir.Write("contracts/pets.yaml", Api);
        Assert.Equal(0, CliHarness.Run(dir.Path, "init").ExitCode);
        var run = CliHarness.Run(dir.Path, "generate");

        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Contains("warning CG4906", run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain(": error ", run.Err, StringComparison.Ordinal);
        Assert.True(Exists(dir, "generated/csharp/Contracts.Generated.csproj"));
        Assert.Contains("module example.com/contracts/generated\n", Read(dir, "generated/go/go.mod"), StringComparison.Ordinal);
        Assert.True(Exists(dir, "generated/python/contracts_generated/routes.py"));
        Assert.Contains("\"name\": \"contracts-generated\",", Read(dir, "generated/typescript/package.json"), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_languages_in_one_folder_are_a_located_configuration_error()
    {
        using var dir = Project("inputs: [../api]\noutputs:\n  go: { out: ../gen }\n  python: { out: ../gen/ }\n");
        var run = CliHarness.Run(dir.Path, "generate", "--config", "conf/contractgen.yaml");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(
            "conf/contractgen.yaml:4:18: error CG5006: outputs.python.out: give each language its own folder; this is the same as outputs.go.out declared at conf/contractgen.yaml:3:14\n",
            run.Err.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.DoesNotContain(dir.Path, run.Err, StringComparison.Ordinal);
        Assert.False(Exists(dir, "gen"));
    }

    [Fact]
    public void The_templates_folder_of_the_file_overrides_by_name_and_the_flag_replaces_it()
    {
        using var dir = Project("inputs: [../api]\ntemplates: ../tpl\noutputs:\n  go: { out: ../gen/go }\n");
        dir.Write("tpl/go/matchers/matchers.gomod.sbn", "module {{ model.module_path }} // from the config's folder\n\ngo 1.19\n");
        dir.Write("flag/go/matchers/matchers.gomod.sbn", "module {{ model.module_path }} // from --templates\n\ngo 1.19\n");

        Assert.Equal(0, CliHarness.Run(dir.Path, "generate", "--config", "conf/contractgen.yaml").ExitCode);
        Assert.Equal("module api // from the config's folder\n\ngo 1.19\n", Read(dir, "gen/go/go.mod"));
        Assert.Equal(0, CliHarness.Run(dir.Path, "generate", "--config", "conf/contractgen.yaml", "--templates", "flag").ExitCode);
        Assert.Equal("module api // from --templates\n\ngo 1.19\n", Read(dir, "gen/go/go.mod"));
    }

    [Fact]
    public void The_package_flag_names_packages_whose_language_options_set_no_name()
    {
        using var dir = Project("inputs: [../api]\noutputs:\n  go: { out: ../gen/go, module: example.com/x/pets }\n  python: { out: ../gen/py }\n");
        var run = CliHarness.Run(dir.Path, "generate", "--config", "conf/contractgen.yaml", "--package", "Pet Store");

        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Contains("module example.com/x/pets\n", Read(dir, "gen/go/go.mod"), StringComparison.Ordinal);
        Assert.True(Exists(dir, "gen/py/pet_store/routes.py"));
    }
}
