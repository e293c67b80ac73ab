using ContractGen.Testing;

namespace ContractGen.Emit.Tests.Harness;

/// <summary>
/// Compile-and-run harnesses: the shared path-template vectors, compiled by the route compiler, run against each
/// language's generated matcher package with the real toolchain (one package per language, driven by one JSON file).
/// </summary>
public sealed class VectorHarnessTests : IDisposable
{
    private static readonly string RunnerDir = Path.Combine(RepoPaths.Tests, "ContractGen.Emit.Tests", "Harness", "Runners");
    private readonly string _vectors = Path.Combine(Path.GetTempPath(), "cg-vectors-" + Guid.NewGuid().ToString("N")[..10] + ".json");
    private readonly HarnessVectors.Compiled _compiled;

    public VectorHarnessTests()
    {
        _compiled = HarnessVectors.Build();
        File.WriteAllText(_vectors, _compiled.Json);
    }

    public void Dispose() => File.Delete(_vectors);

    private Dictionary<string, string> Env => new() { ["CONTRACTGEN_VECTORS"] = _vectors };

    [Fact]
    public void The_vectors_have_enough_cases_for_every_language()
    {
        Assert.True(_compiled.MatchCases + _compiled.BuildCases >= 150, $"{_compiled.MatchCases} match + {_compiled.BuildCases} build cases");
    }

    [Fact]
    public void CSharp_generated_matcher_passes_every_vector()
    {
        var dotnet = Toolchain.Require("dotnet", "the .NET SDK");
        using var package = GeneratedPackage.Create("csharp", _compiled.Generated, "Vectors.Routes");
        var runner = package.Root + "-runner";
        Directory.CreateDirectory(runner);
        var project = Path.Combine(package.Root, "Vectors.Routes.csproj");
        File.WriteAllText(Path.Combine(runner, "Runner.csproj"), File.ReadAllText(Path.Combine(RunnerDir, "Runner.csproj.txt")).Replace("PROJECT", project));
        File.WriteAllText(Path.Combine(runner, "Program.cs"), File.ReadAllText(Path.Combine(RunnerDir, "Program.cs.txt")).Replace("NAMESPACE", "Vectors.Routes"));
        Toolchain.Exec(package.Root, dotnet, ["build", "-warnaserror", "-nologo", "-v", "q", "Vectors.Routes.csproj"]).AssertSuccess("dotnet build -warnaserror (generated package)");
        Toolchain.Exec(runner, dotnet, ["build", "-nologo", "-v", "q", "-o", "out"]).AssertSuccess("dotnet build (runner)");
        try
        {
            Toolchain.Exec(runner, dotnet, [Path.Combine(runner, "out", "Runner.dll"), _vectors]).AssertSuccess("C# vectors");
        }
        finally
        {
            Directory.Delete(runner, true);
        }
    }

    [Fact]
    public void TypeScript_generated_matcher_passes_every_vector()
    {
        var tsc = Toolchain.Require(Path.Combine(RepoPaths.NodeTools, ".bin", "tsc"), "npm ci in tools/node (scripts/setup-toolchains.sh)");
        var node = Toolchain.Require("node", "Node.js 20+");
        using var package = GeneratedPackage.Create("typescript", _compiled.Generated);
        Toolchain.Exec(package.Root, tsc, ["-p", ".", "--strict"]).AssertSuccess("tsc --strict");
        Directory.CreateDirectory(Path.Combine(package.Root, "test"));
        File.Copy(Path.Combine(RunnerDir, "vectors.test.mjs"), Path.Combine(package.Root, "test", "vectors.test.mjs"));
        Toolchain.Exec(package.Root, node, ["--test", "test/vectors.test.mjs"], Env).AssertSuccess("node --test");
    }

    [Fact]
    public void Go_generated_matcher_passes_every_vector()
    {
        var go = Toolchain.Require("go", "apt-get install -y golang-go (scripts/setup-toolchains.sh)");
        var gofmt = Toolchain.Require("gofmt", "apt-get install -y golang-go (scripts/setup-toolchains.sh)");
        using var package = GeneratedPackage.Create("go", _compiled.Generated);
        var fmt = Toolchain.Exec(package.Root, gofmt, ["-l", "."]);
        fmt.AssertSuccess("gofmt -l");
        Assert.True(fmt.Output.Trim().Length == 0, "gofmt would change: " + fmt.Output);
        var goEnv = new Dictionary<string, string>(Env)
        {
            ["GOFLAGS"] = "-mod=mod",
            ["GOPROXY"] = "off",
            ["GOCACHE"] = Path.Combine(Path.GetTempPath(), "contractgen-gocache"),
            ["GOPATH"] = Path.Combine(Path.GetTempPath(), "contractgen-gopath"),
        };
        Toolchain.Exec(package.Root, go, ["vet", "./..."], goEnv).AssertSuccess("go vet");
        File.WriteAllText(Path.Combine(package.Root, "vectors_test.go"), File.ReadAllText(Path.Combine(RunnerDir, "vectors_test.go.txt")).Replace("PACKAGE", "vectors"));
        Toolchain.Exec(package.Root, go, ["test", "-count=1", "./..."], goEnv).AssertSuccess("go test");
    }

    [Fact]
    public void Python_generated_matcher_passes_every_vector()
    {
        var pyright = Toolchain.Require(Path.Combine(RepoPaths.NodeTools, ".bin", "pyright"), "npm ci in tools/node (scripts/setup-toolchains.sh)");
        var python = Toolchain.Require("python3", "python3 (3.9+)");
        using var package = GeneratedPackage.Create("python", _compiled.Generated);
        File.WriteAllText(Path.Combine(package.Root, "pyrightconfig.json"), "{ \"typeCheckingMode\": \"strict\", \"pythonVersion\": \"3.9\", \"include\": [\"vectors\"] }\n");
        Toolchain.Exec(package.Root, pyright, []).AssertSuccess("pyright --strict");
        File.WriteAllText(Path.Combine(package.Root, "test_vectors.py"), File.ReadAllText(Path.Combine(RunnerDir, "test_vectors.py.txt")).Replace("PACKAGE", "vectors"));
        Toolchain.Exec(package.Root, python, ["-m", "unittest", "-v", "test_vectors"], Env).AssertSuccess("python3 -m unittest");
    }
}
