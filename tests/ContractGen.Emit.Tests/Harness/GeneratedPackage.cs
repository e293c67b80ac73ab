using ContractGen.Emit.CSharp;
using ContractGen.Emit.CSharp.Conventions;
using ContractGen.Emit.Engine;
using ContractGen.Emit.Go;
using ContractGen.Emit.Go.Conventions;
using ContractGen.Emit.Python;
using ContractGen.Emit.Python.Conventions;
using ContractGen.Emit.Routing;
using ContractGen.Emit.TypeScript;
using ContractGen.Model;
using ContractGen.Testing;

namespace ContractGen.Emit.Tests.Harness;

/// <summary>Generates one language's matchers package into a fresh temp folder with the real generator.</summary>
public sealed class GeneratedPackage : IDisposable
{
    private readonly TempFolder _folder;

    private GeneratedPackage(string language, TempFolder folder, string packageName)
    {
        Language = language;
        _folder = folder;
        PackageName = packageName;
    }

    public string Language { get; }

    public string Root => _folder.Path;

    /// <summary>The base name given to the generator (before the language's naming rules).</summary>
    public string PackageName { get; }

    /// <summary>The C# namespace (also the .csproj name) the generator chose.</summary>
    public string CSharpNamespace => CSharpNames.Namespace(PackageName);

    /// <summary>The Go package name the generator chose.</summary>
    public string GoPackage => GoNames.Package(GoNames.Module(PackageName).Split('/')[^1]);

    /// <summary>The Python package (folder) name the generator chose.</summary>
    public string PythonPackage => PythonNames.Package(PackageName);

    public static EmitterRegistry Registry() => new EmitterRegistry()
        .Add(new CSharpMatchersEmitter())
        .Add(new TypeScriptMatchersEmitter())
        .Add(new GoMatchersEmitter())
        .Add(new PythonMatchersEmitter());

    /// <summary>Generates <paramref name="language"/> matchers for <paramref name="table"/> (seeded: no model needed).</summary>
    public static GeneratedPackage Create(string language, CompiledRouteTable table, string packageName = "vectors") =>
        Generate(language, packageName, new EmitContext(ContractModel.Empty, Options(packageName), new DiagnosticBag()).Seed(table));

    /// <summary>Generates <paramref name="language"/> matchers for a model (its route table compiled by the emitter, as in the CLI).</summary>
    public static GeneratedPackage Create(string language, ContractModel model, string packageName) =>
        Generate(language, packageName, new EmitContext(model, Options(packageName), new DiagnosticBag()));

    public void Dispose() => _folder.Dispose();

    private static EmitOptions Options(string packageName) => new() { PackageName = packageName };

    private static GeneratedPackage Generate(string language, string packageName, EmitContext context)
    {
        var emitter = Registry().Find(language, "matchers")!;
        var files = emitter.Emit(context);
        Assert.False(context.Diagnostics.HasErrors, string.Join("\n", context.Diagnostics.ToImmutableSorted()));
        var folder = new TempFolder($"cg-{language}-");
        new ContractGen.Emit.Writing.OutputWriter(GeneratorInfo.Version).Write(folder.Path, files);
        return new GeneratedPackage(language, folder, packageName);
    }
}
