using System.Text;
using ContractGen.Model;
using ContractGen.Model.Printing;
using ContractGen.Testing;

namespace ContractGen.Readers.OpenApi.Tests;

/// <summary>
/// Reads <c>Cases/&lt;case&gt;/openapi.(yaml|json)</c> and prints the model (ModelPrinter, spans relative to the case
/// folder) followed by the diagnostics; the text is compared with <c>expected.txt</c> beside it.
/// </summary>
public static class CaseRunner
{
    public const string CasesFolder = "tests/ContractGen.Readers.OpenApi.Tests/Cases";

    public static string CaseDir(string name) => Path.Combine(RepoPaths.Root, CasesFolder, name);

    public static IEnumerable<string> CaseNames() =>
        Directory.GetDirectories(Path.Combine(RepoPaths.Root, CasesFolder))
            .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    public static string MainFile(string dir) =>
        new[] { "openapi.yaml", "openapi.yml", "openapi.json" }.Select(f => Path.Combine(dir, f)).FirstOrDefault(File.Exists)
        ?? Directory.GetFiles(dir, "openapi.*").Where(f => !f.EndsWith(".txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal).First();

    public static ReadResult Read(string dir, ReaderOptions? options = null) =>
        new OpenApiReader().Read([MainFile(dir)], options ?? new ReaderOptions());

    public static string Render(string dir, ReadResult result)
    {
        var sb = new StringBuilder();
        sb.Append(ModelPrinter.Print(result.Model, new PrintOptions { PathBase = dir }));
        sb.Append("--- diagnostics\n");
        foreach (var d in result.Diagnostics)
        {
            sb.Append(d).Append('\n');
        }

        return sb.ToString().Replace(dir + Path.DirectorySeparatorChar, "", StringComparison.Ordinal);
    }
}
