using System.Diagnostics;
using ContractGen.Testing;

namespace ContractGen.Cli.Tests;

/// <summary>Runs programs out of process (the built tool, git, dotnet, bash scripts) with captured output.</summary>
internal static class ExternalProcess
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

    /// <summary>Runs to the end: stdout into <see cref="CliRun.Out"/>, stderr into <see cref="CliRun.Err"/>. CONTRACTGEN_DEBUG is removed.</summary>
    public static CliRun Run(string workingDirectory, string fileName, IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string?>? environment = null, int timeoutSeconds = 600)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in arguments)
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
            Assert.Fail($"{fileName} {string.Join(' ', arguments)} did not exit within {timeoutSeconds} s");
        }

        return new CliRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Runs and requires exit 0, failing with the whole output otherwise.</summary>
    public static CliRun Succeed(string workingDirectory, string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var args = arguments.ToList();
        var run = Run(workingDirectory, fileName, args, environment);
        Assert.True(run.ExitCode == 0, $"{fileName} {string.Join(' ', args)} exited {run.ExitCode}:\n{run.Out}\n{run.Err}");
        return run;
    }
}
