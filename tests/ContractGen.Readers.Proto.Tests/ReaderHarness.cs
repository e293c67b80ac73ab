using ContractGen.Model;
using ContractGen.Model.Printing;
using ContractGen.Testing;

namespace ContractGen.Readers.Proto.Tests;

/// <summary>Runs the reader and prints model + diagnostics as golden text with the case folder's paths made relative.</summary>
internal static class ReaderHarness
{
    public static string CasesDir => Path.Combine(RepoPaths.Root, "tests", "ContractGen.Readers.Proto.Tests", "Cases");

    public static ReadResult Read(IReadOnlyList<string> paths, ReaderOptions? options = null) =>
        new ProtoReader().Read(paths, options ?? new ReaderOptions(), TestContext.Current.CancellationToken);

    /// <summary>Reads a case folder: the folder itself, or the inputs and -I paths listed in its args.txt.</summary>
    public static ReadResult ReadCase(string dir)
    {
        var args = Path.Combine(dir, "args.txt");
        if (!File.Exists(args))
        {
            return Read([dir]);
        }

        var inputs = new List<string>();
        var includes = new List<string>();
        foreach (var line in File.ReadAllLines(args).Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            if (line.StartsWith("-I ", StringComparison.Ordinal))
            {
                includes.Add(Path.GetFullPath(Path.Combine(dir, line[3..].Trim())));
            }
            else
            {
                inputs.Add(Path.Combine(dir, line));
            }
        }

        return Read(inputs, new ReaderOptions { IncludePaths = includes });
    }

    public static string Print(ReadResult result, string baseDir)
    {
        var text = ModelPrinter.Print(result.Model, new PrintOptions { PathBase = baseDir });
        var diags = string.Concat(result.Diagnostics.Select(d => "diagnostic " + d + "\n"));
        return Relative(text + diags, baseDir);
    }

    public static string Relative(string text, string baseDir) =>
        text.Replace(baseDir.TrimEnd('/') + "/", "", StringComparison.Ordinal);
}
