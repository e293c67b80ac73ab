using System.Runtime.ExceptionServices;
using ContractGen.Model;
using ContractGen.Readers.Proto.Decoding;
using ContractGen.Readers.Proto.Mapping;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace ContractGen.Readers.Proto;

/// <summary>A decoded set whose files carry no SourceCodeInfo: <see cref="SourceInfo"/>[i] is file i's, still serialized.</summary>
public sealed record DecodedSet(FileDescriptorSet Set, IReadOnlyList<ReadOnlyMemory<byte>> SourceInfo);

/// <summary>Decodes a serialized FileDescriptorSet with the google.api extensions registered (http, field_behavior…).</summary>
public static class DescriptorSetLoader
{
    public static ExtensionRegistry Registry => GoogleApiOptions.Registry;

    private static readonly MessageParser<FileDescriptorSet> Parser = FileDescriptorSet.Parser.WithExtensionRegistry(GoogleApiOptions.Registry);

    /// <summary>The set, or null with a located diagnostic when the bytes are not a descriptor set.</summary>
    public static FileDescriptorSet? Parse(byte[] bytes, string displayPath, DiagnosticBag diagnostics)
    {
        FileDescriptorSet set;
        try
        {
            set = Parser.ParseFrom(bytes);
        }
        catch (InvalidProtocolBufferException e)
        {
            diagnostics.Error(ProtoCodes.BadDescriptorSet, $"not a FileDescriptorSet: {e.Message}", new SourceSpan(displayPath, 0, 0));
            return null;
        }

        return Check(set, displayPath, diagnostics) ? set : null;
    }

    /// <summary>
    /// Like <see cref="Parse"/>, but each file's source_code_info is cut out before decoding and kept serialized (most of
    /// a set with source info is locations and comments; the mapping reads them lazily, for the user's files only), and
    /// the files are decoded in parallel. Anything irregular at the wire level falls back to <see cref="Parse"/>, so
    /// diagnostics for bad input are the same.
    /// </summary>
    public static DecodedSet? ParseLazily(byte[] bytes, string displayPath, DiagnosticBag diagnostics)
    {
        if (SetSplitter.Split(bytes) is { Count: > 0 } slices && DecodeFiles(slices) is { } files)
        {
            var split = new FileDescriptorSet();
            split.File.Add(files);
            return Check(split, displayPath, diagnostics) ? new DecodedSet(split, slices.Select(s => s.SourceInfo).ToArray()) : null;
        }

        if (Parse(bytes, displayPath, diagnostics) is not { } set)
        {
            return null;
        }

        var info = new ReadOnlyMemory<byte>[set.File.Count];
        for (var i = 0; i < set.File.Count; i++)
        {
            info[i] = set.File[i].SourceCodeInfo?.ToByteArray() ?? ReadOnlyMemory<byte>.Empty;
            set.File[i].SourceCodeInfo = null;
        }

        return new DecodedSet(set, info);
    }

    /// <summary>Each slice is a one-file set, decoded with the same parser as a whole set; null when one is rejected.</summary>
    private static FileDescriptorProto[]? DecodeFiles(List<FileSlice> slices)
    {
        var files = new FileDescriptorProto[slices.Count];
        var rejected = false;
        ExceptionDispatchInfo? failure = null;
        Parallel.For(0, slices.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, (i, state) =>
        {
            try
            {
                var one = Parser.ParseFrom(slices[i].WithoutSourceInfo);
                if (one.File.Count != 1)
                {
                    rejected = true;
                    state.Stop();
                    return;
                }

                files[i] = one.File[0];
            }
            catch (InvalidProtocolBufferException)
            {
                rejected = true;
                state.Stop();
            }
            catch (Exception e)
            {
                failure ??= ExceptionDispatchInfo.Capture(e);
                state.Stop();
            }
        });
        failure?.Throw();
        return rejected ? null : files;
    }

    private static bool Check(FileDescriptorSet set, string displayPath, DiagnosticBag diagnostics)
    {
        if (set.File.Count == 0)
        {
            diagnostics.Error(ProtoCodes.BadDescriptorSet, "the descriptor set holds no files", new SourceSpan(displayPath, 0, 0));
            return false;
        }

        var bad = set.File.FirstOrDefault(f => !f.HasName || !f.Name.EndsWith(".proto", StringComparison.Ordinal));
        if (bad is not null)
        {
            diagnostics.Error(ProtoCodes.BadDescriptorSet, "not a FileDescriptorSet: a file entry has no .proto name", new SourceSpan(displayPath, 0, 0));
            return false;
        }

        return true;
    }
}
