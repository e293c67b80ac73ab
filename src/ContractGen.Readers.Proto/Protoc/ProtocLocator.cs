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
    /// The protoc to run: <paramref name="overridePath"/> when given, else the bundled one (made executable when the
    /// package extraction dropped the executable bit). Null with a diagnostic when there is none.
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

        return EnsureExecutable(path, diagnostics) ? path : null;
    }

    internal static bool EnsureExecutable(string path, DiagnosticBag diagnostics)
    {
        if (OperatingSystem.IsWindows())
        {
            return true;
        }

        const UnixFileMode exec = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        try
        {
            var mode = File.GetUnixFileMode(path);
            if ((mode & UnixFileMode.UserExecute) == 0)
            {
                File.SetUnixFileMode(path, mode | exec | UnixFileMode.UserRead);
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(ProtoCodes.ProtocUnavailable, $"cannot make the bundled protoc executable ({path}): {e.Message}; pass --protoc PATH", SourceSpan.None);
            return false;
        }
    }
}
