using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;
using ContractGen.Testing;

namespace ContractGen.Breaking.Tests.Differential;

/// <summary>What <c>buf breaking --error-format json</c> said: the rule IDs of its findings (exit 100 when there are any).</summary>
internal sealed record BufVerdict(bool Breaking, IReadOnlySet<string> Rules);

/// <summary>
/// The pinned <c>buf</c> of tools/node (npm <c>@bufbuild/buf</c>), run on two images with an inline v2 config that uses
/// one category, so it needs neither a buf.yaml nor the network.
/// </summary>
internal sealed class BufBreaking
{
    private readonly string _executable;
    private readonly string _cache;

    private BufBreaking(string executable, string cache)
    {
        _executable = executable;
        _cache = cache;
    }

    /// <summary>The pinned buf; missing: fails in CI, skips locally (<see cref="RepoPaths.RequireInstalled"/>).</summary>
    public static BufBreaking Require(string cache)
    {
        var wrapper = RepoPaths.RequireInstalled(Path.Combine(RepoPaths.NodeTools, ".bin", "buf"), "scripts/setup-toolchains.sh (npm ci in tools/node installs @bufbuild/buf)");
        return new BufBreaking(NativeBinary() ?? wrapper, cache);
    }

    /// <summary>The platform binary the npm wrapper would start (same pinned version, without Node's start-up per run).</summary>
    private static string? NativeBinary()
    {
        var os = OperatingSystem.IsLinux() ? "linux" : OperatingSystem.IsMacOS() ? "darwin" : OperatingSystem.IsWindows() ? "win32" : null;
        var arch = RuntimeInformation.OSArchitecture switch { Architecture.X64 => "x64", Architecture.Arm64 => "arm64", _ => null };
        var path = os is null || arch is null ? null
            : Path.Combine(RepoPaths.NodeTools, "@bufbuild", $"buf-{os}-{arch}", "bin", OperatingSystem.IsWindows() ? "buf.exe" : "buf");
        return path is not null && File.Exists(path) ? path : null;
    }

    public BufVerdict Run(string currentImage, string previousImage, string category)
    {
        var run = ExternalProcess.Run(Directory.GetCurrentDirectory(), _executable,
            ["breaking", currentImage, "--against", previousImage, "--error-format", "json",
             "--config", $"{{\"version\":\"v2\",\"breaking\":{{\"use\":[\"{category}\"]}}}}"],
            new Dictionary<string, string?> { ["BUF_CACHE_DIR"] = _cache });
        Assert.True(run.ExitCode is 0 or 100, $"buf breaking exited with {run.ExitCode} on {currentImage}: {run.Err}");
        var stdout = run.Out;
        var rules = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(RuleOf).ToHashSet(StringComparer.Ordinal);
        return new BufVerdict(run.ExitCode == 100, rules);
    }

    private static string RuleOf(string jsonLine)
    {
        using var finding = JsonDocument.Parse(jsonLine);
        return finding.RootElement.GetProperty("type").GetString()!;
    }
}
