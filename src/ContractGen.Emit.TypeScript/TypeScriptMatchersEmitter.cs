using ContractGen.Emit.Engine;
using ContractGen.Emit.TypeScript.Conventions;
using ContractGen.Emit.TypeScript.Functions;
using ContractGen.Emit.TypeScript.Views;
using ContractGen.Emit.Views;
using ContractGen.Emit.Writing;

namespace ContractGen.Emit.TypeScript;

/// <summary>
/// TypeScript × matchers: <c>package.json</c> (no dependencies), a strict <c>tsconfig.json</c>, the runtime
/// (<c>src/routeMatcher.ts</c> and its support files), the table <c>src/routes.ts</c> and <c>src/index.ts</c>.
/// </summary>
public sealed class TypeScriptMatchersEmitter : IEmitter
{
    private static readonly string[] Runtime = { "routeBuild.ts", "routeMatcher.ts", "routeSearch.ts", "routeText.ts", "routeTrie.ts", "routeTypes.ts" };

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
        var files = new List<GeneratedFile>
        {
            new("package.json", templates.Render("matchers.package.sbn", view)),
            new("tsconfig.json", templates.Render("matchers.tsconfig.sbn", view)),
            new("src/index.ts", templates.Render("matchers.index.sbn", view)),
            new("src/routes.ts", templates.Render("matchers.table.sbn", view)),
        };
        files.AddRange(Runtime.Select(f => new GeneratedFile("src/" + f, templates.Support(f, "// " + stamp))));
        return files;
    }
}
