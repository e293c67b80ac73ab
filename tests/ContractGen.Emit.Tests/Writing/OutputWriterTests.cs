using ContractGen.Emit.Writing;
using ContractGen.Testing;

namespace ContractGen.Emit.Tests.Writing;

public sealed class OutputWriterTests : IDisposable
{
    private readonly TempFolder _temp = new("cg-writer-");

    private string Root => _temp.Path;

    public void Dispose() => _temp.Dispose();

    private string Out => Path.Combine(Root, "out");

    [Theory]
    [InlineData("../escape.txt")]
    [InlineData("a/../../escape.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("a//b.txt")]
    [InlineData("./a.txt")]
    [InlineData("a\\..\\b.txt")]
    [InlineData("c:/x.txt")]
    [InlineData("")]
    [InlineData("a/\nb.txt")]
    [InlineData(".contractgen-manifest")]
    public void Refuses_names_outside_the_output_folder(string name)
    {
        var writer = new OutputWriter("1.0.0");
        Assert.Throws<UnsafeOutputPathException>(() =>
            writer.Write(Out, new[] { new GeneratedFile("ok.txt", "fine"), new GeneratedFile(name, "bad") }));
        Assert.False(File.Exists(Path.Combine(Out, "ok.txt")), "nothing is written when one name is unsafe");
        Assert.False(File.Exists(Path.Combine(Root, "escape.txt")));
    }

    [Fact]
    public void Refuses_to_write_through_a_symbolic_link()
    {
        var outside = Path.Combine(Root, "outside");
        Directory.CreateDirectory(outside);
        Directory.CreateDirectory(Out);
        Directory.CreateSymbolicLink(Path.Combine(Out, "link"), outside);
        var writer = new OutputWriter("1.0.0");
        Assert.Throws<UnsafeOutputPathException>(() => writer.Write(Out, new[] { new GeneratedFile("link/x.txt", "x") }));
        Assert.Empty(Directory.GetFiles(outside));
    }

    [Fact]
    public void Writes_lf_utf8_without_bom_and_a_sorted_manifest()
    {
        var writer = new OutputWriter("1.2.3");
        var report = writer.Write(Out, new[] { new GeneratedFile("b/z.txt", "one\r\ntwo\n"), new GeneratedFile("a.txt", "é\n") });
        Assert.Equal(new[] { "a.txt", "b/z.txt" }, report.Written);
        Assert.Equal("one\ntwo\n"u8.ToArray(), File.ReadAllBytes(Path.Combine(Out, "b", "z.txt")));
        Assert.Equal(new byte[] { 0xC3, 0xA9, 0x0A }, File.ReadAllBytes(Path.Combine(Out, "a.txt")));
        var manifest = File.ReadAllText(Path.Combine(Out, Manifest.FileName));
        Assert.Equal(
            "# contractgen manifest v1: files generated here (contractgen deletes only these)\ngenerator 1.2.3\nfile a.txt\nfile b/z.txt\n",
            manifest);
        Assert.Empty(Directory.GetFiles(Out, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void Deletes_only_its_own_stale_files_and_keeps_unchanged_files_untouched()
    {
        var writer = new OutputWriter("1.0.0");
        writer.Write(Out, new[]
        {
            new GeneratedFile("keep.txt", "k"), new GeneratedFile("old/stale.txt", "s"), new GeneratedFile("change.txt", "1"),
        });
        File.WriteAllText(Path.Combine(Out, "user.txt"), "mine");
        File.WriteAllText(Path.Combine(Out, "old", "user-note.txt"), "mine too");
        var keptTime = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(Path.Combine(Out, "keep.txt"), keptTime);

        var report = writer.Write(Out, new[] { new GeneratedFile("keep.txt", "k"), new GeneratedFile("change.txt", "2") });

        Assert.Equal(new[] { "old/stale.txt" }, report.Deleted);
        Assert.Equal(new[] { "change.txt" }, report.Written);
        Assert.Equal(new[] { "keep.txt" }, report.Unchanged);
        Assert.False(File.Exists(Path.Combine(Out, "old", "stale.txt")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(Out, "user.txt")));
        Assert.Equal("mine too", File.ReadAllText(Path.Combine(Out, "old", "user-note.txt")));
        Assert.Equal(keptTime, File.GetLastWriteTimeUtc(Path.Combine(Out, "keep.txt")));
    }

    [Fact]
    public void Removes_folders_its_stale_files_leave_empty()
    {
        var writer = new OutputWriter("1.0.0");
        writer.Write(Out, new[] { new GeneratedFile("a/b/c.txt", "c"), new GeneratedFile("x.txt", "x") });
        writer.Write(Out, new[] { new GeneratedFile("x.txt", "x") });
        Assert.False(Directory.Exists(Path.Combine(Out, "a")));
    }

    [Fact]
    public void A_tampered_manifest_never_deletes_outside_the_output_folder()
    {
        var victim = Path.Combine(Root, "victim.txt");
        Directory.CreateDirectory(Out);
        File.WriteAllText(victim, "precious");
        File.WriteAllText(Path.Combine(Out, Manifest.FileName), "generator 0\nfile ../victim.txt\nfile " + victim + "\n");
        new OutputWriter("1.0.0").Write(Out, new[] { new GeneratedFile("x.txt", "x") });
        Assert.True(File.Exists(victim));
    }

    [Fact]
    public void Two_files_with_the_same_name_are_refused()
    {
        var writer = new OutputWriter("1.0.0");
        Assert.Throws<InvalidOperationException>(() =>
            writer.Write(Out, new[] { new GeneratedFile("a.txt", "1"), new GeneratedFile("a.txt", "2") }));
    }
}
