using ContractGen.Model;

namespace ContractGen.Cli.Inputs;

/// <summary>
/// The previous version named by <c>--against</c>: a file, a folder, or a git reference (<c>main</c>, <c>HEAD~1</c>,
/// <c>origin/main</c>, <c>REF:path</c>). A bare reference takes the current inputs' own paths at that revision.
/// </summary>
public sealed class AgainstInput : IDisposable
{
    public const string NotFound = "CG6102";

    private AgainstInput(IReadOnlyList<string> inputs, string? root, string? currentRoot, GitSnapshot? snapshot)
    {
        Inputs = inputs;
        Root = root;
        CurrentRoot = currentRoot;
        Snapshot = snapshot;
    }

    /// <summary>Files and folders to read as the previous version (full paths; empty when nothing existed then).</summary>
    public IReadOnlyList<string> Inputs { get; }

    /// <summary>Folder previous document paths are keyed against.</summary>
    public string? Root { get; }

    /// <summary>Folder current document paths are keyed against (the repository root for a bare git reference).</summary>
    public string? CurrentRoot { get; }

    public GitSnapshot? Snapshot { get; }

    /// <summary>Path to show for a previous file: the repository path for git snapshots.</summary>
    public string Display(string path) => Snapshot?.ToRepositoryPath(path) ?? path;

    public static AgainstInput? Resolve(string against, IReadOnlyList<string> currentInputs, string currentDirectory, DiagnosticBag diagnostics)
    {
        var currentRoot = currentInputs.Count == 1 ? RootOf(currentInputs[0]) : currentDirectory;
        var full = Path.GetFullPath(against, currentDirectory);
        if (File.Exists(full) || Directory.Exists(full))
        {
            return new AgainstInput([full], RootOf(full), currentRoot, null);
        }

        var repository = GitSnapshot.FindRepository(currentDirectory);
        var colon = against.IndexOf(':');
        var (revision, path) = colon > 0 && repository is not null && GitSnapshot.IsRevision(repository, against[..colon])
            ? (against[..colon], against[(colon + 1)..])
            : (against, null);
        if (repository is null || !GitSnapshot.IsRevision(repository, revision))
        {
            var why = repository is null ? "not inside a git repository" : "no such revision";
            diagnostics.Error(NotFound, $"--against '{against}' is not a file, a folder or a git reference ({why})", SourceSpan.None);
            return null;
        }

        if (path is not null)
        {
            var relative = path.StartsWith("./", StringComparison.Ordinal) || path.StartsWith("../", StringComparison.Ordinal)
                ? Path.GetRelativePath(repository, Path.GetFullPath(path, currentDirectory))
                : path.TrimStart('/');
            var snapshot = GitSnapshot.Create(repository, revision, [relative], diagnostics);
            if (snapshot is null)
            {
                return null;
            }

            var inside = Path.Combine(snapshot.Folder, relative);
            if (!File.Exists(inside) && !Directory.Exists(inside))
            {
                diagnostics.Error(NotFound, $"--against '{against}': '{relative}' does not exist at {revision}", SourceSpan.None);
                snapshot.Dispose();
                return null;
            }

            return new AgainstInput([inside], RootOf(inside), currentRoot, snapshot);
        }

        var outside = currentInputs.Where(p => Path.GetRelativePath(repository, p).StartsWith("..", StringComparison.Ordinal)).ToList();
        if (outside.Count > 0)
        {
            diagnostics.Error(NotFound, $"--against '{against}': input '{outside[0]}' is outside the git repository {repository}", SourceSpan.None);
            return null;
        }

        var repoPaths = currentInputs.Select(p => Path.GetRelativePath(repository, p)).Select(p => p == "." ? "" : p).ToList();
        var whole = GitSnapshot.Create(repository, revision, repoPaths.Any(p => p.Length == 0) ? [] : repoPaths, diagnostics);
        if (whole is null)
        {
            return null;
        }

        var existing = currentInputs.Select(whole.ToSnapshotPath).Where(p => File.Exists(p) || Directory.Exists(p)).ToList();
        return new AgainstInput(existing, whole.Folder, repository, whole);
    }

    private static string RootOf(string path) => Directory.Exists(path) ? path : Path.GetDirectoryName(path)!;

    public void Dispose() => Snapshot?.Dispose();
}
