using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ContractGen.Breaking.Output;
using ContractGen.Model;
using ContractGen.Readers;
using ContractGen.Testing;

namespace ContractGen.Breaking.Tests;

/// <summary>
/// Runs one fixture: <c>Fixtures/&lt;area&gt;/&lt;CASE&gt;/{previous,current}/…</c> are read with the real readers and compared;
/// the text report (paths relative to the case folder) must equal <c>expected.txt</c>. A case named after a rule must
/// produce at least one finding of that rule. <c>options.txt</c> (optional) holds <c>key: value</c> lines
/// (use, except, ignore, ignore_elements, ignore_unstable, deprecate_before_remove, level RULE).
/// </summary>
public static partial class FixtureRunner
{
    public const string Folder = "tests/ContractGen.Breaking.Tests/Fixtures";

    public static TheoryData<string> Cases(string area) => new(Names(area));

    /// <summary>The case folders of an area, sorted.</summary>
    public static IEnumerable<string> Names(string area) =>
        Directory.GetDirectories(Path.Combine(RepoPaths.Root, Folder, area)).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal);

    public static (LoadResult Previous, LoadResult Current) Load(string caseDir)
    {
        var loader = new ContractLoader();
        LoadResult Side(string name) => loader.Load(new LoadRequest { Inputs = [Path.Combine(caseDir, name)], BaseDirectory = caseDir });
        return (Side("previous"), Side("current"));
    }

    public static string CaseDir(string area, string name) => Path.Combine(RepoPaths.Root, Folder, area, name);

    /// <summary>Reads both sides of a case and compares them with the case's options; paths relative to the case folder.</summary>
    public static BreakingResult Compare(string area, string name)
    {
        var caseDir = CaseDir(area, name);
        var (previous, current) = Load(caseDir);
        return Relative(Compare(caseDir, previous, current), caseDir);
    }

    public static void Run(string area, string name)
    {
        var shown = RunFolder($"{Folder}/{area}/{name}");
        if (RuleCatalog.Find(name) is not null)
        {
            Assert.Contains(shown.Findings, f => f.Rule == name);
        }
    }

    /// <summary>Compares <c>previous/</c> with <c>current/</c> of a case folder (relative to the repository) against its <c>expected.txt</c>.</summary>
    public static BreakingResult RunFolder(string folder)
    {
        var caseDir = Path.Combine(RepoPaths.Root, folder);
        var (previous, current) = Load(caseDir);
        var shown = Relative(Compare(caseDir, previous, current), caseDir);
        Golden.Assert($"{folder}/expected.txt", new TextFormatter().Format(shown));
        return shown;
    }

    /// <summary>Runs the engine with the case's options.txt; both sides must have loaded without errors.</summary>
    public static BreakingResult Compare(string caseDir, LoadResult previous, LoadResult current)
    {
        var problems = previous.Diagnostics.Concat(current.Diagnostics).Where(d => d.Severity == Severity.Error).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        var options = ReadOptions(Path.Combine(caseDir, "options.txt"));
        return BreakingEngine.Run(previous.Model, current.Model, options, Path.Combine(caseDir, "previous"), Path.Combine(caseDir, "current"));
    }

    public static BreakingResult Relative(BreakingResult result, string caseDir) =>
        new([.. result.Findings.Select(f => f with { Location = f.Location with { File = Rel(caseDir, f.Location.File) } })]);

    private static string Rel(string root, string file) =>
        file.Length == 0 ? file : Path.GetRelativePath(root, Path.GetFullPath(file, root)).Replace('\\', '/');

    public static BreakingOptions ReadOptions(string path)
    {
        var options = BreakingOptions.Default;
        if (!File.Exists(path))
        {
            return options;
        }

        foreach (var line in File.ReadAllLines(path).Where(l => l.Contains(':') && !l.StartsWith('#')))
        {
            var key = line[..line.IndexOf(':')].Trim();
            var value = line[(line.IndexOf(':') + 1)..].Trim();
            ImmutableArray<string> List() => [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
            options = key switch
            {
                "use" => options with { Use = List() },
                "except" => options with { Except = List() },
                "ignore" => options with { IgnorePaths = List() },
                "ignore_elements" => options with { IgnoreElements = List() },
                "ignore_unstable" => options with { IgnoreUnstablePackages = value == "true" },
                "deprecate_before_remove" => options with { DeprecateBeforeRemove = value == "true" },
                _ when LevelKey().Match(key) is { Success: true } m =>
                    options with { Levels = options.Levels.SetItem(m.Groups[1].Value, value == "off" ? null : Enum.Parse<RuleLevel>(value, ignoreCase: true)) },
                _ => throw new InvalidDataException($"{path}: unknown option '{key}'"),
            };
        }

        return options;
    }

    [GeneratedRegex("^level ([A-Z0-9_]+)$")]
    private static partial Regex LevelKey();
}

public sealed class ProtoFixtures
{
    public static TheoryData<string> Cases => FixtureRunner.Cases("proto");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fixture(string name) => FixtureRunner.Run("proto", name);
}

public sealed class OpenApiFixtures
{
    public static TheoryData<string> Cases => FixtureRunner.Cases("openapi");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fixture(string name) => FixtureRunner.Run("openapi", name);
}

public sealed class AsyncApiFixtures
{
    public static TheoryData<string> Cases => FixtureRunner.Cases("asyncapi");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fixture(string name) => FixtureRunner.Run("asyncapi", name);
}

/// <summary>Cases with several formats in one folder (also the input of the output-format goldens).</summary>
public sealed class MixedFixtures
{
    public static TheoryData<string> Cases => FixtureRunner.Cases("mixed");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fixture(string name) => FixtureRunner.Run("mixed", name);
}
