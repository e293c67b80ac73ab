using Xunit;

namespace ContractGen.Testing;

/// <summary>Where the repository, its contracts and ../shared are, found from the test binary's folder.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootLazy = new(FindRoot);

    public static string Root => RootLazy.Value;

    public static string Contracts => Path.Combine(Root, "contracts");

    public static string Templates => Path.Combine(Root, "templates");

    public static string Tests => Path.Combine(Root, "tests");

    /// <summary>../shared beside the repository (CONTRACTGEN_SHARED overrides).</summary>
    public static string Shared =>
        Environment.GetEnvironmentVariable("CONTRACTGEN_SHARED") is { Length: > 0 } s
            ? Path.GetFullPath(s)
            : Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>Where the project's npm-installed tools and corpora live (scripts/setup-toolchains.sh fills it).</summary>
    public static string NodeTools => Path.Combine(Root, "tools", "node", "node_modules");

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Returns the path of something under ../shared. When ../shared is missing: in CI the test fails,
    /// elsewhere it is skipped with a message saying so.
    /// </summary>
    public static string RequireShared(params string[] parts)
    {
        var path = Path.Combine(new[] { Shared }.Concat(parts).ToArray());
        if (File.Exists(path) || Directory.Exists(path))
        {
            return path;
        }

        var message = $"../shared is missing ({path}); this test needs it.";
        if (IsCi)
        {
            Assert.Fail(message + " In CI ../shared must be present.");
        }

        Assert.Skip(message);
        return path;
    }

    /// <summary>
    /// Returns a path installed by the project's setup scripts (npm corpora, toolchains). Missing: fails in CI,
    /// skips elsewhere with the command that installs it.
    /// </summary>
    public static string RequireInstalled(string path, string installHint)
    {
        if (File.Exists(path) || Directory.Exists(path))
        {
            return path;
        }

        var message = $"{path} is not installed; run {installHint}.";
        if (IsCi)
        {
            Assert.Fail(message);
        }

        Assert.Skip(message);
        return path;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            if (File.Exists(Path.Combine(dir.FullName, "contractgen.sln")))
            {
                return dir.FullName;
            }

            dir = dir.Parent;
        }

        throw new InvalidOperationException("contractgen.sln not found above " + AppContext.BaseDirectory);
    }
}
