using ContractGen.Emit.Templates;
using Scriban.Runtime;
using ContractGen.Testing;

namespace ContractGen.Emit.Tests.Templates;

public sealed class TemplateRendererTests : IDisposable
{
    private readonly TempFolder _temp = new("cg-tpl-");

    private string UserDir => _temp.Path;

    public void Dispose() => _temp.Dispose();

    public sealed record Item(string Name);

    public sealed record Demo(string Title, IReadOnlyList<Item> Items);

    private static readonly Demo Model = new("T", new[] { new Item("a"), new Item("b") });

    private static ScriptObject Functions()
    {
        var functions = new ScriptObject();
        functions.Import("shout", new Func<string, string>(s => s.ToUpperInvariant()));
        return functions;
    }

    private TemplateRenderer Renderer(string? userDir = null) =>
        new(new TemplateLoader(userDir, typeof(TemplateRendererTests).Assembly, "test", "demo"));

    [Fact]
    public void Renders_embedded_templates_with_snake_case_members_functions_and_includes()
    {
        Assert.Equal("a=A\nb=B\ntail T\n", Renderer().Render("demo.main.sbn", Model, Functions()));
    }

    [Fact]
    public void Lists_the_embedded_defaults()
    {
        var loader = new TemplateLoader(null, typeof(TemplateRendererTests).Assembly, "test", "demo");
        Assert.Equal(new[] { "demo.main.sbn", "demo.tail.sbn", "demo.unknown.sbn" }, loader.DefaultNames());
    }

    [Fact]
    public void Unknown_members_are_errors_not_empty_text()
    {
        var e = Assert.Throws<TemplateException>(() => Renderer().Render("demo.unknown.sbn", Model));
        Assert.Contains("demo.unknown.sbn", e.Message);
    }

    [Fact]
    public void Template_problems_carry_the_origin_and_a_one_based_position_apart_from_the_reason()
    {
        var embedded = Assert.Throws<TemplateException>(() => Renderer().Render("demo.unknown.sbn", Model));
        var problem = Assert.Single(embedded.Problems);
        Assert.Equal(new ContractGen.Model.SourceSpan("embedded:templates/test/demo/demo.unknown.sbn", 1, 10), problem.Span);
        Assert.DoesNotContain("demo.unknown.sbn", problem.Reason, StringComparison.Ordinal);

        Directory.CreateDirectory(Path.Combine(UserDir, "test", "demo"));
        var tail = Path.Combine(UserDir, "test", "demo", "demo.tail.sbn");
        File.WriteAllText(tail, "tail\n  {{ model.nope }}\n");
        var included = Assert.Throws<TemplateException>(() => Renderer(UserDir).Render("demo.main.sbn", Model, Functions()));
        Assert.Equal(new ContractGen.Model.SourceSpan(tail, 2, 12), Assert.Single(included.Problems).Span);
        Assert.DoesNotContain(UserDir, Assert.Single(included.Problems).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_user_template_overrides_the_default_by_file_name_also_for_includes()
    {
        Directory.CreateDirectory(Path.Combine(UserDir, "test", "demo"));
        File.WriteAllText(Path.Combine(UserDir, "test", "demo", "demo.tail.sbn"), "custom {{ model.title }}\n");
        Assert.Equal("a=A\nb=B\ncustom T\n", Renderer(UserDir).Render("demo.main.sbn", Model, Functions()));
    }

    [Fact]
    public void Template_names_must_be_plain_file_names()
    {
        Assert.Throws<TemplateException>(() => Renderer(UserDir).Render("../demo.main.sbn", Model));
    }

    [Fact]
    public void A_missing_template_is_reported_by_name()
    {
        var e = Assert.Throws<TemplateException>(() => Renderer().Render("demo.none.sbn", Model));
        Assert.Contains("templates/test/demo/demo.none.sbn", e.Message);
    }
}
