namespace ContractGen.Testing;

/// <summary>A private temp folder, deleted (best effort) when disposed.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder(string prefix = "contractgen-test-") => Path = Directory.CreateTempSubdirectory(prefix).FullName;

    public string Path { get; }

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
}
