using ContractGen.Model;
using static ContractGen.Model.Tests.Paths.PathsTestHelper;

namespace ContractGen.Model.Tests.Paths;

public class PathsHttpRuleParserTests
{
    [Theory]
    [InlineData("/", "/")]
    [InlineData("/v1", "/L(v1)")]
    [InlineData("/*", "/*")]
    [InlineData("/**", "/**")]
    [InlineData("/v1/{name}", "/L(v1)/{name}")]
    [InlineData("/v1/{name=*}", "/L(v1)/{name=*}")]
    [InlineData("/v1/{name=shelves/*/books/*}", "/L(v1)/{name=L(shelves)/*/L(books)/*}")]
    [InlineData("/v1/{book.name=shelves/*}/x", "/L(v1)/{book.name=L(shelves)/*}/L(x)")]
    [InlineData("/v1/{path=**}", "/L(v1)/{path=**}")]
    [InlineData("/v1/{name}:cancel", "/L(v1)/{name} verb=cancel")]
    [InlineData("/v1/{name=projects/*/books/*}:archive", "/L(v1)/{name=L(projects)/*/L(books)/*} verb=archive")]
    [InlineData("/v1/{name}:bla:baa", "/L(v1)/{name} verb=bla:baa")]
    [InlineData("/v1/a/{endpoint}:b:c", "/L(v1)/L(a)/{endpoint} verb=b:c")]
    [InlineData("/v1:LOCK", "/L(v1) verb=LOCK")]
    [InlineData("/*:LOCK", "/* verb=LOCK")]
    [InlineData("/v1/a=b&c=d;e=f:g/endpoint.rdf", "/L(v1)/L(a=b&c=d;e=f:g)/L(endpoint.rdf)")]
    [InlineData("/**/tail", "/**/L(tail)")]
    [InlineData("/{x=**}/a/b", "/{x=**}/L(a)/L(b)")]
    [InlineData("/v1/{name=o/**/.ext}/tail", "/L(v1)/{name=L(o)/**/L(.ext)}/L(tail)")]
    [InlineData("/a/{x=b/*/**/y/z}/foo", "/L(a)/{x=L(b)/*/**/L(y)/L(z)}/L(foo)")]
    [InlineData("/v1/a%2Fb/@me", "/L(v1)/L(a%2Fb)/L(@me)")]
    [InlineData("/{_x1.y_2}", "/{_x1.y_2}")]
    public void Parses_valid_templates(string text, string expected)
    {
        var (t, diags) = Parse(text, TemplateSyntax.HttpRule);
        Assert.Empty(diags);
        Assert.NotNull(t);
        Assert.Equal(expected, Describe(t));
        Assert.Equal(text, t.Text);
        Assert.True(t.LeadingSlash);
    }

    /// <summary>
    /// Segments after '**' are valid google.api.http as grpc-gateway reads it (googleapis' Firestore uses them), so the
    /// parser keeps them in the model; whether a matcher can route them is the route compiler's call (CG4404).
    /// </summary>
    [Theory]
    [InlineData("/a/**/*")]
    [InlineData("/a/**/foo/*")]
    [InlineData("/a/**/**")]
    [InlineData("/a/**/foo/**")]
    [InlineData("/{x=**}/{y}")]
    [InlineData("/{x=a/**/*}")]
    [InlineData("/v1/{parent=projects/*/databases/*/documents/*/**}/{collection_id}")]
    [InlineData("/v1test2/{name=**/botSessions/*}")]
    public void Accepts_segments_after_double_star_for_the_route_compiler_to_judge(string text)
    {
        var (t, diags) = Parse(text, TemplateSyntax.HttpRule);
        Assert.NotNull(t);
        Assert.Empty(diags);
    }

