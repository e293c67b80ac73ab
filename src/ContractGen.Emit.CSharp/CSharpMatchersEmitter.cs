using System.Text.RegularExpressions;
using ContractGen.Emit.CSharp.Conventions;
using ContractGen.Emit.CSharp.Functions;
using ContractGen.Emit.CSharp.Views;
using ContractGen.Emit.Engine;
using ContractGen.Emit.Views;
using ContractGen.Emit.Writing;

namespace ContractGen.Emit.CSharp;

/// <summary>
/// C# × matchers: <c>&lt;Namespace&gt;.csproj</c> (net10.0, no package references), the runtime support files
/// <see cref="SupportFiles"/> (the reference runtime, verbatim but for their namespace line) and <c>Routes.cs</c>
/// (the compiled table as C# data).
/// </summary>
public sealed partial class CSharpMatchersEmitter : IEmitter
{
    /// <summary>The runtime's files under templates/csharp/matchers/, in output order (each overridable by name).</summary>
    public static readonly IReadOnlyList<string> SupportFiles =
    [
        "RouteAllow.cs", "RouteBuilder.cs", "RouteComposite.cs", "RouteDefinition.cs", "RouteEntry.cs", "RouteLiterals.cs",
        "RouteMatch.cs", "RouteMatcher.cs", "RouteMatcher.Search.cs", "RouteNode.cs", "RoutePercent.cs", "RouteVariables.cs",
    ];

    public string Language => "csharp";

    public string Artifact => "matchers";

    public IReadOnlyList<GeneratedFile> Emit(EmitContext context)
    {
        var table = RouteTables.Of(context);
        if (context.Diagnostics.HasErrors)
        {
            return Array.Empty<GeneratedFile>();
        }

        var ns = CSharpNames.Namespace(context.Options.Option(Language, "namespace") ?? context.Options.PackageName);
        var rows = RouteRows.From(table, CSharpLiterals.String);
        var view = new CSharpMatchersView(ns, CSharpLiterals.Comment(GeneratorInfo.Stamp), table.FormatVersion, rows, rows.Count > 0);
        var templates = new ArtifactTemplates(context, typeof(CSharpMatchersEmitter).Assembly, Language, Artifact, CSharpFunctions.Create());
        var files = new List<GeneratedFile> { new(ns + ".csproj", templates.Render("matchers.csproj.sbn", view)) };
        foreach (var name in SupportFiles)
        {
            files.Add(new GeneratedFile(name, templates.Support(name, "// " + view.Stamp, t => NamespaceLine().Replace(t, $"namespace {ns};", 1))));
        }

        files.Add(new GeneratedFile("Routes.cs", templates.Render("matchers.table.sbn", view)));
        return files;
    }

    [GeneratedRegex(@"^namespace [A-Za-z0-9_.]+;", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();
}
