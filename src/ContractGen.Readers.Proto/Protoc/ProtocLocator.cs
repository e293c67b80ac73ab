using System.Runtime.InteropServices;
using ContractGen.Model;

namespace ContractGen.Readers.Proto.Protoc;

/// <summary>Finds the bundled protoc (or the user's override) and the bundled include folder.</summary>
public static class ProtocLocator
{
    /// <summary>The folder holding the bundled protoc binaries, includes and licences.</summary>
    public static string BundleDirectory
    {
        get
        {
            var here = Path.GetDirectoryName(typeof(ProtocLocator).Assembly.Location);
            return Path.Combine(string.IsNullOrEmpty(here) ? AppContext.BaseDirectory : here, "protoc");
        }
    }

    /// <summary>google/protobuf, google/api, google/rpc and google/type protos, always last on the import path.</summary>
    public static string BundledIncludeDirectory => Path.Combine(BundleDirectory, "include");

    /// <summary>The bundled folder name for this machine, or null when protoc ships no binary for it.</summary>
    public static string? PlatformFolder()
    {
        var arch = RuntimeInformation.OSArchitecture;
        if (OperatingSystem.IsLinux())
        {
            return arch switch
            {
                Architecture.X64 => "linux_x64",
                Architecture.Arm64 => "linux_aarch64",
                _ => null,
            };
        }

        if (OperatingSystem.IsMacOS())
        {
            return "macosx_x64";
        }

        if (OperatingSystem.IsWindows())
        {
            return arch == Architecture.X86 ? "windows_x86" : "windows_x64";
        }

        return null;
    }

    /// <summary>
    /// The protoc to run: <paramref name="overridePath"/> when given, else the bundled one (see <see cref="Runnable"/>).
    /// Null with a diagnostic when there is none.
    /// </summary>
    public static string? Resolve(string? overridePath, DiagnosticBag diagnostics)
    {
        if (!string.IsNullOrEmpty(overridePath))
        {
            if (File.Exists(overridePath))
            {
                return Path.GetFullPath(overridePath);
            }

            diagnostics.Error(ProtoCodes.ProtocUnavailable, $"protoc not found at '{overridePath}' (given with --protoc)", new SourceSpan(overridePath, 0, 0));
            return null;
        }

        var folder = PlatformFolder();
        if (folder is null)
        {
            diagnostics.Error(ProtoCodes.ProtocUnavailable,
                $"no bundled protoc for {RuntimeInformation.OSDescription} {RuntimeInformation.OSArchitecture}; install protoc and pass --protoc PATH",
                SourceSpan.None);
            return null;
        }

        var path = Path.Combine(BundleDirectory, folder, OperatingSystem.IsWindows() ? "protoc.exe" : "protoc");
        if (!File.Exists(path))
        {
            diagnostics.Error(ProtoCodes.ProtocUnavailable, $"the bundled protoc is missing ({path}); reinstall contractgen or pass --protoc PATH", SourceSpan.None);
            return null;
        }

        return Runnable(path, diagnostics);
    }

    /// <summary>
    /// The protoc to run for the bundled <paramref name="path"/>: the file itself, made executable for everyone when this
    /// user may change its mode (package extraction can drop or narrow the executable bit); when another user owns it
    /// and it is not executable for others, a private copy (<see cref="ProtocUserCopy"/>). Null with a diagnostic when
    /// neither works.
    /// </summary>
    internal static string? Runnable(string path, DiagnosticBag diagnostics, string? copyRoot = null)
    {
        if (OperatingSystem.IsWindows())
        {
            return path;
        }

        const UnixFileMode exec = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        try
        {
            var mode = File.GetUnixFileMode(path);
            if ((mode & exec) == exec)
            {
                return path;
            }

            try
            {
                File.SetUnixFileMode(path, mode | exec | UnixFileMode.UserRead);
                return path;
            }
            catch (UnauthorizedAccessException) when ((mode & UnixFileMode.OtherExecute) == 0)
            {
                return ProtocUserCopy.Get(path, copyRoot ?? ProtocUserCopy.DefaultRoot);
            }
            catch (UnauthorizedAccessException)
            {
                return path;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(ProtoCodes.ProtocUnavailable,
                $"the bundled protoc ({path}) is not executable for this user and no private copy could be made: {IoFailure.Reason(e).TrimEnd('.')}; pass --protoc PATH",
                SourceSpan.None);
            return null;
        }
    }
}
