using ContractGen.Model;
using ContractGen.Readers.Proto.Mapping;
using ContractGen.Testing;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace ContractGen.Readers.Proto.Tests.Decoding;

/// <summary>
/// DescriptorSetLoader.ParseLazily against Google.Protobuf's full parse: the same files, the same locations and comments
/// (the full parse's SourceCodeInfo and the old string-based comment cleaning are the oracle), and the same
/// diagnostics when the bytes are irregular.
/// </summary>
public sealed class LazyDecodingTests
{
    private static byte[] PaymentsSet()
    {
        var dir = Path.Combine(RepoPaths.Root, "contracts", "payments");
        var files = Directory.GetFiles(dir, "*.proto").Order(StringComparer.Ordinal).ToList();
        var compilation = ProtoReader.Compile(files, new ReaderOptions());
        Assert.NotNull(compilation.DescriptorSet);
        return compilation.DescriptorSet;
    }

    [Fact]
    public void Lazy_decoding_gives_the_full_parse_without_source_info()
    {
        var bytes = PaymentsSet();
        var full = DescriptorSetLoader.Parse(bytes, "set", new DiagnosticBag())!;
        var lazy = DescriptorSetLoader.ParseLazily(bytes, "set", new DiagnosticBag())!;
        Assert.Equal(full.File.Count, lazy.Set.File.Count);
        for (var i = 0; i < full.File.Count; i++)
        {
            var expected = full.File[i].Clone();
            Assert.NotNull(expected.SourceCodeInfo);
            Assert.Equal(expected.SourceCodeInfo.ToByteArray(), lazy.SourceInfo[i].ToArray());
            expected.SourceCodeInfo = null;
            Assert.Equal(expected, lazy.Set.File[i]);
        }
    }

    [Fact]
    public void Locations_and_comments_match_the_decoded_source_info()
    {
        var bytes = PaymentsSet();
        var full = DescriptorSetLoader.Parse(bytes, "set", new DiagnosticBag())!;
        var lazy = DescriptorSetLoader.ParseLazily(bytes, "set", new DiagnosticBag())!;
        var checkedDocs = 0;
        for (var i = 0; i < full.File.Count; i++)
        {
            var index = SourceIndex.FromBytes("f.proto", lazy.SourceInfo[i]);
            var first = new Dictionary<string, SourceCodeInfo.Types.Location>(StringComparer.Ordinal);
            foreach (var loc in full.File[i].SourceCodeInfo.Location)
            {
                first.TryAdd(string.Join('.', loc.Path), loc);
            }

            foreach (var (path, loc) in first)
            {
                Assert.True(index.Has(path), path);
                Assert.Equal(new SourceSpan("f.proto", loc.Span[0] + 1, loc.Span[1] + 1), index.Span(path));
                Assert.Equal((loc.Span[0] + 1, (loc.Span.Count == 4 ? loc.Span[2] : loc.Span[0]) + 1), index.Lines(path));
                var leading = OldClean(loc.LeadingComments);
                var trailing = OldClean(loc.TrailingComments);
                var text = leading is null ? trailing : trailing is null ? leading : leading + "\n" + trailing;
                Assert.Equal(text, index.Docs(path).Description);
                checkedDocs += text is null ? 0 : 1;
            }

            Assert.False(index.Has("4.999.2.7"));
            Assert.Equal(new SourceSpan("f.proto", 0, 0), index.Span("4.999"));
        }

        Assert.True(checkedDocs > 10, $"only {checkedDocs} documented elements");
    }

    [Fact]
    public void Comments_are_cleaned_like_before()
    {
        var info = new SourceCodeInfo();
        string[] comments = [" a\r\n  b  \n\n", "\n\n x\r\r\n y\r", " \t ", "  lead\n\ttab\n \n", "\u00e9t\u00e9 \u2003\n"];
        for (var i = 0; i < comments.Length; i++)
        {
            info.Location.Add(new SourceCodeInfo.Types.Location { Path = { 4, i }, Span = { i, 0, 1 }, LeadingComments = comments[i], TrailingComments = comments[^(i + 1)] });
        }

        var index = SourceIndex.FromBytes("f.proto", info.ToByteArray());
        for (var i = 0; i < comments.Length; i++)
        {
            var leading = OldClean(comments[i]);
            var trailing = OldClean(comments[^(i + 1)]);
            var text = leading is null ? trailing : trailing is null ? leading : leading + "\n" + trailing;
            Assert.Equal(text, index.Docs($"4.{i}").Description);
        }
    }

