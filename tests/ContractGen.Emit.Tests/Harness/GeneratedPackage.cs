using ContractGen.Emit.CSharp;
using ContractGen.Emit.Engine;
using ContractGen.Emit.Go;
using ContractGen.Emit.Python;
using ContractGen.Emit.Routing;
using ContractGen.Emit.TypeScript;
using ContractGen.Model;

namespace ContractGen.Emit.Tests.Harness;

/// <summary>Generates one language's matchers package into a fresh temp folder with the real generator.</summary>
public sealed class GeneratedPackage : IDisposable
{
    private GeneratedPackage(string root) => Root = root;

    public string Root { get; }

    public static EmitterRegistry Registry() => new EmitterRegistry()
        .Add(new CSharpMatchersEmitter())
        .Add(new TypeScriptMatchersEmitter())
        .Add(new GoMatchersEmitter())
        .Add(new PythonMatchersEmitter());

    /// <summary>Generates <paramref name="language"/> matchers for <paramref name="table"/> (seeded: no model needed).</summary>
    public static GeneratedPackage Create(string language, CompiledRouteTable table, string packageName = "vectors")
    {
        var root = Path.Combine(Path.GetTempPath(), $"cg-{language}-" + Guid.NewGuid().ToString("N")[..10]);
        var bag = new DiagnosticBag();
        var options = new EmitOptions { PackageName = packageName };
        var context = new EmitContext(ContractModel.Empty, options, bag).Seed(table);
        var emitter = Registry().Find(language, "matchers")!;
        var files = emitter.Emit(context);
        Assert.False(bag.HasErrors, string.Join("\n", bag.ToImmutableSorted()));
        new ContractGen.Emit.Writing.OutputWriter(GeneratorInfo.Version).Write(root, files);
        return new GeneratedPackage(root);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, true);
        }
        catch (IOException)
        {
            // best effort: a toolchain may still hold a file briefly
        }
    }
}
