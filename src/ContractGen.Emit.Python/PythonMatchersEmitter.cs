using ContractGen.Emit.Engine;
using ContractGen.Emit.Python.Conventions;
using ContractGen.Emit.Python.Functions;
using ContractGen.Emit.Python.Views;
using ContractGen.Emit.Views;
using ContractGen.Emit.Writing;

namespace ContractGen.Emit.Python;

/// <summary>
/// Python × matchers: <c>pyproject.toml</c> (no dependencies) and a typed package (<c>py.typed</c>) with the runtime
/// (<c>route_matcher.py</c>, <c>route_types.py</c> and the private support modules <c>_route_*.py</c>) and the table
/// <c>routes.py</c>.
/// </summary>
public sealed class PythonMatchersEmitter : IEmitter
{
    private static readonly string[] Runtime =
        { "_route_build.py", "_route_search.py", "_route_text.py", "_route_trie.py", "route_matcher.py", "route_types.py" };

    public string Language => "python";

    public string Artifact => "matchers";

    public IReadOnlyList<GeneratedFile> Emit(EmitContext context)
    {
        var table = RouteTables.Of(context);
        if (context.Diagnostics.HasErrors)
        {
            return Array.Empty<GeneratedFile>();
        }

        var name = context.Options.Option(Language, "package") ?? context.Options.PackageName;
        var package = PythonNames.Package(name);
        var rows = RouteRows.From(table, PythonLiterals.String);
        var stamp = PythonLiterals.Comment(GeneratorInfo.Stamp);
        var view = new PythonMatchersView(PythonLiterals.Toml(PythonNames.Distribution(name)), package, stamp, table.FormatVersion, rows, rows.Count > 0);
        var templates = new ArtifactTemplates(context, typeof(PythonMatchersEmitter).Assembly, Language, Artifact, PythonFunctions.Create());
        var files = new List<GeneratedFile>
        {
            new("pyproject.toml", templates.Render("matchers.pyproject.sbn", view)),
            new($"{package}/__init__.py", templates.Render("matchers.init.sbn", view)),
            new($"{package}/py.typed", ""),
            new($"{package}/routes.py", templates.Render("matchers.table.sbn", view)),
        };
        files.AddRange(Runtime.Select(f => new GeneratedFile($"{package}/{f}", templates.Support(f, "# " + stamp))));
        return files;
    }
}
