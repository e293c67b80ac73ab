using System.Text.Json.Nodes;
using ContractGen.Readers.AsyncApi.Documents;

namespace ContractGen.Readers.AsyncApi.Tests;

/// <summary>YAML 1.2 core-schema typing of plain scalars (what js-yaml and the reference parser do).</summary>
public sealed class YamlScalarTests
{
    [Theory]
    [InlineData("~", "null")]
    [InlineData("null", "null")]
    [InlineData("", "null")]
    [InlineData("true", "true")]
    [InlineData("False", "false")]
    [InlineData("yes", "\"yes\"")]
    [InlineData("on", "\"on\"")]
    [InlineData("42", "42")]
    [InlineData("-7", "-7")]
    [InlineData("0o17", "15")]
    [InlineData("0x1F", "31")]
    [InlineData("1.0", "1.0")]
    [InlineData("1e3", "1000")]
    [InlineData(".inf", "\".inf\"")]
    [InlineData("2.6.0", "\"2.6.0\"")]
    [InlineData("010", "10")]
    [InlineData("0b101", "\"0b101\"")]
    public void Plain_scalars_follow_the_core_schema(string text, string json)
    {
        var node = CoreSchemaScalars.Plain(text);
        Assert.Equal(json, node?.ToJsonString() ?? "null");
    }

    [Fact]
    public void Quoted_scalars_stay_strings_and_keys_are_located()
    {
        var index = new NodeIndex();
        var report = new Reporter();
        var file = new SourceFile("/x.yaml", "x.yaml");
        Assert.True(YamlJsonLoader.TryLoad("a: '1.0'\nb:\n  c: 2\n", file, index, report, out var root));
        var o = Assert.IsType<JsonObject>(root);
        Assert.Equal("\"1.0\"", o["a"]!.ToJsonString());
        Assert.Equal(new ContractGen.Model.SourceSpan("x.yaml", 3, 3), index.KeySpan((JsonObject)o["b"]!, "c"));
        Assert.Equal(0, report.Bag.Count);
    }

    [Fact]
    public void Alias_bombs_are_rejected_with_a_diagnostic()
    {
        var text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
        for (var i = 0; i < 9; i++)
        {
            var prev = (char)('a' + i);
            var next = (char)('b' + i);
            text += $"{next}: &{next} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n";
        }

        var report = new Reporter();
        Assert.False(YamlJsonLoader.TryLoad(text, new SourceFile("/b.yaml", "b.yaml"), new NodeIndex(), report, out _));
        Assert.Contains(report.Bag.ToImmutableSorted(), d => d.Code == "CG3005" && d.Span.IsKnown);
    }

    [Fact]
    public void CanRead_sniffs_the_asyncapi_key()
    {
        var reader = new AsyncApiReader();
        Assert.True(reader.CanRead("a.yaml", "asyncapi: 3.0.0\ninfo: {}\n"));
        Assert.True(reader.CanRead("a.json", "{\n  \"asyncapi\": \"2.6.0\"}"));
        Assert.False(reader.CanRead("a.yaml", "openapi: 3.1.0\n"));
        Assert.False(reader.CanRead("a.proto", "asyncapi: 3.0.0"));
    }
}
