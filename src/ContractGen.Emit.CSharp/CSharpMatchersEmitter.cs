using System.Text.RegularExpressions;
using ContractGen.Emit.CSharp.Conventions;
using ContractGen.Emit.CSharp.Functions;
using ContractGen.Emit.CSharp.Views;
using ContractGen.Emit.Engine;
using ContractGen.Emit.Views;
using ContractGen.Emit.Writing;

namespace ContractGen.Emit.CSharp;

/// <summary>
/// C# × matchers: <c>&lt;Namespace&gt;.csproj</c> (net10.0, no package references), <c>RouteMatcher.cs</c> (the
/// reference runtime, verbatim but for its namespace line) and <c>Routes.cs</c> (the compiled table as C# data).
/// </summary>
public sealed partial class CSharpMatchersEmitter : IEmitter
{
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
        return new[]
        {
            new GeneratedFile(ns + ".csproj", templates.Render("matchers.csproj.sbn", view)),
            new GeneratedFile("RouteMatcher.cs", templates.Support("RouteMatcher.cs", "// " + view.Stamp, t => NamespaceLine().Replace(t, $"namespace {ns};", 1))),
            new GeneratedFile("Routes.cs", templates.Render("matchers.table.sbn", view)),
        };
    }

    [GeneratedRegex(@"^namespace [A-Za-z0-9_.]+;", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();
}
