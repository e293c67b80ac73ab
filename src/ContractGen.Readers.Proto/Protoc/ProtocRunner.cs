using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using ContractGen.Model;

namespace ContractGen.Readers.Proto.Protoc;

/// <summary>What one protoc run produced: the serialized FileDescriptorSet (null on failure) and its messages.</summary>
public sealed record ProtocResult(byte[]? DescriptorSet, IReadOnlyList<Diagnostic> Diagnostics, int ExitCode);

/// <summary>
/// Runs protoc once over a set of files: <c>--include_imports --include_source_info --descriptor_set_out</c>, arguments
/// passed through a response file, everything in a private temp folder that is always deleted.
/// </summary>
public static class ProtocRunner
{
    public static ProtocResult Run(string protoc, ProtoInputs inputs, bool sourceInfo = true, CancellationToken cancellationToken = default) =>
        Run(protoc, inputs.Roots, inputs.ProtoFiles, sourceInfo, cancellationToken);

    public static ProtocResult Run(string protoc, IReadOnlyList<IncludeRoot> roots, IReadOnlyList<ProtoSourceFile> files, bool sourceInfo = true,
        CancellationToken cancellationToken = default)
    {
        var temp = Directory.CreateTempSubdirectory("contractgen-protoc-");
        try
        {
            var output = Path.Combine(temp.FullName, "set.binpb");
            var rsp = Path.Combine(temp.FullName, "args.rsp");
            File.WriteAllText(rsp, Arguments(roots, files, output, sourceInfo), new UTF8Encoding(false));
            var (exit, stderr, startError) = Execute(protoc, "@" + rsp, temp.FullName, cancellationToken);
            if (startError is not null)
            {
                return new ProtocResult(null, [Diagnostic.Error(ProtoCodes.ProtocUnavailable, $"cannot run protoc ({protoc}): {startError}", SourceSpan.None)], -1);
            }

            var display = DisplayMap(roots, files);
            var diagnostics = ProtocMessages.Parse(stderr, display);
            if (exit != 0)
            {
                if (!diagnostics.Exists(d => d.Severity == Severity.Error))
                {
                    diagnostics.Add(Diagnostic.Error(ProtoCodes.ProtocFailed, $"protoc exited with code {exit}", SourceSpan.None));
                }

                return new ProtocResult(null, diagnostics, exit);
            }

            if (!File.Exists(output))
            {
                diagnostics.Add(Diagnostic.Error(ProtoCodes.ProtocFailed, "protoc succeeded but wrote no descriptor set", SourceSpan.None));
                return new ProtocResult(null, diagnostics, exit);
            }

            return new ProtocResult(File.ReadAllBytes(output), diagnostics, exit);
        }
        finally
        {
            try
            {
                temp.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A virus scanner may still hold the file; the folder is private and in the temp area.
            }
        }
    }

    private static string Arguments(IReadOnlyList<IncludeRoot> roots, IReadOnlyList<ProtoSourceFile> files, string output, bool sourceInfo)
    {
        var sb = new StringBuilder();
        sb.Append("--include_imports\n");
        if (sourceInfo)
        {
            sb.Append("--include_source_info\n");
        }

        sb.Append("--descriptor_set_out=").Append(output).Append('\n');
        foreach (var r in roots)
        {
            sb.Append("--proto_path=").Append(r.FullPath).Append('\n');
        }

        foreach (var f in files)
        {
            sb.Append(f.FullPath).Append('\n');
        }

        return sb.ToString();
    }

    private static (int Exit, string Stderr, string? StartError) Execute(string protoc, string argument, string workDir, CancellationToken ct)
    {
        var psi = new ProcessStartInfo(protoc)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            CreateNoWindow = true,
            WorkingDirectory = workDir,
        };
        psi.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(psi) ?? throw new Win32Exception("process did not start");
        }
        catch (Win32Exception e)
        {
            // Its message names the executable and the (temporary) working folder; the OS error alone names neither.
            return (-1, "", new Win32Exception(e.NativeErrorCode).Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return (-1, "", IoFailure.Reason(e));
        }

        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync(ct);
            var stdout = process.StandardOutput.ReadToEndAsync(ct);
            try
            {
                process.WaitForExitAsync(ct).GetAwaiter().GetResult();
                stdout.GetAwaiter().GetResult();
                return (process.ExitCode, stderr.GetAwaiter().GetResult(), null);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }
        }
    }

    /// <summary>Maps a path as protoc prints it (absolute disk path or import name) back to the user's spelling.</summary>
    internal static Func<string, string> DisplayMap(IReadOnlyList<IncludeRoot> roots, IReadOnlyList<ProtoSourceFile> files)
    {
        var byFull = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in files)
        {
            byFull.TryAdd(f.FullPath, f.DisplayPath);
        }

        return path =>
        {
            if (byFull.TryGetValue(path, out var d))
            {
                return d;
            }

            if (Path.IsPathRooted(path))
            {
                foreach (var r in roots)
                {
                    if (path.StartsWith(r.FullPath + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                    {
                        var rel = Path.GetRelativePath(r.FullPath, path).Replace('\\', '/');
                        return r.DisplayPath == "<bundled>" ? rel : Path.Combine(r.DisplayPath, rel).Replace('\\', '/');
                    }
                }
            }

            return path;
        };
    }
}
