using ContractGen.Model;
using ContractGen.Readers.Proto.Protoc;

namespace ContractGen.Breaking.Tests.Images;

/// <summary>
/// Compiles a folder of .proto files (the folder is the include root) into a FileDescriptorSet image with the bundled
/// protoc, as <c>protoc --include_imports -o</c> does: the input the gate and <c>buf breaking</c> both take.
/// </summary>
internal static class ProtoImage
{
    public static string Compile(string folder, string output, bool sourceInfo)
    {
        var diagnostics = new DiagnosticBag();
        var inputs = ProtoInputs.Resolve([folder], [], ProtocLocator.BundledIncludeDirectory, diagnostics);
        var protoc = ProtocLocator.Resolve(null, diagnostics);
        Assert.True(protoc is not null, string.Join("\n", diagnostics.ToImmutableSorted()));
        var result = ProtocRunner.Run(protoc, inputs, sourceInfo, TestContext.Current.CancellationToken);
        Assert.True(result.DescriptorSet is not null, $"protoc failed on {folder}:\n" + string.Join("\n", result.Diagnostics));
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        File.WriteAllBytes(output, result.DescriptorSet);
        return output;
    }
}
