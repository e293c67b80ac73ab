using ContractGen.Testing;

namespace ContractGen.Cli.Tests;

/// <summary>A temporary git repository for `--against REF` tests (git from PATH; commits with a fixed identity and date).</summary>
internal sealed class GitRepo : IDisposable
{
    private static readonly string[] Identity = ["-c", "user.name=test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false"];

    private static readonly Dictionary<string, string?> FixedDates = new()
    {
        ["GIT_AUTHOR_DATE"] = "2026-01-01T00:00:00Z",
        ["GIT_COMMITTER_DATE"] = "2026-01-01T00:00:00Z",
    };

    private readonly TempFolder _dir = new();

    public GitRepo()
    {
        Git("init", "-q", "-b", "main");
    }

    public string Path => _dir.Path;

    public string Write(string relative, string text) => _dir.Write(relative, text);

    public void Commit(string message)
    {
        Git("add", "-A");
        Git("commit", "-q", "-m", message);
    }

    /// <summary>Runs git in the repository, requires exit 0 and returns its standard output.</summary>
    public string Git(params string[] args) => ExternalProcess.Succeed(Path, "git", [.. Identity, .. args], FixedDates).Out;

    public void Dispose() => _dir.Dispose();
}
