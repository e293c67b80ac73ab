using ContractGen.Model;
using ContractGen.Testing;

namespace ContractGen.Readers.OpenApi.Tests;

/// <summary>Hostile input never throws: every cut of a valid document, and byte garbage, give diagnostics only.</summary>
public sealed class RobustnessTests
{
    [Theory]
    [InlineData("v30-petstore", "openapi.yaml")]
    [InlineData("v31-features", "openapi.json")]
    public void Every_truncation_reports_located_diagnostics_and_never_throws(string name, string file)
    {
        var source = File.ReadAllBytes(Path.Combine(CaseRunner.CaseDir(name), file));
        using var dir = new TempFolder("cg-openapi-");
        var path = Path.Combine(dir.Path, file);
        var step = Math.Max(1, source.Length / 60);
        for (var cut = 1; cut < source.Length; cut += step)
        {
            File.WriteAllBytes(path, source.AsSpan(0, cut).ToArray());
            var result = new OpenApiReader().Read([path], new ReaderOptions(), TestContext.Current.CancellationToken);
            Assert.All(result.Diagnostics, d => Assert.StartsWith("CG2", d.Code));
            Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.LibraryFailure);
        }
    }

    [Fact]
    public void Random_bytes_give_a_syntax_error()
    {
        using var dir = new TempFolder("cg-openapi-");
        var random = new Random(42);
        for (var i = 0; i < 20; i++)
        {
            var bytes = new byte[200 + i];
            random.NextBytes(bytes);
            var path = Path.Combine(dir.Path, i % 2 == 0 ? "x.json" : "x.yaml");
            File.WriteAllBytes(path, bytes);
            var result = new OpenApiReader().Read([path], new ReaderOptions(), TestContext.Current.CancellationToken);
            Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Error && d.Span.Line > 0);
        }
    }

    [Fact]
    public void Missing_file_is_a_diagnostic_whose_message_names_no_path()
    {
        using var dir = new TempFolder("cg-openapi-");
        AssertUnreadable(Path.Combine(dir.Path, "nowhere", "openapi.yaml"), "cannot read the file: not found (a folder on the path is missing or is a file)");
        AssertUnreadable(Path.Combine(dir.Path, "openapi.yaml"), "cannot read the file: not found");
    }

    [Fact]
    public void Folder_given_as_a_file_is_a_diagnostic_whose_message_names_no_path()
    {
        using var dir = new TempFolder("cg-openapi-");
        Directory.CreateDirectory(Path.Combine(dir.Path, "api.yaml"));
        AssertUnreadable(Path.Combine(dir.Path, "api.yaml"), "cannot read the file: it is a folder");
    }

    [Fact]
    public void Unreadable_file_is_a_diagnostic_whose_message_names_no_path()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "needs /proc/self/mem, a file that exists but cannot be read from its start");
        using var dir = new TempFolder("cg-openapi-");
        var path = Path.Combine(dir.Path, "openapi.yaml");
        File.CreateSymbolicLink(path, "/proc/self/mem");
        AssertUnreadable(path, "cannot read the file: Input/output error : 'openapi.yaml'");
    }

    private static void AssertUnreadable(string path, string message)
    {
        var result = new OpenApiReader().Read([path], new ReaderOptions(), TestContext.Current.CancellationToken);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.Unreadable, d.Code);
        Assert.Equal(path, d.Span.File);
        Assert.Equal(message, d.Message);
    }

    [Fact]
    public void Deep_schema_nesting_below_the_limit_maps_without_overflow()
    {
        var depth = 120;
        var schema = string.Concat(Enumerable.Repeat("{\"type\":\"object\",\"properties\":{\"n\":", depth)) + "{\"type\":\"string\"}" + new string('}', depth * 2);
        var json = "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"deep\",\"version\":\"1\"},\"paths\":{},\"components\":{\"schemas\":{\"Deep\":" + schema + "}}}";
        using var dir = new TempFolder("cg-openapi-");
        var path = Path.Combine(dir.Path, "deep.json");
        File.WriteAllText(path, json);
        var result = new OpenApiReader().Read([path], new ReaderOptions(), TestContext.Current.CancellationToken);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(depth, result.Model.Types.Length);
    }
}
