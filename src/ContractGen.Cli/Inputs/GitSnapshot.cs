using System.Diagnostics;
using System.Text;
using ContractGen.Model;

namespace ContractGen.Cli.Inputs;

/// <summary>
/// Reads files of a git revision into a temporary folder without touching the working tree (<c>git ls-tree</c> +
/// <c>git cat-file --batch</c>), so the previous version of contracts can be read like any folder. Paths inside the
/// snapshot mirror the repository, which lets diagnostics and findings name the original repository paths.
/// </summary>
public sealed class GitSnapshot : IDisposable
{
    /// <summary>A git reference that is not a revision of the repository, or a git failure.</summary>
    public const string GitError = "CG6101";

    private GitSnapshot(string repositoryRoot, string folder, string revision)
    {
        RepositoryRoot = repositoryRoot;
        Folder = folder;
        Revision = revision;
    }

    /// <summary>The working tree's top folder.</summary>
    public string RepositoryRoot { get; }

    /// <summary>The temporary folder holding the snapshot (laid out like the repository).</summary>
    public string Folder { get; }

    public string Revision { get; }

    /// <summary>Maps a path inside the snapshot back to the path in the working tree.</summary>
    public string ToRepositoryPath(string path)
    {
        var full = Path.GetFullPath(path);
        var prefix = Folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return full.StartsWith(prefix, StringComparison.Ordinal) ? Path.Combine(RepositoryRoot, full[prefix.Length..]) : path;
    }

    /// <summary>Maps a working-tree path to where the snapshot holds it.</summary>
    public string ToSnapshotPath(string path) =>
        Path.Combine(Folder, Path.GetRelativePath(RepositoryRoot, Path.GetFullPath(path)));

    /// <summary>The repository containing <paramref name="directory"/>, or null when it is not inside one (or git is missing).</summary>
    public static string? FindRepository(string directory)
    {
        var (code, output, _) = Git(directory, "rev-parse", "--show-toplevel");
        return code == 0 ? Path.GetFullPath(output.Trim()) : null;
    }

    /// <summary>True when <paramref name="revision"/> names a commit of the repository.</summary>
    public static bool IsRevision(string repositoryRoot, string revision) =>
        revision.Length > 0 && !revision.StartsWith('-') && Git(repositoryRoot, "rev-parse", "--verify", "--quiet", revision + "^{commit}").Code == 0;

    /// <summary>Writes every file below <paramref name="repoPaths"/> (repository-relative; empty = everything) at <paramref name="revision"/>.</summary>
    public static GitSnapshot? Create(string repositoryRoot, string revision, IReadOnlyList<string> repoPaths, DiagnosticBag diagnostics)
    {
        var args = new List<string> { "ls-tree", "-r", "-z", "--full-tree", revision, "--" };
        args.AddRange(repoPaths.Select(p => p.Replace('\\', '/')));
        var (code, listing, error) = Git(repositoryRoot, [.. args]);
        if (code != 0)
        {
            diagnostics.Error(GitError, $"git ls-tree {revision} failed: {error.Trim()}", SourceSpan.None);
            return null;
        }

        var blobs = listing.Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Select(entry => (Meta: entry[..entry.IndexOf('\t')].Split(' '), Path: entry[(entry.IndexOf('\t') + 1)..]))
            .Where(e => e.Meta[1] == "blob")
            .Select(e => (Sha: e.Meta[2], e.Path))
            .ToList();
        var folder = Path.Combine(Path.GetTempPath(), "contractgen-git-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var snapshot = new GitSnapshot(repositoryRoot, folder, revision);
        if (!snapshot.WriteBlobs(blobs, diagnostics))
        {
            snapshot.Dispose();
            return null;
        }

        return snapshot;
    }

    private bool WriteBlobs(List<(string Sha, string Path)> blobs, DiagnosticBag diagnostics)
    {
        if (blobs.Count == 0)
        {
            return true;
        }

        using var process = Start(RepositoryRoot, "cat-file", "--batch");
        var input = string.Join('\n', blobs.Select(b => b.Sha)) + "\n";
        var writer = Task.Run(() =>
        {
            process.StandardInput.BaseStream.Write(Encoding.ASCII.GetBytes(input));
            process.StandardInput.Close();
        });
        var stdout = process.StandardOutput.BaseStream;
        foreach (var (_, path) in blobs)
        {
            var header = ReadLine(stdout).Split(' ');
            if (header.Length < 3 || !int.TryParse(header[2], out var size))
            {
                diagnostics.Error(GitError, $"git cat-file could not read {path} at {Revision}", SourceSpan.None);
                return false;
            }

            var content = new byte[size];
            stdout.ReadExactly(content);
            stdout.ReadByte();
            var target = Path.Combine(Folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, content);
        }

        writer.Wait();
        process.WaitForExit();
        return true;
    }

    private static string ReadLine(Stream stream)
    {
        var bytes = new List<byte>();
        for (var b = stream.ReadByte(); b is not (-1 or '\n'); b = stream.ReadByte())
        {
            bytes.Add((byte)b);
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }

    private static (int Code, string Output, string Error) Git(string directory, params string[] args)
    {
        try
        {
            using var process = Start(directory, args);
            process.StandardInput.Close();
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output.Result, error);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, "", "git could not be started: " + e.Message);
        }
    }

    private static Process Start(string directory, params string[] args)
    {
        var info = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add("core.quotepath=off");
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info)!;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
