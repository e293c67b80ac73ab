using ContractGen.Model;
using ContractGen.Model.Printing;
using ContractGen.Readers.Proto.Protoc;
using ContractGen.Testing;

namespace ContractGen.Readers.Proto.Tests;

/// <summary>The bundled protoc, its includes and licences, the executable bit, ProtocPath and prebuilt descriptor sets.</summary>
public sealed class BundleTests
{
    [Fact]
    public void Bundle_holds_protoc_for_this_platform_includes_and_licences()
    {
        var dir = ProtocLocator.BundleDirectory;
        Assert.True(File.Exists(Path.Combine(dir, ProtocLocator.PlatformFolder()!, OperatingSystem.IsWindows() ? "protoc.exe" : "protoc")));
        foreach (var f in new[] { "linux_x64/protoc", "linux_aarch64/protoc", "macosx_x64/protoc", "windows_x64/protoc.exe", "windows_x86/protoc.exe" })
        {
            Assert.True(File.Exists(Path.Combine(dir, f)), f);
        }

        foreach (var f in new[] { "google/protobuf/descriptor.proto", "google/protobuf/timestamp.proto", "google/api/annotations.proto",
                     "google/api/http.proto", "google/api/field_behavior.proto", "google/rpc/status.proto", "google/type/money.proto" })
        {
            Assert.True(File.Exists(Path.Combine(ProtocLocator.BundledIncludeDirectory, f)), f);
        }

        Assert.Contains("Redistribution and use", File.ReadAllText(Path.Combine(dir, "LICENSE.protobuf.txt")), StringComparison.Ordinal);
        Assert.Contains("Redistribution and use", File.ReadAllText(Path.Combine(dir, "LICENSE.googleapis-common-protos.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public void Protoc_without_the_executable_bit_is_made_executable()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("no executable bit on Windows");
            return;
        }

        using var temp = new TempFolder();
        var copy = Path.Combine(temp.Path, "protoc");
        File.Copy(Path.Combine(ProtocLocator.BundleDirectory, ProtocLocator.PlatformFolder()!, "protoc"), copy);
        File.SetUnixFileMode(copy, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var diagnostics = new DiagnosticBag();
        Assert.Equal(copy, ProtocLocator.Runnable(copy, diagnostics));
        const UnixFileMode everyone = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        Assert.Equal(everyone, File.GetUnixFileMode(copy) & everyone);
        var result = ReaderHarness.Read([Path.Combine(ReaderHarness.CasesDir, "proto3")], new ReaderOptions { ProtocPath = copy });
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.NotEmpty(result.Model.Services);
    }

    [Fact]
    public void A_user_who_cannot_execute_the_bundled_protoc_gets_a_private_copy_that_is_reused()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("no executable bit on Windows");
            return;
        }

        using var temp = new TempFolder();
        var bundled = Path.Combine(temp.Path, "package", "protoc");
        Directory.CreateDirectory(Path.GetDirectoryName(bundled)!);
        File.Copy(Path.Combine(ProtocLocator.BundleDirectory, ProtocLocator.PlatformFolder()!, "protoc"), bundled);
        File.SetUnixFileMode(bundled, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var root = Path.Combine(temp.Path, "home", ".local", "share", "contractgen", "protoc");

        var copy = ProtocUserCopy.Get(bundled, root);
        var written = File.GetLastWriteTimeUtc(copy);
        Assert.StartsWith(root + Path.DirectorySeparatorChar, copy);
        Assert.Equal(File.ReadAllBytes(bundled), File.ReadAllBytes(copy));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(copy));
        Assert.Equal(copy, ProtocUserCopy.Get(bundled, root));
        Assert.Equal(written, File.GetLastWriteTimeUtc(copy));
        var result = ReaderHarness.Read([Path.Combine(ReaderHarness.CasesDir, "proto3")], new ReaderOptions { ProtocPath = copy });
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));

        var noHome = Record.Exception(() => OperatingSystem.IsWindows() ? null : ProtocUserCopy.Get(bundled, ""));
        Assert.IsType<IOException>(noHome);
    }

    [Theory]
    [InlineData("http_rules", true)]
    [InlineData("http_rules", false)]
    [InlineData("field_behavior", false)]
    public void Prebuilt_descriptor_set_reads_like_the_proto_files(string name, bool sourceInfo)
    {
        var dir = Path.Combine(ReaderHarness.CasesDir, name);
        var diagnostics = new DiagnosticBag();
        var inputs = ProtoInputs.Resolve([dir], [], ProtocLocator.BundledIncludeDirectory, diagnostics);
        var protoc = ProtocLocator.Resolve(null, diagnostics)!;
        var compiled = ProtocRunner.Run(protoc, inputs, sourceInfo, TestContext.Current.CancellationToken);
        Assert.NotNull(compiled.DescriptorSet);
        using var temp = new TempFolder();
        var set = temp.Write("image.binpb", compiled.DescriptorSet);

        var fromSet = ReaderHarness.Read([set]);
        var fromProto = ReaderHarness.Read([dir]);
        Assert.False(fromSet.HasErrors, string.Join("\n", fromSet.Diagnostics));
        var noSpans = new PrintOptions { Spans = false, Docs = sourceInfo };
        Assert.Equal(ModelPrinter.Print(fromProto.Model, noSpans), ModelPrinter.Print(fromSet.Model, noSpans));
        var type = fromSet.Model.Types.First(t => t.Name == "Shelf" || t.Name == "Instance");
        // Spans name the file inside the set (its import name) with or without source info; documents keep the set's path.
        Assert.Equal(type.Id.StartsWith("acme.shelves", StringComparison.Ordinal) ? "shelves.proto" : "resources.proto", type.Span.File);
        Assert.Equal(sourceInfo, type.Span.IsKnown);
        Assert.All(fromSet.Model.Documents, d => Assert.Equal(set, d.Path));
    }
}

/// <summary>A prebuilt set missing the files its types come from.</summary>
public sealed class IncompleteDescriptorSetTests
{
    [Fact]
    public void Types_missing_from_a_prebuilt_set_are_located_errors_once_each()
    {
        var dir = Path.Combine(ReaderHarness.CasesDir, "imports");
        var diagnostics = new DiagnosticBag();
        var inputs = ProtoInputs.Resolve([Path.Combine(dir, "acme", "order.proto")], [dir], ProtocLocator.BundledIncludeDirectory, diagnostics);
        var compiled = ProtocRunner.Run(ProtocLocator.Resolve(null, diagnostics)!, inputs, sourceInfo: false, TestContext.Current.CancellationToken);
        var set = Google.Protobuf.Reflection.FileDescriptorSet.Parser.ParseFrom(compiled.DescriptorSet!);
        var money = set.File.Single(f => f.Name == "acme/common/money.proto");
        set.File.Remove(money);
        using var temp = new TempFolder();
        var path = temp.Write("partial.binpb", Google.Protobuf.MessageExtensions.ToByteArray(set));

        var result = ReaderHarness.Read([path]);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(ProtoCodes.UnresolvedType, d.Code);
        Assert.Equal("acme/order.proto", d.Span.File); // the file inside the set that uses the missing type
        Assert.Contains("acme.common.Price", d.Message, StringComparison.Ordinal);
        Assert.Contains(result.Model.Types, t => t.Id == "acme.orders.Order");
    }
}
