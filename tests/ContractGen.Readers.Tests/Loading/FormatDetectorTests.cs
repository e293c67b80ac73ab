using ContractGen.Model;
using ContractGen.Testing;

namespace ContractGen.Readers.Tests.Loading;

public sealed class FormatDetectorTests
{
    [Theory]
    [InlineData("a.yaml", "openapi: 3.1.0\ninfo: {}\n", ContractFormat.OpenApi)]
    [InlineData("a.yml", "# comment\n\"asyncapi\": 3.0.0\n", ContractFormat.AsyncApi)]
    [InlineData("a.yaml", "info:\n  openapi: nested\nasyncapi: '2.6.0'\n", ContractFormat.AsyncApi)]
    [InlineData("a.json", "{\"info\": {\"openapi\": 1}, \"openapi\": \"3.0.3\"}", ContractFormat.OpenApi)]
    [InlineData("a.json", "\uFEFF{ \"asyncapi\": \"2.6.0\" }", ContractFormat.AsyncApi)]
    [InlineData("a.yaml", "{\"openapi\": \"3.0.0\"}", ContractFormat.OpenApi)]
    [InlineData("a.proto", "garbage", ContractFormat.Proto)]
    [InlineData("a.binpb", "", ContractFormat.Proto)]
    public void Detects_format_by_extension_and_root_key(string name, string text, ContractFormat expected)
    {
        using var tree = new TempFolder();
        var detection = FormatDetector.Detect(tree.Write(name, text));
        Assert.Equal(expected, detection.Format);
    }

    [Theory]
    [InlineData("a.yaml", "name: compose\nservices: {}\n")]
    [InlineData("a.json", "[1, 2]")]
    [InlineData("a.json", "{\"openapi")]
    [InlineData("a.txt", "openapi: 3.1.0")]
    [InlineData("a.yaml", "\u0000\u0001\u0002binary")]
    public void Unknown_when_no_root_key(string name, string text)
    {
        using var tree = new TempFolder();
        Assert.Null(FormatDetector.Detect(tree.Write(name, text)).Format);
    }

    [Fact]
    public void Swagger_2_is_recognised_as_unsupported()
    {
        using var tree = new TempFolder();
        var detection = FormatDetector.Detect(tree.Write("s.json", "{\"swagger\": \"2.0\"}"));
        Assert.Null(detection.Format);
        Assert.Contains("Swagger 2.0", detection.Unsupported);
    }

    [Fact]
    public void Root_key_after_a_large_value_is_found()
    {
        using var tree = new TempFolder();
        var big = new string('x', 400_000);
        var detection = FormatDetector.Detect(tree.Write("big.json", $"{{\"info\": \"{big}\", \"openapi\": \"3.1.0\"}}"));
        Assert.Equal(ContractFormat.OpenApi, detection.Format);
    }
}
