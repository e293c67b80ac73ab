using ContractGen.Model;
using ContractGen.Readers.Proto.Mapping;
using ContractGen.Readers.Proto.Protoc;

namespace ContractGen.Readers.Proto;

/// <summary>What protoc produced for a set of inputs, before mapping (the "protoc only" step of the benchmarks).</summary>
public sealed record ProtoCompilation(ProtoInputs Inputs, byte[]? DescriptorSet, DiagnosticBag Diagnostics);

/// <summary>
/// Reads .proto files (compiled together by protoc) and prebuilt FileDescriptorSets (.binpb, .pb, .protoset) into the
/// model. Never throws on bad input: every problem is a located CG1xxx diagnostic.
/// </summary>
public sealed class ProtoReader : IContractReader
{
    public ContractFormat Format => ContractFormat.Proto;

    public bool CanRead(string path, string? head) =>
        path.EndsWith(".proto", StringComparison.OrdinalIgnoreCase) || ProtoInputs.IsDescriptorSetPath(path);

    public ReadResult Read(IReadOnlyList<string> paths, ReaderOptions options, CancellationToken cancellationToken = default)
    {
        var compilation = Compile(paths, options, cancellationToken);
        var model = Map(compilation);
        return new ReadResult(model, compilation.Diagnostics.ToImmutableSorted());
    }

    /// <summary>Sorts out the inputs and runs protoc over the .proto files (no decoding, no mapping).</summary>
    public static ProtoCompilation Compile(IReadOnlyList<string> paths, ReaderOptions options, CancellationToken cancellationToken = default)
    {
        var diagnostics = new DiagnosticBag();
        var inputs = ProtoInputs.Resolve(paths, options.IncludePaths, ProtocLocator.BundledIncludeDirectory, diagnostics);
        if (inputs.ProtoFiles.Count == 0)
        {
            return new ProtoCompilation(inputs, null, diagnostics);
        }

        foreach (var f in inputs.ProtoFiles)
        {
            if (IsBlank(f.FullPath))
            {
                diagnostics.Warning(ProtoCodes.EmptyFile, "the file is empty: it declares no syntax, package or definitions", new SourceSpan(f.DisplayPath, 1, 1));
            }
        }

        var protoc = ProtocLocator.Resolve(options.ProtocPath, diagnostics);
        if (protoc is null)
        {
            return new ProtoCompilation(inputs, null, diagnostics);
        }

        var result = ProtocRunner.Run(protoc, inputs, sourceInfo: true, cancellationToken);
        diagnostics.AddRange(result.Diagnostics);
        return new ProtoCompilation(inputs, result.DescriptorSet, diagnostics);
    }

    /// <summary>Decodes protoc's output and the prebuilt descriptor sets, and maps them to one model.</summary>
    public static ContractModel Map(ProtoCompilation compilation)
    {
        var diagnostics = compilation.Diagnostics;
        var models = new List<ContractModel>();
        if (compilation.DescriptorSet is { } bytes &&
            DescriptorSetLoader.ParseLazily(bytes, "protoc output", diagnostics) is { Set: var set } decoded)
        {
            var users = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var f in compilation.Inputs.ProtoFiles)
            {
                users.TryAdd(f.VirtualName, f.DisplayPath);
            }

            var display = ProtocRunner.DisplayMap(compilation.Inputs.Roots, compilation.Inputs.ProtoFiles);
            models.Add(ProtoModelMapper.Map(set, users, diagnostics, name => ImportDisplay(compilation.Inputs, name, display), decoded.SourceInfo));
        }

        foreach (var path in compilation.Inputs.DescriptorSets)
        {
            if (PrebuiltSets.Read(path, diagnostics) is { } model)
            {
                models.Add(model);
            }
        }

        return models.Count == 1 ? models[0] : ContractModel.Merge(models, diagnostics, ProtoCodes.DuplicateElement);
    }

    private static string ImportDisplay(ProtoInputs inputs, string name, Func<string, string> display)
    {
        foreach (var root in inputs.Roots)
        {
            var candidate = Path.Combine(root.FullPath, name);
            if (File.Exists(candidate))
            {
                return display(candidate);
            }
        }

        return name;
    }

    private static bool IsBlank(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Length == 0 || (info.Length < 4096 && string.IsNullOrWhiteSpace(File.ReadAllText(path)));
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
