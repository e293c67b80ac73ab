using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using ContractGen.Testing;

namespace ContractGen.Breaking.Tests.Differential;

/// <summary>One change redocly rated: impact (major/minor/patch), its rule, and the JSON pointer of the change.</summary>
public sealed record RedoclyVerdict(string Impact, string Rule, string Pointer);

/// <summary>What <c>redocly diff --format json</c> said about one fixture: the spec versions it read and its verdicts.</summary>
public sealed record RedoclyReport(string SpecVersion, IReadOnlyList<RedoclyVerdict> Verdicts);

/// <summary>
/// Runs the pinned <c>redocly diff</c> (@redocly/cli 2.77.0 in tools/node) on fixtures, all of them at once in parallel
/// (one process per pair, as many at a time as there are cores), once per test run.
/// </summary>
public static class Redocly
{
    public const string Version = "2.77.0";

    private static readonly ConcurrentDictionary<string, Task<RedoclyReport>> Reports = new();

    public static string Executable => RepoPaths.RequireInstalled(
        Path.Combine(RepoPaths.NodeTools, ".bin", "redocly"), "scripts/setup-toolchains.sh (npm ci in tools/node: @redocly/cli)");

    private static readonly SemaphoreSlim Slots = new(Environment.ProcessorCount);

    /// <summary>Starts every case's diff on first use, so the theory cases after the first find theirs done.</summary>
    public static Task<RedoclyReport> Report(string area, string name, IEnumerable<(string Area, string Name)> all)
    {
        var exe = Executable;
        foreach (var (a, n) in all)
        {
            Reports.GetOrAdd(a + "/" + n, _ => Task.Run(() => RunAsync(exe, a, n)));
        }

        return Reports.GetOrAdd(area + "/" + name, _ => Task.Run(() => RunAsync(exe, area, name)));
    }

    // Not ExternalProcess.Run: the reports are computed once and shared by every test, so a run outlives the test
    // that started it and must not depend on that test's TestContext (its cancellation token is disposed with it).
    private static async Task<RedoclyReport> RunAsync(string exe, string area, string name)
    {
        var dir = FixtureRunner.CaseDir(area, name);
        var file = Directory.GetFiles(Path.Combine(dir, "previous")).Select(Path.GetFileName).Single()!;
        var start = new ProcessStartInfo(exe) { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "diff", $"previous/{file}", $"current/{file}", "--format", "json", "--fail-on", "none" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        await Slots.WaitAsync();
        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
            var text = await stdout;
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"redocly diff exited {process.ExitCode} on {area}/{name}:\n{text}{await stderr}");
            }

            return Parse(text);
        }
        finally
        {
            Slots.Release();
        }
    }

    public static RedoclyReport Parse(string json)
    {
        using var doc = JsonDocument.Parse(json[json.IndexOf('{')..]);
        var root = doc.RootElement;
        var verdicts = new List<RedoclyVerdict>();
        foreach (var change in root.GetProperty("changes").EnumerateArray())
        {
            var pointer = change.GetProperty("path").GetString() ?? "";
            foreach (var v in change.GetProperty("verdicts").EnumerateArray())
            {
                verdicts.Add(new RedoclyVerdict(v.GetProperty("impact").GetString()!, v.GetProperty("ruleId").GetString()!, pointer));
            }
        }

        return new RedoclyReport(root.GetProperty("specVersions").GetProperty("revision").GetString() ?? "", verdicts);
    }
}
