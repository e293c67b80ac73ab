using System.Diagnostics;
using ContractGen.Testing;

namespace ContractGen.Emit.Tests.Harness;

/// <summary>Runs a real toolchain in a folder; a missing tool fails in CI and skips elsewhere, saying so.</summary>
public static class Toolchain
{
    public sealed record Run(int ExitCode, string Output)
    {
        public void AssertSuccess(string what)
        {
            Assert.True(ExitCode == 0, $"{what} failed (exit {ExitCode}):\n{Output}");
        }
    }

    /// <summary>The full path of <paramref name="tool"/> on PATH, or a skip/fail when it is missing.</summary>
    public static string Require(string tool, string installHint)
    {
        if (Path.IsPathRooted(tool))
        {
            return RepoPaths.RequireInstalled(tool, installHint);
        }

        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(dir, tool);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return RepoPaths.RequireInstalled(tool, installHint);
    }

    public static Run Exec(string workingDirectory, string fileName, IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null, int timeoutSeconds = 600)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeoutSeconds * 1000))
        {
            process.Kill(entireProcessTree: true);
            return new Run(-1, $"timed out after {timeoutSeconds}s\n{stdout.Result}{stderr.Result}");
        }

        return new Run(process.ExitCode, stdout.Result + stderr.Result);
    }
}
