using ContractGen.Emit.Engine;
using ContractGen.Emit.TypeScript.Conventions;
using ContractGen.Emit.TypeScript.Functions;
using ContractGen.Emit.TypeScript.Views;
using ContractGen.Emit.Views;
using ContractGen.Emit.Writing;

namespace ContractGen.Emit.TypeScript;

/// <summary>
/// TypeScript × matchers: <c>package.json</c> (no dependencies), a strict <c>tsconfig.json</c>, the runtime
/// <c>src/routeMatcher.ts</c>, the table <c>src/routes.ts</c> and <c>src/index.ts</c>.
/// </summary>
public sealed class TypeScriptMatchersEmitter : IEmitter
{
    public string Language => "typescript";

    public string Artifact => "matchers";

    public IReadOnlyList<GeneratedFile> Emit(EmitContext context)
    {
        var table = RouteTables.Of(context);
        if (context.Diagnostics.HasErrors)
        {
            return Array.Empty<GeneratedFile>();
        }

        var package = TypeScriptNames.Package(context.Options.Option(Language, "packageName") ?? context.Options.PackageName);
        var rows = RouteRows.From(table, TypeScriptLiterals.String);
        var stamp = TypeScriptLiterals.Comment(GeneratorInfo.Stamp);
        var view = new TypeScriptMatchersView(TypeScriptLiterals.Json(package), stamp, table.FormatVersion, rows, rows.Count > 0);
        var templates = new ArtifactTemplates(context, typeof(TypeScriptMatchersEmitter).Assembly, Language, Artifact, TypeScriptFunctions.Create());
        return new[]
        {
            new GeneratedFile("package.json", templates.Render("matchers.package.sbn", view)),
            new GeneratedFile("tsconfig.json", templates.Render("matchers.tsconfig.sbn", view)),
            new GeneratedFile("src/index.ts", templates.Render("matchers.index.sbn", view)),
            new GeneratedFile("src/routeMatcher.ts", templates.Support("routeMatcher.ts", "// " + stamp)),
            new GeneratedFile("src/routes.ts", templates.Render("matchers.table.sbn", view)),
        };
    }
}
