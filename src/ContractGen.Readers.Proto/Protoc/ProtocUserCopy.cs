using System.Runtime.Versioning;
using System.Security.Cryptography;

namespace ContractGen.Readers.Proto.Protoc;

/// <summary>
/// A private, executable copy of the bundled protoc for a user who may read but not execute the one in the package
/// (a tool installed by another user, e.g. root, into a shared folder; NuGet extracts files as rwxr--r--). The copy
/// lives in the user's own data folder, in a folder named after the binary's SHA-256, so a new protoc gets a new copy
/// and an existing copy is reused.
/// </summary>
[UnsupportedOSPlatform("windows")]
internal static class ProtocUserCopy
{
    /// <summary>~/.local/share/contractgen/protoc (XDG_DATA_HOME when set), "" when the user has no home folder.</summary>
    public static string DefaultRoot =>
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify) is { Length: > 0 } data
            ? Path.Combine(data, "contractgen", "protoc")
            : "";

    /// <summary>The copy's path, made when missing. I/O and permission problems propagate (the caller reports them).</summary>
    public static string Get(string source, string root)
    {
        if (!Path.IsPathRooted(root))
        {
            throw new IOException("the user has no home folder to keep a copy in");
        }

        string hash;
        using (var stream = File.OpenRead(source))
        {
            hash = Convert.ToHexStringLower(SHA256.HashData(stream))[..16];
        }

        const UnixFileMode owner = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        var folder = Directory.CreateDirectory(Path.Combine(root, hash), owner).FullName;
        var target = Path.Combine(folder, Path.GetFileName(source));
        if (File.Exists(target) && new FileInfo(target).Length == new FileInfo(source).Length)
        {
            return target;
        }

        var temp = $"{target}.{Guid.NewGuid():N}.tmp";
        File.Copy(source, temp);
        File.SetUnixFileMode(temp, owner);
        File.Move(temp, target, overwrite: true);
        return target;
    }
}
