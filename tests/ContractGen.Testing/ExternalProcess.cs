using System.Diagnostics;
using Xunit;

namespace ContractGen.Testing;

/// <summary>What a program run out of process printed, and how it exited.</summary>
public sealed record ProcessRun(int ExitCode, string Out, string Err)
{
    /// <summary>Standard output followed by standard error: a toolchain's whole report.</summary>
    public string Output => Out + Err;

    /// <summary>Fails with the whole output unless the program exited 0.</summary>
    public void AssertSuccess(string what) => Assert.True(ExitCode == 0, $"{what} failed (exit {ExitCode}):\n{Output}");
}

/// <summary>
/// Runs programs out of process (the built tool, git, dotnet, bash scripts, the language toolchains) with captured
/// output. A program that does not exit in time is killed and fails the test; a missing toolchain fails in CI and
/// skips elsewhere, saying so (<see cref="Require"/>).
/// </summary>
public static class ExternalProcess
{
    /// <summary>The contractgen executable built with this test assembly's configuration (bin/&lt;Configuration&gt;/net10.0).</summary>
    public static string BuiltTool()
    {
        var name = OperatingSystem.IsWindows() ? "contractgen.exe" : "contractgen";
        var built = Path.Combine(RepoPaths.Root, "src", "ContractGen.Cli", "bin", Configuration, "net10.0", name);
        return File.Exists(built) ? built : Path.Combine(AppContext.BaseDirectory, name);
    }

    /// <summary>Debug or Release: the configuration this test assembly was built with.</summary>
    public static string Configuration =>
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    /// <summary>The full path of <paramref name="tool"/> (a name looked up on PATH, or a full path), or a skip/fail when it is missing.</summary>
    public static string Require(string tool, string installHint)
    {
        if (!Path.IsPathRooted(tool))
        {
            foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
            {
                var candidate = Path.Combine(dir, tool);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return RepoPaths.RequireInstalled(tool, installHint);
    }

    /// <summary>Runs to the end with stdout and stderr captured apart. CONTRACTGEN_DEBUG is removed from the environment.</summary>
    public static ProcessRun Run(string workingDirectory, string fileName, IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string?>? environment = null, int timeoutSeconds = 600)
    {
        var args = arguments.ToList();
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        info.Environment.Remove("CONTRACTGEN_DEBUG");
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        if (!process.WaitForExit(TimeSpan.FromSeconds(timeoutSeconds)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{fileName} {string.Join(' ', args)} did not exit within {timeoutSeconds} s");
        }

        return new ProcessRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Runs and requires exit 0, failing with the whole output otherwise.</summary>
    public static ProcessRun Succeed(string workingDirectory, string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var args = arguments.ToList();
        var run = Run(workingDirectory, fileName, args, environment);
        Assert.True(run.ExitCode == 0, $"{fileName} {string.Join(' ', args)} exited {run.ExitCode}:\n{run.Out}\n{run.Err}");
        return run;
    }
}
