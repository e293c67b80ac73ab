namespace ContractGen.Readers.OpenApi.Tests;

public sealed class CanReadTests
{
    [Theory]
    [InlineData("a.yaml", "openapi: 3.1.0\ninfo: {}", true)]
    [InlineData("a.yml", "# comment\n'openapi': 3.0.3", true)]
    [InlineData("a.json", "{\n  \"openapi\": \"3.0.3\"", true)]
    [InlineData("a.json", "{\"info\":{\"openapi\":1},\"openapi\":\"3.1.0\"}", true)]
    [InlineData("a.json", "{\"info\":{\"openapi\":1}}", false)]
    [InlineData("a.yaml", "swagger: '2.0'", true)]
    [InlineData("a.yaml", "asyncapi: 3.0.0", false)]
    [InlineData("a.proto", "openapi: 3.0.0", false)]
    [InlineData("a.yaml", "info:\n  openapi: 3.0.0", false)]
    public void Claims_openapi_documents_by_extension_and_root_key(string path, string head, bool expected)
    {
        Assert.Equal(expected, new OpenApiReader().CanRead(path, head));
    }
}
