using System.Text;

namespace ContractGen.Emit.Writing;

/// <summary>What one write did, for the command's summary and for tests.</summary>
public sealed record WriteReport(IReadOnlyList<string> Written, IReadOnlyList<string> Unchanged, IReadOnlyList<string> Deleted);

/// <summary>
/// The deterministic writer every artifact uses: LF endings, UTF-8 without BOM, files in ordinal order, atomic
/// writes (temp file in the same folder, then a move), nothing outside the output folder, and a manifest so only
/// files contractgen generated itself are ever deleted. Unchanged files are not rewritten.
/// </summary>
public sealed class OutputWriter(string generatorVersion)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public WriteReport Write(string outputFolder, IReadOnlyList<GeneratedFile> files)
    {
        // Validate everything before touching the disk: an unsafe name fails the whole write.
        var targets = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            OutputPath.Resolve(outputFolder, file.RelativePath);
            if (file.RelativePath == Manifest.FileName)
            {
                throw new UnsafeOutputPathException(file.RelativePath, "the name is reserved for the manifest");
            }

            if (!targets.TryAdd(file.RelativePath, NormalizeNewLines(file.Content)))
            {
                throw new InvalidOperationException($"two generated files are both named '{file.RelativePath}'");
            }
        }

        Directory.CreateDirectory(outputFolder);
        var previous = ReadManifest(outputFolder);
        var written = new List<string>();
        var unchanged = new List<string>();
        foreach (var (relative, content) in targets)
        {
            var full = OutputPath.Resolve(outputFolder, relative);
            if (WriteIfChanged(full, content))
            {
                written.Add(relative);
            }
            else
            {
                unchanged.Add(relative);
            }
        }

        var deleted = new List<string>();
        foreach (var stale in previous.Files.Where(f => !targets.ContainsKey(f)).OrderBy(f => f, StringComparer.Ordinal))
        {
            if (TryDelete(outputFolder, stale))
            {
                deleted.Add(stale);
            }
        }

        var manifest = new Manifest(generatorVersion, targets.Keys.ToList());
        WriteIfChanged(Path.Combine(Path.GetFullPath(outputFolder), Manifest.FileName), manifest.ToText());
        return new WriteReport(written, unchanged, deleted);
    }

    public static Manifest ReadManifest(string outputFolder)
    {
        var path = Path.Combine(outputFolder, Manifest.FileName);
        return File.Exists(path) ? Manifest.Parse(File.ReadAllText(path)) : new Manifest("", Array.Empty<string>());
    }

    public static string NormalizeNewLines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static bool WriteIfChanged(string fullPath, string content)
    {
        var bytes = Utf8.GetBytes(content);
        if (File.Exists(fullPath) && File.ReadAllBytes(fullPath).AsSpan().SequenceEqual(bytes))
        {
            return false;
        }

        var dir = Path.GetDirectoryName(fullPath)!;
        Directory.CreateDirectory(dir);
        var temp = Path.Combine(dir, "." + Path.GetFileName(fullPath) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, fullPath, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }

        return true;
    }

    private static bool TryDelete(string outputFolder, string relative)
    {
        string full;
        try
        {
            full = OutputPath.Resolve(outputFolder, relative);
        }
        catch (UnsafeOutputPathException)
        {
            return false;
        }

        if (!File.Exists(full))
        {
            return false;
        }

        File.Delete(full);
        RemoveEmptyFolders(Path.GetFullPath(outputFolder), Path.GetDirectoryName(full)!);
        return true;
    }

    private static void RemoveEmptyFolders(string root, string dir)
    {
        while (dir.Length > root.Length && dir.StartsWith(root, StringComparison.Ordinal)
               && Directory.Exists(dir) && !Directory.EnumerateFileSystemEntries(dir).Any())
        {
            Directory.Delete(dir);
            dir = Path.GetDirectoryName(dir)!;
        }
    }
}
