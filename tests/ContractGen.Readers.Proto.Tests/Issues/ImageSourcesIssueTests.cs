using ContractGen.Model;
using ContractGen.Model.Printing;
using ContractGen.Readers.Proto.Protoc;
using ContractGen.Testing;

namespace ContractGen.Readers.Proto.Tests.Issues;

/// <summary>
/// contracts/issues/issue-002-image-sources: for a descriptor-set image the reader located google.api.http templates by
/// reading the .proto source from the current folder under its import name. That file is no input: whatever sits there
/// (another version of the contract, or anything at all) moved the locations, and the previous side of the breaking
/// gate was located against the working tree. An image is read from what it holds alone (its source info).
/// </summary>
public sealed class ImageSourcesIssueTests
{
    private const string ImportName = "issue002/images/v1/things.proto";

    private static string CaseDir => Path.Combine(RepoPaths.Root, "contracts", "issues", "issue-002-image-sources");

    [Fact]
    public void A_file_with_the_import_name_in_the_current_folder_does_not_change_what_an_image_reads()
    {
        using var temp = new TempFolder();
        var image = Compile(Path.Combine(CaseDir, "current"), Path.Combine(temp.Path, "current.binpb"));
        var alone = Print(image);

        // The same import name in the current folder: first with the templates at other columns, then the very source
        // the image was built from (a working tree beside the image). Neither is an input, so neither may be read.
        var source = File.ReadAllText(Path.Combine(CaseDir, "current", ImportName));
        var hostile = source.Replace("option (google.api.http) = {", "option (google.api.http) =           {", StringComparison.Ordinal);
        Assert.NotEqual(source, hostile);
        var stranger = Path.Combine(Directory.GetCurrentDirectory(), ImportName);
        var strangerRoot = Path.Combine(Directory.GetCurrentDirectory(), "issue002");
        Assert.False(Directory.Exists(strangerRoot), $"{strangerRoot} exists before the test");
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(stranger)!);
            File.WriteAllText(stranger, hostile);
            Assert.Equal(alone, Print(image));
            File.WriteAllText(stranger, source);
            Assert.Equal(alone, Print(image));
        }
        finally
        {
            Directory.Delete(strangerRoot, recursive: true);
        }

        // With source info, a template is located at its option (the image says no more).
        var option = source.Split('\n').Select((line, i) => (Line: i + 1, Column: line.IndexOf("option (google.api.http)", StringComparison.Ordinal) + 1))
            .First(x => x.Column > 0);
        Assert.Contains($"http issue002.images.v1.ThingService.GetThing GET /v2/{{name=things/*}} @{ImportName}:{option.Line}:{option.Column}\n", alone, StringComparison.Ordinal);
    }

    private static string Print(string image)
    {
        var result = ReaderHarness.Read([image]);
        Assert.Empty(result.Diagnostics);
        return ModelPrinter.Print(result.Model);
    }

    private static string Compile(string folder, string output)
    {
        var diagnostics = new DiagnosticBag();
        var inputs = ProtoInputs.Resolve([folder], [], ProtocLocator.BundledIncludeDirectory, diagnostics);
        var protoc = ProtocLocator.Resolve(null, diagnostics);
        Assert.True(protoc is not null, string.Join("\n", diagnostics.ToImmutableSorted()));
        var result = ProtocRunner.Run(protoc, inputs, sourceInfo: true, TestContext.Current.CancellationToken);
        Assert.True(result.DescriptorSet is not null, string.Join("\n", result.Diagnostics));
        File.WriteAllBytes(output, result.DescriptorSet);
        return output;
    }
}
