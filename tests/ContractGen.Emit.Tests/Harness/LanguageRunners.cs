using ContractGen.Testing;

namespace ContractGen.Emit.Tests.Harness;

/// <summary>
/// Builds a generated matchers package with its language's real toolchain, strict (dotnet build -warnaserror, tsc
/// --strict, gofmt -l + go vet, pyright --strict), then runs a harness JSON file (the format HarnessVectors writes:
/// groups with a compiled table, match and build cases) against it with that language's runner under Runners/.
/// Every runner also checks that the generated table holds exactly the strings of the generated group's table.
/// </summary>
public static class LanguageRunners
{
    private static readonly string RunnerDir = Path.Combine(RepoPaths.Tests, "ContractGen.Emit.Tests", "Harness", "Runners");

    public static void Run(GeneratedPackage package, string vectorsFile)
    {
        switch (package.Language)
        {
            case "csharp":
                CSharp(package, vectorsFile);
                break;
            case "typescript":
                TypeScript(package, vectorsFile);
                break;
            case "go":
                Go(package, vectorsFile);
                break;
            case "python":
                Python(package, vectorsFile);
                break;
            default:
                throw new ArgumentException($"no runner for {package.Language}", nameof(package));
        }
    }

    private static Dictionary<string, string?> Env(string vectorsFile) => new() { ["CONTRACTGEN_VECTORS"] = vectorsFile };

    private static void CSharp(GeneratedPackage package, string vectorsFile)
    {
        var dotnet = ExternalProcess.Require("dotnet", "the .NET SDK");
        var ns = package.CSharpNamespace;
        var runner = package.Root + "-runner";
        Directory.CreateDirectory(runner);
        var project = Path.Combine(package.Root, ns + ".csproj");
        File.WriteAllText(Path.Combine(runner, "Runner.csproj"), File.ReadAllText(Path.Combine(RunnerDir, "Runner.csproj.txt")).Replace("PROJECT", project));
        File.WriteAllText(Path.Combine(runner, "Program.cs"), File.ReadAllText(Path.Combine(RunnerDir, "Program.cs.txt")).Replace("NAMESPACE", ns));
        try
        {
            ExternalProcess.Run(package.Root, dotnet, ["build", "-warnaserror", "-nologo", "-v", "q", ns + ".csproj"]).AssertSuccess("dotnet build -warnaserror (generated package)");
            ExternalProcess.Run(runner, dotnet, ["build", "-nologo", "-v", "q", "-o", "out"]).AssertSuccess("dotnet build (runner)");
            ExternalProcess.Run(runner, dotnet, [Path.Combine(runner, "out", "Runner.dll"), vectorsFile]).AssertSuccess("C# vectors");
        }
        finally
        {
            Directory.Delete(runner, true);
        }
    }

    private static void TypeScript(GeneratedPackage package, string vectorsFile)
    {
        var tsc = ExternalProcess.Require(Path.Combine(RepoPaths.NodeTools, ".bin", "tsc"), "npm ci in tools/node (scripts/setup-toolchains.sh)");
        var node = ExternalProcess.Require("node", "Node.js 20+");
        ExternalProcess.Run(package.Root, tsc, ["-p", ".", "--strict"]).AssertSuccess("tsc --strict");
        Directory.CreateDirectory(Path.Combine(package.Root, "test"));
        File.Copy(Path.Combine(RunnerDir, "vectors.test.mjs"), Path.Combine(package.Root, "test", "vectors.test.mjs"));
        ExternalProcess.Run(package.Root, node, ["--test", "test/vectors.test.mjs"], Env(vectorsFile)).AssertSuccess("node --test");
    }

    private static void Go(GeneratedPackage package, string vectorsFile)
    {
        var go = ExternalProcess.Require("go", "apt-get install -y golang-go (scripts/setup-toolchains.sh)");
        var gofmt = ExternalProcess.Require("gofmt", "apt-get install -y golang-go (scripts/setup-toolchains.sh)");
        var fmt = ExternalProcess.Run(package.Root, gofmt, ["-l", "."]);
        fmt.AssertSuccess("gofmt -l");
        Assert.True(fmt.Output.Trim().Length == 0, "gofmt would change: " + fmt.Output);
        var goEnv = new Dictionary<string, string?>(Env(vectorsFile))
        {
            ["GOFLAGS"] = "-mod=mod",
            ["GOPROXY"] = "off",
            ["GOCACHE"] = Path.Combine(Path.GetTempPath(), "contractgen-gocache"),
            ["GOPATH"] = Path.Combine(Path.GetTempPath(), "contractgen-gopath"),
        };
        ExternalProcess.Run(package.Root, go, ["vet", "./..."], goEnv).AssertSuccess("go vet");
        File.WriteAllText(Path.Combine(package.Root, "vectors_test.go"), File.ReadAllText(Path.Combine(RunnerDir, "vectors_test.go.txt")).Replace("PACKAGE", package.GoPackage));
        var list = ExternalProcess.Run(package.Root, go, ["list", "-f", "{{.Dir}}", "."], goEnv);
        list.AssertSuccess("go list");
        Assert.True(Path.GetFullPath(list.Output.Trim()) == Path.GetFullPath(package.Root), $"the module's package resolves to {list.Output.Trim()}, not to the generated folder");
        ExternalProcess.Run(package.Root, go, ["test", "-count=1", "./..."], goEnv).AssertSuccess("go test");
    }

    private static void Python(GeneratedPackage package, string vectorsFile)
    {
        var pyright = ExternalProcess.Require(Path.Combine(RepoPaths.NodeTools, ".bin", "pyright"), "npm ci in tools/node (scripts/setup-toolchains.sh)");
        var python = ExternalProcess.Require("python3", "python3 (3.9+)");
        var name = package.PythonPackage;
        File.WriteAllText(Path.Combine(package.Root, "pyrightconfig.json"), $"{{ \"typeCheckingMode\": \"strict\", \"pythonVersion\": \"3.9\", \"include\": [\"{name}\"] }}\n");
        ExternalProcess.Run(package.Root, pyright, []).AssertSuccess("pyright --strict");
        File.WriteAllText(Path.Combine(package.Root, "test_vectors.py"), File.ReadAllText(Path.Combine(RunnerDir, "test_vectors.py.txt")).Replace("PACKAGE", name));
        ExternalProcess.Run(package.Root, python, ["-m", "unittest", "-v", "test_vectors"], Env(vectorsFile)).AssertSuccess("python3 -m unittest");
    }
}
