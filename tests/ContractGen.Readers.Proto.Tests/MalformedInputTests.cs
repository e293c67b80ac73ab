using ContractGen.Model;
using ContractGen.Testing;

namespace ContractGen.Readers.Proto.Tests;

/// <summary>
/// Hostile and broken input: every case gives located CG1xxx (or CG14xx template) diagnostics and never an exception.
/// Folder cases under Malformed/ are golden-tested like the good cases.
/// </summary>
public sealed class MalformedInputTests
{
    private static string MalformedDir => Path.Combine(RepoPaths.Root, "tests", "ContractGen.Readers.Proto.Tests", "Malformed");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(MalformedDir).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Malformed_case_reports_located_diagnostics(string name)
    {
        var dir = Path.Combine(MalformedDir, name);
        var result = ReaderHarness.Read([dir]);
        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d => Assert.StartsWith("CG1", d.Code, StringComparison.Ordinal));
        Assert.All(result.Diagnostics, d => Assert.NotEqual("", d.Span.File));
        Assert.Contains(result.Diagnostics, d => d.Span.Line > 0);
        Golden.Assert(Path.Combine(dir, "expected.txt"), ReaderHarness.Print(result, dir));
    }

    [Fact]
    public void Missing_file_is_a_located_error()
    {
        var missing = Path.Combine(MalformedDir, "no-such-file.proto");
        var result = ReaderHarness.Read([missing]);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(ProtoCodes.InputNotFound, d.Code);
        Assert.Equal(missing, d.Span.File);
        Assert.Equal("cannot read the file: not found", d.Message);
        Assert.Empty(result.Model.Documents);
    }

    [Fact]
    public void Unreadable_descriptor_set_is_located_by_its_span_and_the_message_names_no_path()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "needs /proc/self/mem, a file that exists but cannot be read from its start");
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "image.binpb");
        File.CreateSymbolicLink(path, "/proc/self/mem");

        var result = ReaderHarness.Read([path]);

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(ProtoCodes.InputNotFound, d.Code);
        Assert.Equal(path, d.Span.File);
        Assert.Equal("cannot read the descriptor set: Input/output error : 'image.binpb'", d.Message);
    }

    [Fact]
    public void Unsupported_extension_and_missing_include_path_are_reported()
    {
        using var temp = new TempFolder();
        var txt = temp.Write("notes.txt", "hello");
        var result = ReaderHarness.Read([txt], new ReaderOptions { IncludePaths = [Path.Combine(temp.Path, "nope")] });
        Assert.Equal([ProtoCodes.UnsupportedInput, ProtoCodes.IncludePathNotFound], result.Diagnostics.Select(d => d.Code).Order().ToArray());
    }

    [Theory]
    [InlineData("garbage.binpb", new byte[] { 0xff, 0xff, 0xff, 0xff, 0x0f, 0x12, 0x34 })]
    [InlineData("empty.pb", new byte[0])]
    [InlineData("text.binpb", new byte[] { (byte)'s', (byte)'y', (byte)'n', (byte)'t', (byte)'a', (byte)'x' })]
    public void Garbage_descriptor_set_is_a_located_error(string name, byte[] bytes)
    {
        using var temp = new TempFolder();
        var path = temp.Write(name, bytes);
        var result = ReaderHarness.Read([path]);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(ProtoCodes.BadDescriptorSet, d.Code);
        Assert.Equal(path, d.Span.File);
    }

    [Fact]
    public void Protoc_override_that_does_not_exist_is_reported()
    {
        var result = ReaderHarness.Read([Path.Combine(ReaderHarness.CasesDir, "proto3")], new ReaderOptions { ProtocPath = "/no/such/protoc" });
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(ProtoCodes.ProtocUnavailable, d.Code);
    }

    [Fact]
    public void Protoc_override_that_is_not_protoc_gives_diagnostics_not_exceptions()
    {
        using var temp = new TempFolder();
        var fake = temp.Write("fake-protoc", "not an executable");
        var result = ReaderHarness.Read([Path.Combine(ReaderHarness.CasesDir, "proto3")], new ReaderOptions { ProtocPath = fake });
        Assert.Contains(result.Diagnostics, d => d.Code is ProtoCodes.ProtocUnavailable or ProtoCodes.ProtocFailed);
        Assert.All(result.Diagnostics, d => Assert.DoesNotContain(Path.GetTempPath().TrimEnd('/'), d.Message.Replace(fake, "<protoc>"), StringComparison.Ordinal));
        Assert.Empty(result.Model.Types);
    }
}
