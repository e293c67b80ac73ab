using System.Text;
using ContractGen.Readers.Proto.Mapping;
using ContractGen.Testing;

namespace ContractGen.Readers.Proto.Tests;

/// <summary>SourceText finds option text by line and UTF-16 column exactly as File.ReadAllLines + string.IndexOf did.</summary>
public sealed class SourceTextTests
{
    [Theory]
    [InlineData("a\nb \"x\"\n")]
    [InlineData("\uFEFFget: \"/v1/{name}\"\r\nget: \"/v2\"")]
    [InlineData("é ü \"/v1/ß\"\rnext \"/v1/ß\"\r\n\r\n  \"/v1/ß\"")]
    [InlineData("𝄞 two-unit char then \"/v1/x\"\n\n\n")]
    [InlineData("")]
    [InlineData("\n\r\n\r")]
    public void Lines_and_columns_match_ReadAllLines_and_IndexOf(string content)
    {
        using var temp = new TempFolder();
        var path = temp.Write("a.proto", content);
        var lines = File.ReadAllLines(path);
        var text = SourceText.Read(path);

        Assert.Equal(lines.Length, text.LineCount);
        foreach (var needle in new[] { "\"x\"", "\"/v1/{name}\"", "\"/v2\"", "\"/v1/ß\"", "\"/v1/x\"", "\"absent\"" })
        {
            var utf8 = Encoding.UTF8.GetBytes(needle);
            for (var line = 1; line <= lines.Length; line++)
            {
                Assert.Equal(lines[line - 1].IndexOf(needle, StringComparison.Ordinal), text.IndexOf(line, utf8));
            }
        }
    }
}
