using ContractGen.Model;
using ContractGen.Testing;

namespace ContractGen.Readers.OpenApi.Tests;

/// <summary>Real descriptions load with zero diagnostics (no warning is accepted on either today).</summary>
public sealed class CorpusTests
{
    [Fact]
    public void Discord_3_1_loads_with_no_diagnostics()
    {
        var path = RepoPaths.RequireShared("corpus", "openapi", "discord-openapi-3.1.json");
        var result = new OpenApiReader().Read([path], new ReaderOptions(), TestContext.Current.CancellationToken);
        Assert.Empty(result.Diagnostics);
        Assert.Equal("3.1.0", result.Model.Documents.Single().SpecVersion);
        Assert.True(result.Model.Operations.Count() > 200);
        Assert.True(result.Model.Types.Length > 500);
    }

    [Fact]
    public void GitHub_description_loads_with_no_diagnostics()
    {
        var path = RepoPaths.RequireInstalled(
            Path.Combine(RepoPaths.NodeTools, "@octokit", "openapi", "generated", "api.github.com.json"),
            "npm ci in tools/node");
        var result = new OpenApiReader().Read([path], new ReaderOptions(), TestContext.Current.CancellationToken);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(1223, result.Model.Operations.Count());
        Assert.All(result.Model.Operations, o => Assert.True(o.Span.IsKnown && o.Http.Single().Path.Text.StartsWith('/')));
        Assert.All(result.Model.Types, t => Assert.True(t.Span.IsKnown, t.Id));
    }
}