    [Fact]
    public void A_repeated_source_info_field_merges_like_the_full_parse()
    {
        var file = new FileDescriptorProto { Name = "a.proto", Package = "p" };
        var first = new SourceCodeInfo { Location = { new SourceCodeInfo.Types.Location { Path = { 2 }, Span = { 0, 0, 9 }, LeadingComments = " one" } } };
        var second = new SourceCodeInfo { Location = { new SourceCodeInfo.Types.Location { Path = { 2 }, Span = { 5, 5, 9 } }, new SourceCodeInfo.Types.Location { Path = { 12 }, Span = { 1, 2, 3 } } } };
        var fileBytes = Concat(file.ToByteArray(), Field(9, first.ToByteArray()), Field(9, second.ToByteArray()));
        var set = Field(1, fileBytes);

        var full = DescriptorSetLoader.Parse(set, "set", new DiagnosticBag())!;
        var lazy = DescriptorSetLoader.ParseLazily(set, "set", new DiagnosticBag())!;
        Assert.Equal(3, full.File[0].SourceCodeInfo.Location.Count);
        var index = SourceIndex.FromBytes("a.proto", lazy.SourceInfo[0]);
        Assert.Equal(new SourceSpan("a.proto", 1, 1), index.Span("2"));
        Assert.Equal("one", index.Docs("2").Description);
        Assert.Equal(new SourceSpan("a.proto", 2, 3), index.Span("12"));
        Assert.Null(lazy.Set.File[0].SourceCodeInfo);
        Assert.Equal("p", lazy.Set.File[0].Package);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("garbage")]
    [InlineData("bad source info")]
    [InlineData("unknown top-level field")]
    public void Irregular_bytes_give_the_full_parse_result(string kind)
    {
        var good = PaymentsSet();
        var bytes = kind switch
        {
            "truncated" => good[..(good.Length / 2)],
            "garbage" => [0x0A, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F, 0x01],
            "bad source info" => Field(1, Concat(new FileDescriptorProto { Name = "a.proto" }.ToByteArray(), Field(9, [0x0A, 0x05, 0x0A, 0x09]))),
            _ => Concat(good, [0x10, 0x01]),
        };

        var fullDiagnostics = new DiagnosticBag();
        var full = DescriptorSetLoader.Parse(bytes, "set", fullDiagnostics);
        var lazyDiagnostics = new DiagnosticBag();
        var lazy = DescriptorSetLoader.ParseLazily(bytes, "set", lazyDiagnostics);
        Assert.Equal(full is null, lazy is null);
        Assert.Equal(fullDiagnostics.ToImmutableSorted().Select(d => d.ToString()), lazyDiagnostics.ToImmutableSorted().Select(d => d.ToString()));
        if (full is not null)
        {
            Assert.Equal(full.File.Select(f => f.Name), lazy!.Set.File.Select(f => f.Name));
        }
    }

    /// <summary>The cleaning the reader did before comments were decoded lazily (string operations), kept as the oracle.</summary>
    private static string? OldClean(string? comment)
    {
        if (string.IsNullOrWhiteSpace(comment))
        {
            return null;
        }

        var lines = comment.Replace("\r\n", "\n").Split('\n').Select(l => l.StartsWith(' ') ? l[1..] : l).Select(l => l.TrimEnd());
        return string.Join('\n', lines).Trim('\n');
    }

    private static byte[] Field(int number, byte[] payload)
    {
        using var stream = new MemoryStream();
        var output = new CodedOutputStream(stream);
        output.WriteTag(number, WireFormat.WireType.LengthDelimited);
        output.WriteBytes(ByteString.CopyFrom(payload));
        output.Flush();
        return stream.ToArray();
    }

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();
}
