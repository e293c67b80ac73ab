using ContractGen.Cli.Config;
using ContractGen.Testing;

namespace ContractGen.Cli.Tests;

public sealed class InitTests
{
    [Fact]
    public void Init_writes_the_starter_which_round_trips_through_the_loader()
    {
        using var dir = new TempFolder();
        var run = CliHarness.Run(dir.Path, "init");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("wrote contractgen.yaml\n", run.Out);
        var path = Path.Combine(dir.Path, "contractgen.yaml");
        Assert.Equal(StarterConfig.Text, File.ReadAllText(path));
        var loaded = ConfigLoader.Load(null, dir.Path);
        Assert.Empty(loaded.Diagnostics);
        Assert.Equal(path, loaded.Config.FilePath);
        Assert.Equal([Path.Combine(dir.Path, "contracts")], loaded.Config.Inputs);
    }

    [Fact]
    public void Init_refuses_to_overwrite_without_force()
    {
        using var dir = new TempFolder();
        dir.Write("contractgen.yaml", "# mine\n");

        var refused = CliHarness.Run(dir.Path, "init");
        Assert.Equal(2, refused.ExitCode);
        Assert.StartsWith("contractgen.yaml: error CG5005:", refused.Err);
        Assert.Equal("# mine\n", File.ReadAllText(Path.Combine(dir.Path, "contractgen.yaml")));

        Assert.Equal(0, CliHarness.Run(dir.Path, "init", "--force").ExitCode);
        Assert.Equal(StarterConfig.Text, File.ReadAllText(Path.Combine(dir.Path, "contractgen.yaml")));
    }

    [Fact]
    public void Init_writes_where_config_points()
    {
        using var dir = new TempFolder();
        var run = CliHarness.Run(dir.Path, "init", "--config", "api/cg.yaml");
        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(dir.Path, "api", "cg.yaml")));
        Assert.Empty(ConfigLoader.Load("api/cg.yaml", dir.Path).Diagnostics);
    }
}
