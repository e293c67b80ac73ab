using ContractGen.Model;
using static ContractGen.Model.Tests.Paths.PathsTestHelper;

namespace ContractGen.Model.Tests.Paths;

public class PathsBraceParserTests
{
    [Theory]
    [InlineData("/", "/")]
    [InlineData("/pets", "/L(pets)")]
    [InlineData("/pets/{petId}", "/L(pets)/{petId}")]
    [InlineData("/files/{name}.{ext}", "/L(files)/C({name}.{ext})")]
    [InlineData("/report.{format}", "/C(report.{format})")]
    [InlineData("/images/img-{id}.png", "/L(images)/C(img-{id}.png)")]
    [InlineData("/v2{params}", "/C(v2{params})")]
    [InlineData("/users/@me/guilds/{guild_id}", "/L(users)/L(@me)/L(guilds)/{guild_id}")]
    [InlineData("/{a b}", "/{a b}")]
    [InlineData("/caf\u00e9/{x}", "/L(caf\u00e9)/{x}")]
    [InlineData("/v1/{name}:cancel", "/L(v1)/C({name}:cancel)")]
    [InlineData("/a/*/b", "/L(a)/L(*)/L(b)")]
    public void Parses_openapi_paths(string text, string expected)
    {
        var (t, diags) = Parse(text, TemplateSyntax.OpenApi);
        Assert.Empty(diags);
        Assert.NotNull(t);
        Assert.Equal(expected, Describe(t));
        Assert.Null(t.Verb);
    }

    [Theory]
    [InlineData("", "CG2401")]
    [InlineData("pets", "CG2401")]
    [InlineData("/a//b", "CG2402")]
    [InlineData("/pets?x=1", "CG2403")]
    [InlineData("/pets#frag", "CG2403")]
    [InlineData("/a b", "CG2403")]
    [InlineData("/a%zz", "CG2403")]
    [InlineData("/a}", "CG2403")]
    [InlineData("/{id", "CG2404")]
    [InlineData("/{a{b}}", "CG2404")]
    [InlineData("/{}", "CG2404")]
    [InlineData("/{a/b}", "CG2404")]
    [InlineData("/{id}/x/{id}", "CG2405")]
    [InlineData("/{a}{b}", "CG2406")]
    [InlineData("/a/..", "CG2409")]
    [InlineData("/./a", "CG2409")]
    public void Rejects_invalid_openapi_paths(string text, string code)
    {
        var (t, diags) = Parse(text, TemplateSyntax.OpenApi);
        Assert.Null(t);
        Assert.Contains(diags, d => d.Code == code && d.Severity == Severity.Error);
    }

    [Fact]
    public void Trailing_slash_is_a_warning_and_is_dropped()
    {
        var (t, diags) = Parse("/pets/", TemplateSyntax.OpenApi);
        Assert.NotNull(t);
        Assert.Equal("/L(pets)", Describe(t));
        Assert.Equal("/pets/", t.Text);
        var d = Assert.Single(diags);
        Assert.Equal(("CG2407", Severity.Warning), (d.Code, d.Severity));
    }

    [Theory]
    [InlineData("user/signedup", "L(user)/L(signedup)")]
    [InlineData("/user/signedup", "/L(user)/L(signedup)")]
    [InlineData("stores/{storeId}/orders/placed", "L(stores)/{storeId}/L(orders)/L(placed)")]
    [InlineData("smartylighting.streetlights.1.0.event.{streetlightId}.lighting.measured",
        "C(smartylighting.streetlights.1.0.event.{streetlightId}.lighting.measured)")]
    [InlineData("adeo-{env}-case-study-COSTING-REQUEST-{version}", "C(adeo-{env}-case-study-COSTING-REQUEST-{version})")]
    [InlineData("https://example.com/books/{id}", "L(https:)/L()/L(example.com)/L(books)/{id}")]
    [InlineData("{queue}", "{queue}")]
    [InlineData("rpc_queue", "L(rpc_queue)")]
    [InlineData("a/../b", "L(a)/L(..)/L(b)")]
    [InlineData("100%", "L(100%)")]
    public void Parses_asyncapi_addresses(string text, string expected)
    {
        var (t, diags) = Parse(text, TemplateSyntax.AsyncApi);
        Assert.Empty(diags);
        Assert.NotNull(t);
        Assert.Equal(expected, Describe(t));
        Assert.Equal(text.StartsWith('/'), t.LeadingSlash);
    }

    [Theory]
    [InlineData("", "CG3401")]
    [InlineData("a?b=1", "CG3403")]
    [InlineData("a#b", "CG3403")]
    [InlineData("a b", "CG3403")]
    [InlineData("a/{b", "CG3404")]
    [InlineData("a/{}", "CG3404")]
    [InlineData("{a}/{a}", "CG3405")]
    [InlineData("{a}{b}", "CG3406")]
    public void Rejects_invalid_asyncapi_addresses(string text, string code)
    {
        var (t, diags) = Parse(text, TemplateSyntax.AsyncApi);
        Assert.Null(t);
        Assert.Contains(diags, d => d.Code == code);
    }
}