    [Theory]
    [InlineData("", "CG1401")]
    [InlineData("v1/books", "CG1401")]
    [InlineData("a/b", "CG1401")]
    [InlineData(":verb", "CG1401")]
    [InlineData("/v1/tasks/", "CG1402")]
    [InlineData("/a//b", "CG1402")]
    [InlineData("//", "CG1402")]
    [InlineData("/:verb", "CG1402")]
    [InlineData("/a/:verb", "CG1402")]
    [InlineData("/a?b", "CG1403")]
    [InlineData("/%", "CG1403")]
    [InlineData("/%2", "CG1403")]
    [InlineData("/a%2z", "CG1403")]
    [InlineData("/caf\u00e9", "CG1403")]
    [InlineData("/a b", "CG1403")]
    [InlineData("/a*", "CG1403")]
    [InlineData("/a/{x=var:verb}", "CG1403")]
    [InlineData("/{name", "CG1404")]
    [InlineData("/{name=", "CG1404")]
    [InlineData("/{name=*", "CG1404")]
    [InlineData("/{name.}", "CG1404")]
    [InlineData("/{name..nested}", "CG1404")]
    [InlineData("/{field-name}", "CG1404")]
    [InlineData("/{1x}", "CG1404")]
    [InlineData("/{}", "CG1404")]
    [InlineData("/{x=}", "CG1404")]
    [InlineData("/a/{var=/b}", "CG1404")]
    [InlineData("/{var=a/{nested=b}}", "CG1404")]
    [InlineData("/a}", "CG1404")]
    [InlineData("/{a}/{a}", "CG1405")]
    [InlineData("/{a}/{a.b}", "CG1405")]
    [InlineData("/{a.b=x/*}/{a}", "CG1405")]
    [InlineData("/a{x}", "CG1406")]
    [InlineData("/{x}a", "CG1406")]
    [InlineData("/a/b{x}c/s", "CG1406")]
    [InlineData("/v1/books/ext-{id}", "CG1406")]
    [InlineData("/a{x=b/**}/{y=*}", "CG1406")]
    [InlineData("/*:", "CG1408")]
    [InlineData("/{var}:", "CG1408")]
    [InlineData("/v1:a*", "CG1408")]
    [InlineData("/a/./b", "CG1409")]
    [InlineData("/a/..", "CG1409")]
    [InlineData("/{x=a/..}", "CG1409")]
    public void Rejects_invalid_templates_with_a_located_code(string text, string code)
    {
        var (t, diags) = Parse(text, TemplateSyntax.HttpRule);
        Assert.Null(t);
        Assert.Contains(diags, d => d.Code == code && d.Severity == Severity.Error);
        Assert.All(diags, d => Assert.StartsWith("api.proto:10:", d.ToString(), StringComparison.Ordinal));
        Assert.All(diags, d => Assert.Contains($"'{text}'", d.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Reports_every_problem_not_only_the_first()
    {
        var (t, diags) = Parse("/a//b/%zz/{x}y/c d", TemplateSyntax.HttpRule);
        Assert.Null(t);
        Assert.Equal(new[] { "CG1402", "CG1403", "CG1406", "CG1403" }, diags.OrderBy(d => d.Span.Column).Select(d => d.Code));
    }

    [Fact]
    public void Column_is_the_span_column_plus_the_offset_inside_the_template()
    {
        var (_, diags) = Parse("/v1/a%zz", TemplateSyntax.HttpRule);
        var d = Assert.Single(diags);
        Assert.Equal(new SourceSpan("api.proto", 10, 25), d.Span);
    }

    [Fact]
    public void Unknown_span_stays_unknown()
    {
        var bag = new DiagnosticBag();
        Assert.Null(PathTemplateParser.Parse("/a/", TemplateSyntax.HttpRule, new SourceSpan("x.proto", 0, 0), bag));
        Assert.Equal(new SourceSpan("x.proto", 0, 0), Assert.Single(bag.ToImmutableSorted()).Span);
    }

    [Fact]
    public void Variables_are_listed_in_order_with_their_multi_segment_flag()
    {
        var (t, _) = Parse("/v1/{a}/{b=x/*}/{d=*}/{c=**}", TemplateSyntax.HttpRule);
        Assert.NotNull(t);
        Assert.Equal(new[] { "a:False", "b:True", "d:False", "c:True" }, t.Variables.Select(v => $"{v.FieldPath}:{v.IsMultiSegment}"));
    }
}
