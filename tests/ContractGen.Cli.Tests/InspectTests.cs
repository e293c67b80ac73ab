using System.Text.Json;
using ContractGen.Cli.Hosting;
using ContractGen.Model;
using ContractGen.Readers;
using ContractGen.Testing;

namespace ContractGen.Cli.Tests;

public sealed class InspectTests
{
    private static CliRun Run(string cwd, IContractReader reader, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var code = CliRunner.Run(args, stdout, stderr, CommandRegistry.Create(), cwd, new ContractLoader([reader]));
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Text_is_the_model_printer_output_with_paths_relative_to_the_current_folder()
    {
        using var dir = new TempFolder();
        dir.Write("api/acme.proto", "");
        var run = Run(dir.Path, new SampleReader(ContractFormat.Proto), "inspect", "api");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Err);
        Assert.Contains("type acme.v1.Shelf name=Shelf record", run.Out);
        Assert.Contains("@api/acme.proto:3:1", run.Out);
        Assert.DoesNotContain(dir.Path, run.Out);
    }

    [Fact]
    public void Json_parses_has_the_documented_envelope_and_is_deterministic()
    {
        using var dir = new TempFolder();
        dir.Write("acme.proto", "");
        var warning = Diagnostic.Warning("CG1999", "a warning", new SourceSpan("", 2, 3));
        var first = Run(dir.Path, new SampleReader(ContractFormat.Proto, warning), "inspect", "acme.proto", "--format", "json");
        var second = Run(dir.Path, new SampleReader(ContractFormat.Proto, warning), "inspect", "acme.proto", "--format", "json");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Out, second.Out);
        Assert.DoesNotContain("\r", first.Out);
        Assert.Contains("acme.proto:2:3: warning CG1999: a warning", first.Err);

        using var doc = JsonDocument.Parse(first.Out);
        var root = doc.RootElement;
        Assert.Equal(1, root.GetProperty("formatVersion").GetInt32());
        var model = root.GetProperty("model");
        Assert.Equal("proto", model.GetProperty("documents")[0].GetProperty("format").GetString());
        Assert.Equal("acme.proto", model.GetProperty("documents")[0].GetProperty("path").GetString());
        Assert.Equal("id", model.GetProperty("types")[0].EnumerateObject().Skip(1).First().Name);
        var shelf = model.GetProperty("types")[0];
        Assert.Equal("record", shelf.GetProperty("$kind").GetString());
        Assert.Equal("A shelf \"quoted\"\nnext line", shelf.GetProperty("docs").GetProperty("summary").GetString());
        Assert.Equal("acme.proto", shelf.GetProperty("span").GetProperty("file").GetString());
        Assert.Equal(3, shelf.GetProperty("span").GetProperty("line").GetInt32());
        Assert.True(shelf.GetProperty("extensions").GetProperty("option:deprecated_legacy").GetBoolean());
        Assert.Equal("not json", shelf.GetProperty("extensions").GetProperty("x-raw").GetString());
        var name = shelf.GetProperty("fields")[0];
        Assert.Equal("scalar", name.GetProperty("type").GetProperty("$kind").GetString());
        Assert.Equal("string", name.GetProperty("type").GetProperty("kind").GetString());
        Assert.Equal(10, name.GetProperty("type").GetProperty("constraints").GetProperty("maxLength").GetInt32());
        Assert.False(name.TryGetProperty("readOnly", out _));
        Assert.Equal("list", shelf.GetProperty("fields")[1].GetProperty("type").GetProperty("$kind").GetString());
        Assert.Equal("enum", model.GetProperty("types")[1].GetProperty("$kind").GetString());
        var extension = model.GetProperty("extensionFields")[0];
        Assert.Equal(["id", "name"], extension.EnumerateObject().Take(2).Select(p => p.Name));
        Assert.False(extension.GetProperty("extendee").TryGetProperty("$kind", out _));
        Assert.Equal("google.protobuf.FieldOptions", extension.GetProperty("extendee").GetProperty("typeId").GetString());
        Assert.Equal("acme.v1.Shelf", extension.GetProperty("scopeId").GetString());
        Assert.Equal("[acme.v1.Shelf.label]", extension.GetProperty("jsonName").GetString());
        Assert.Equal("explicit", extension.GetProperty("presence").GetString());
        Assert.Equal(14, extension.GetProperty("span").GetProperty("line").GetInt32());
        var op = model.GetProperty("services")[0].GetProperty("operations")[0];
        Assert.Equal(0, op.GetProperty("security").GetArrayLength());
        Assert.False(model.TryGetProperty("operations", out _));
        var segments = op.GetProperty("http")[0].GetProperty("path").GetProperty("segments");
        Assert.Equal(["literal", "variable"], segments.EnumerateArray().Select(s => s.GetProperty("$kind").GetString()));
        Assert.Equal("warning", root.GetProperty("diagnostics")[0].GetProperty("severity").GetString());
    }

    [Fact]
    public void Errors_print_diagnostics_only_and_exit_2()
    {
        using var dir = new TempFolder();
        dir.Write("acme.proto", "");
        var error = Diagnostic.Error("CG1001", "syntax error", new SourceSpan("", 7, 2));
        var run = Run(dir.Path, new SampleReader(ContractFormat.Proto, error), "inspect", "acme.proto");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Equal("acme.proto:7:2: error CG1001: syntax error\n1 error, 0 warnings\n", run.Err);
    }

    [Fact]
    public void Validate_prints_warnings_and_exits_0_without_errors()
    {
        using var dir = new TempFolder();
        dir.Write("acme.proto", "");
        var warning = Diagnostic.Warning("CG1002", "odd", new SourceSpan("", 1, 1));
        var run = Run(dir.Path, new SampleReader(ContractFormat.Proto, warning), "validate", "acme.proto");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("acme.proto:1:1: warning CG1002: odd\n0 errors, 1 warning\n", run.Err);
        Assert.Equal("1 contract file valid\n", run.Out);
    }

    [Fact]
    public void Inputs_come_from_the_configuration_when_none_are_given_and_flags_override_them()
    {
        using var dir = new TempFolder();
        dir.Write("sub/acme.proto", "");
        dir.Write("other.proto", "");
        dir.Write("contractgen.yaml", "inputs: [sub]\ninclude: [inc]\n");
        var reader = new RecordingReader();

        Assert.Equal(0, Run(dir.Path, reader, "validate").ExitCode);
        Assert.Equal([Path.Combine(dir.Path, "sub", "acme.proto")], reader.Paths);
        Assert.Equal([Path.Combine(dir.Path, "inc"), Path.Combine(dir.Path, "sub")], reader.Options!.IncludePaths);

        Assert.Equal(0, Run(dir.Path, reader, "validate", "other.proto", "-I", "x", "--protoc", "bin/protoc").ExitCode);
        Assert.Equal([Path.Combine(dir.Path, "other.proto")], reader.Paths);
        Assert.Equal([Path.Combine(dir.Path, "x")], reader.Options!.IncludePaths);
        Assert.Equal(Path.Combine(dir.Path, "bin", "protoc"), reader.Options.ProtocPath);
    }

    private sealed class RecordingReader : IContractReader
    {
        public IReadOnlyList<string> Paths { get; private set; } = [];

        public ReaderOptions? Options { get; private set; }

        public ContractFormat Format => ContractFormat.Proto;

        public bool CanRead(string path, string? head) => false;

        public ReadResult Read(IReadOnlyList<string> paths, ReaderOptions options, CancellationToken cancellationToken = default)
        {
            Paths = paths;
            Options = options;
            return new ReadResult(ContractModel.Empty, []);
        }
    }
}
