using ContractGen.Model;
using ContractGen.Testing;

namespace ContractGen.Readers.Tests.Loading;

public sealed class ContractLoaderTests
{
    private readonly FakeReader _proto = new(ContractFormat.Proto);
    private readonly FakeReader _openApi = new(ContractFormat.OpenApi);
    private readonly FakeReader _asyncApi = new(ContractFormat.AsyncApi);

    private ContractLoader Loader => new([_proto, _openApi, _asyncApi]);

    [Fact]
    public void Folder_means_every_contract_file_recursively_sorted_and_skips_build_folders()
    {
        using var tree = new TempFolder();
        tree.Write("b.proto", "");
        tree.Write("a/z.proto", "");
        tree.Write("a/openapi.yaml", "openapi: 3.1.0\n");
        tree.Write("events.json", "{\"asyncapi\": \"3.0.0\"}");
        tree.Write("schemas/pet.yaml", "type: object\n");
        tree.Write("contractgen.yaml", "inputs: [x]\n");
        tree.Write("node_modules/x/y.proto", "");
        tree.Write("bin/c.proto", "");
        tree.Write("obj/d.proto", "");
        tree.Write(".git/e.proto", "");
        tree.Write("README.md", "openapi: 3.1.0");

        var result = Loader.Load(new LoadRequest { Inputs = [tree.Path] }, TestContext.Current.CancellationToken);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["a/openapi.yaml", "a/z.proto", "b.proto", "events.json"],
            result.Files.Select(f => Path.GetRelativePath(tree.Path, f.Path).Replace('\\', '/')));
        var protoCall = Assert.Single(_proto.Calls);
        Assert.Equal(2, protoCall.Count);
        Assert.Single(_openApi.Calls);
        Assert.Single(_asyncApi.Calls);
        Assert.Equal(4, result.Model.Documents.Length);
    }

    [Fact]
    public void An_unreadable_file_in_a_folder_is_located_by_its_span_and_the_message_names_no_path()
    {
        using var tree = new TempFolder();
        tree.Write("api/ok.yaml", "openapi: 3.1.0\n");
        File.CreateSymbolicLink(Path.Combine(tree.Path, "api", "gone.yaml"), Path.Combine(tree.Path, "nowhere", "gone.yaml"));

        var result = Loader.Load(new LoadRequest { Inputs = ["api"], BaseDirectory = tree.Path }, TestContext.Current.CancellationToken);

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("CG6002", d.Code);
        Assert.Equal("cannot read file: not found", d.Message);
        Assert.Equal(Path.Combine(tree.Path, "api", "gone.yaml"), d.Span.File);
    }

    [Fact]
    public void All_proto_files_go_to_one_reader_run_and_input_folders_become_include_roots_after_user_ones()
    {
        using var tree = new TempFolder();
        var single = tree.Write("one/a.proto", "");
        tree.Write("two/b.proto", "");
        tree.Write("two/c.proto", "");
        var includes = new[] { Path.Combine(tree.Path, "third_party") };

        Loader.Load(new LoadRequest { Inputs = [single, Path.Combine(tree.Path, "two")], Options = new ReaderOptions { IncludePaths = includes } }, TestContext.Current.CancellationToken);

        var call = Assert.Single(_proto.Calls);
        Assert.Equal(3, call.Count);
        Assert.Equal([includes[0], Path.Combine(tree.Path, "two")], _proto.Options[0].IncludePaths);
        Assert.Empty(_openApi.Calls);
    }

    [Fact]
    public void Document_ids_are_paths_below_the_input_root_and_never_collide()
    {
        using var tree = new TempFolder();
        tree.Write("api/v1/openapi.yaml", "openapi: 3.1.0\n");
        tree.Write("api/events.yaml", "asyncapi: 3.0.0\n");
        var other = tree.Write("other/openapi.yaml", "openapi: 3.1.0\n");
        var single = tree.Write("single/stream.yaml", "asyncapi: 3.0.0\n");
        tree.Write("api/a.proto", "");

        var result = Loader.Load(new LoadRequest { Inputs = ["api", single], BaseDirectory = tree.Path }, TestContext.Current.CancellationToken);

        // Folder input: the path below the folder; a file named explicitly: its name (its own folder is the root). The
        // loader hands these ids to the readers; the proto document keeps the id its reader gave it. Paths stay full paths.
        Assert.Equal([Path.Combine(tree.Path, "api", "a.proto"), "events.yaml", "stream.yaml", "v1/openapi.yaml"],
            result.Model.Documents.Select(d => d.Id).Order(StringComparer.Ordinal));
        Assert.Equal(single, result.Model.Documents.Single(d => d.Id == "stream.yaml").Path);

        var clash = Loader.Load(new LoadRequest { Inputs = ["api/v1/openapi.yaml", other, "api/events.yaml"], BaseDirectory = tree.Path }, TestContext.Current.CancellationToken);

        // Two inputs named openapi.yaml: both kept, with their paths relative to the base folder.
        Assert.Equal(["api/v1/openapi.yaml", "events.yaml", "other/openapi.yaml"], clash.Model.Documents.Select(d => d.Id));
    }

    [Fact]
    public void Input_problems_are_CG6xxx_diagnostics_every_one_sorted()
    {
        using var tree = new TempFolder();
        tree.Write("empty/readme.txt", "");
        tree.Write("notes.yaml", "title: not a contract\n");
        tree.Write("old.json", "{\"swagger\": \"2.0\"}");

        var result = Loader.Load(new LoadRequest { Inputs = ["missing.proto", "notes.yaml", "empty", "old.json"], BaseDirectory = tree.Path }, TestContext.Current.CancellationToken);

        Assert.True(result.HasErrors);
        Assert.Equal(["CG6005", "CG6001", "CG6003", "CG6004"], result.Diagnostics.Select(d => d.Code));
        var unknown = result.Diagnostics.Single(d => d.Code == "CG6003");
        Assert.Equal(new SourceSpan(Path.Combine(tree.Path, "notes.yaml"), 1, 1), unknown.Span);
        Assert.Equal(Path.Combine(tree.Path, "missing.proto"), result.Diagnostics.Single(d => d.Code == "CG6001").Span.File);
    }

    [Fact]
    public void No_inputs_is_an_error()
    {
        var result = Loader.Load(new LoadRequest { Inputs = [] }, TestContext.Current.CancellationToken);
        Assert.Equal("CG6006", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void The_same_file_named_twice_is_read_once()
    {
        using var tree = new TempFolder();
        var file = tree.Write("a.proto", "");
        Loader.Load(new LoadRequest { Inputs = [file, tree.Path, "a.proto"], BaseDirectory = tree.Path }, TestContext.Current.CancellationToken);
        Assert.Equal([file], Assert.Single(_proto.Calls));
    }

    [Fact]
    public void Display_path_mapping_renames_files_in_diagnostics_for_materialised_inputs()
    {
        using var tree = new TempFolder();
        var file = tree.Write("contracts/api.proto", "");
        var loader = new ContractLoader([new FakeReader(ContractFormat.Proto, p => [Diagnostic.Error("CG1001", "bad", new SourceSpan(p, 3, 4))])]);

        var result = loader.Load(new LoadRequest
        {
            Inputs = [file],
            DisplayPath = p => "origin/main:" + Path.GetRelativePath(tree.Path, p).Replace('\\', '/'),
        }, TestContext.Current.CancellationToken);

        Assert.Equal("origin/main:contracts/api.proto:3:4: error CG1001: bad", Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void Reader_diagnostics_are_merged_and_sorted_across_formats()
    {
        using var tree = new TempFolder();
        tree.Write("b.proto", "");
        tree.Write("a.yaml", "openapi: 3.1.0\n");
        var loader = new ContractLoader(
        [
            new FakeReader(ContractFormat.Proto, p => [Diagnostic.Error("CG1001", "p", new SourceSpan(p, 2, 1))]),
            new FakeReader(ContractFormat.OpenApi, p => [Diagnostic.Warning("CG2001", "w", new SourceSpan(p, 9, 1)), Diagnostic.Error("CG2002", "e", new SourceSpan(p, 1, 1))]),
        ]);

        var result = loader.Load(new LoadRequest { Inputs = [tree.Path] }, TestContext.Current.CancellationToken);

        Assert.Equal(["CG2002", "CG2001", "CG1001"], result.Diagnostics.Select(d => d.Code));
    }
}
