using System.Text;
using ContractGen.Model;
using ContractGen.Model.Printing;

namespace ContractGen.Readers.AsyncApi.Tests;

/// <summary>Reads documents with the AsyncAPI reader and prints model + diagnostics with paths relative to a base folder.</summary>
internal static class ReaderHarness
{
    public static ReadResult Read(string root, params string[] files) =>
        new AsyncApiReader().Read(files.Select(f => Path.Combine(root, f)).ToList(), new ReaderOptions { Root = root });

    public static string Print(ReadResult result, string baseDir)
    {
        var prefix = Path.TrimEndingDirectorySeparator(baseDir) + Path.DirectorySeparatorChar;
        var sb = new StringBuilder();
        sb.Append(ModelPrinter.Print(result.Model, new PrintOptions { PathBase = baseDir }).Replace(prefix.Replace('\\', '/'), "", StringComparison.Ordinal));
        sb.Append("# diagnostics\n");
        foreach (var d in result.Diagnostics)
        {
            sb.Append(d.ToString().Replace(prefix, "", StringComparison.Ordinal).Replace('\\', '/')).Append('\n');
        }

        return sb.ToString();
    }

    public static string Describe(IEnumerable<Diagnostic> diagnostics) => string.Join("\n", diagnostics.Select(d => d.ToString()));
}
