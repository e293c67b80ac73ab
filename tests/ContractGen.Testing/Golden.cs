using System.Text;
using Xunit;

namespace ContractGen.Testing;

/// <summary>
/// Golden files: compares text with a committed file. Set CONTRACTGEN_UPDATE_GOLDENS=1 to rewrite the files
/// instead (then read the diff before committing). Line endings are normalised to LF.
/// </summary>
public static class Golden
{
    public static bool Updating =>
        Environment.GetEnvironmentVariable("CONTRACTGEN_UPDATE_GOLDENS") is "1" or "true";

    /// <summary>Asserts <paramref name="actual"/> equals the file at <paramref name="goldenPath"/> (relative to the repo root or absolute).</summary>
    public static void Assert(string goldenPath, string actual)
    {
        var path = Path.IsPathRooted(goldenPath) ? goldenPath : Path.Combine(RepoPaths.Root, goldenPath);
        actual = Normalize(actual);
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            if (!File.Exists(path) || Normalize(File.ReadAllText(path)) != actual)
            {
                File.WriteAllText(path, actual, new UTF8Encoding(false));
            }

            return;
        }

        if (!File.Exists(path))
        {
            Xunit.Assert.Fail($"Golden file {goldenPath} does not exist. Run with CONTRACTGEN_UPDATE_GOLDENS=1 to create it, then review it.");
        }

        var expected = Normalize(File.ReadAllText(path));
        if (expected != actual)
        {
            Xunit.Assert.Fail($"Output differs from golden {goldenPath}.\n{FirstDifference(expected, actual)}\nRun with CONTRACTGEN_UPDATE_GOLDENS=1 to accept, then review the diff.");
        }
    }

    /// <summary>Compares a whole generated folder with a golden folder: same file names, same bytes.</summary>
    public static void AssertDirectory(string goldenDir, string actualDir)
    {
        var path = Path.IsPathRooted(goldenDir) ? goldenDir : Path.Combine(RepoPaths.Root, goldenDir);
        var actualFiles = Directory.GetFiles(actualDir, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(actualDir, f).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal).ToList();
        if (Updating)
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, true);
            }

            foreach (var f in actualFiles)
            {
                var target = Path.Combine(path, f);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(Path.Combine(actualDir, f), target);
            }

            return;
        }

        Xunit.Assert.True(Directory.Exists(path), $"Golden folder {goldenDir} does not exist. Run with CONTRACTGEN_UPDATE_GOLDENS=1.");
        var expectedFiles = Directory.GetFiles(path, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(path, f).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal).ToList();
        Xunit.Assert.Equal(expectedFiles, actualFiles);
        foreach (var f in actualFiles)
        {
            var expected = Normalize(File.ReadAllText(Path.Combine(path, f)));
            var actual = Normalize(File.ReadAllText(Path.Combine(actualDir, f)));
            if (expected != actual)
            {
                Xunit.Assert.Fail($"{goldenDir}/{f} differs.\n{FirstDifference(expected, actual)}");
            }
        }
    }

    private static string Normalize(string s) => s.Replace("\r\n", "\n");

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end of file>";
            var al = i < a.Length ? a[i] : "<end of file>";
            if (el != al)
            {
                return $"First difference at line {i + 1}:\n  expected: {el}\n  actual:   {al}";
            }
        }

        return "(no line difference; whitespace at end?)";
    }
}
