using System.Text;
using ContractGen.Model;
using ContractGen.Model.Printing;
using ContractGen.Testing;

namespace ContractGen.Readers.Tests.Samples;

/// <summary>Loads the contracts under contracts/ through the real loader and prints them in the golden format.</summary>
internal static class SampleContracts
{
    /// <summary>Loads repository-relative files or folders as one model.</summary>
    public static LoadResult Load(params string[] repoRelativeInputs) =>
        new ContractLoader().Load(new LoadRequest
        {
            Inputs = repoRelativeInputs,
            BaseDirectory = RepoPaths.Root,
        }, TestContext.Current.CancellationToken);

    /// <summary>The payments proto files (every .proto in contracts/payments), as repository-relative paths.</summary>
    public static string[] PaymentsProtoFiles() =>
        Directory.GetFiles(Path.Combine(RepoPaths.Contracts, "payments"), "*.proto")
            .Select(Relative)
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToArray();

    /// <summary>ModelPrinter text with repository-relative paths, followed by every diagnostic (one per line).</summary>
    public static string Print(LoadResult result)
    {
        var sb = new StringBuilder(ModelPrinter.Print(result.Model, new PrintOptions { PathBase = RepoPaths.Root }));
        foreach (var d in result.Diagnostics)
        {
            var span = d.Span.File.Length == 0 ? d.Span : d.Span with { File = Relative(d.Span.File) };
            sb.Append("diagnostic ").Append((d with { Span = span }).ToString().Replace("\n", "\\n")).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>Errors, printed one per line (empty when there are none), for assertion messages.</summary>
    public static string Errors(LoadResult result) =>
        string.Join("\n", result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()));

    public static string Relative(string path) =>
        Path.IsPathRooted(path) ? Path.GetRelativePath(RepoPaths.Root, path).Replace('\\', '/') : path.Replace('\\', '/');
}
