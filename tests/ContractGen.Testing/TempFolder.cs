namespace ContractGen.Testing;

/// <summary>A private temp folder, deleted (best effort) when disposed.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder(string prefix = "contractgen-test-") => Path = Directory.CreateTempSubdirectory(prefix).FullName;

    public string Path { get; }

    /// <summary>Writes <paramref name="text"/> to <paramref name="relative"/> below the folder (creating its folders); returns the full path.</summary>
    public string Write(string relative, string text)
    {
        var full = Prepare(relative);
        File.WriteAllText(full, text);
        return full;
    }

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="relative"/> below the folder (creating its folders); returns the full path.</summary>
    public string Write(string relative, byte[] bytes)
    {
        var full = Prepare(relative);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Still held open (a scanner, a child process); the folder is private and in the temp area.
        }
    }

    private string Prepare(string relative)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        return full;
    }
}
