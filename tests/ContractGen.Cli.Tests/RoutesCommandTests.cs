using System.Text.Json.Nodes;
using ContractGen.Testing;

namespace ContractGen.Cli.Tests;

/// <summary>contractgen routes: the table listing and --match (the C# matcher runtime behind it is tested with the shared vectors).</summary>
public sealed class RoutesCommandTests
{
    private const string Proto =
        """
        syntax = "proto3";
        package acme.v1;
        import "google/api/annotations.proto";
        service Library {
          rpc GetBook(GetBookRequest) returns (Book) {
            option (google.api.http) = { get: "/v1/{name=shelves/*/books/*}" additional_bindings { get: "/v1/books/{name}" } };
          }
          rpc ArchiveBook(GetBookRequest) returns (Book) {
            option (google.api.http) = { post: "/v1/{name=shelves/*/books/*}:archive" body: "*" };
          }
        }
        message GetBookRequest { string name = 1; }
        message Book { string name = 1; }
        """;

    [Fact]
    public void Lists_every_route_sorted_with_method_template_operation_and_location()
    {
        using var dir = new TempFolder();
        dir.Write("library.proto", Proto);
        var run = CliHarness.Run(dir.Path, "routes", "library.proto");
        Assert.True(run.ExitCode == 0, run.Err);
        var lines = run.Out.TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Matches(@"^GET   /v1/books/\{name\}\s+acme\.v1\.Library\.GetBook\s+library\.proto:\d+:\d+$", lines[0]);
        Assert.Matches(@"^GET   /v1/\{name=shelves/\*/books/\*\}\s+acme\.v1\.Library\.GetBook\s+library\.proto:\d+:\d+$", lines[1]);
        Assert.Matches(@"^POST  /v1/\{name=shelves/\*/books/\*\}:archive\s+acme\.v1\.Library\.ArchiveBook\s+library\.proto:\d+:\d+$", lines[2]);
    }

    [Theory]
    [InlineData("GET /v1/shelves/s1/books/b2", 200, "acme.v1.Library.GetBook", "{\"name\":\"shelves/s1/books/b2\"}", "[]")]
    [InlineData("get /v1/books/caf%C3%A9", 200, "acme.v1.Library.GetBook", "{\"name\":\"café\"}", "[]")]
    [InlineData("POST /v1/shelves/s1/books/b2:archive", 200, "acme.v1.Library.ArchiveBook", "{\"name\":\"shelves/s1/books/b2\"}", "[]")]
    [InlineData("DELETE /v1/shelves/s1/books/b2", 405, null, "{}", "[\"GET\"]")]
    [InlineData("GET /v1/nope", 404, null, "{}", "[]")]
    public void Match_prints_one_json_object(string request, int status, string? operation, string variables, string allow)
    {
        using var dir = new TempFolder();
        dir.Write("library.proto", Proto);
        var run = CliHarness.Run(dir.Path, "routes", "library.proto", "--match", request);
        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Equal($"{{\"status\":{status},\"operation\":{(operation is null ? "null" : $"\"{operation}\"")},\"variables\":{variables},\"allow\":{allow}}}\n", run.Out);
        Assert.NotNull(JsonNode.Parse(run.Out));
    }

    [Fact]
    public void Match_works_for_openapi_partial_segments_and_concrete_paths()
    {
        using var dir = new TempFolder();
        dir.Write("pets.yaml",
            """
            openapi: 3.1.0
            info: { title: Pets, version: "1" }
            paths:
              /pets/{petId}:
                get: { operationId: getPet, parameters: [{ name: petId, in: path, required: true, schema: { type: string } }], responses: { "200": { description: ok } } }
                delete: { operationId: deletePet, parameters: [{ name: petId, in: path, required: true, schema: { type: string } }], responses: { "204": { description: gone } } }
              /pets/mine:
                get: { operationId: listMine, responses: { "200": { description: ok } } }
              /files/{name}.{ext}:
                get: { operationId: getFile, parameters: [{ name: name, in: path, required: true, schema: { type: string } }, { name: ext, in: path, required: true, schema: { type: string } }], responses: { "200": { description: ok } } }
            """);
        Assert.Equal("{\"status\":200,\"operation\":\"getFile\",\"variables\":{\"name\":\"a.b\",\"ext\":\"txt\"},\"allow\":[]}\n",
            CliHarness.Run(dir.Path, "routes", "pets.yaml", "--match", "GET /files/a.b.txt").Out);
        Assert.Equal("{\"status\":200,\"operation\":\"listMine\",\"variables\":{},\"allow\":[]}\n",
            CliHarness.Run(dir.Path, "routes", "pets.yaml", "--match", "GET /pets/mine").Out);
        Assert.Equal("{\"status\":200,\"operation\":\"deletePet\",\"variables\":{\"petId\":\"mine\"},\"allow\":[]}\n",
            CliHarness.Run(dir.Path, "routes", "pets.yaml", "--match", "DELETE /pets/mine").Out);
        Assert.Equal("{\"status\":405,\"operation\":null,\"variables\":{},\"allow\":[\"DELETE\",\"GET\"]}\n",
            CliHarness.Run(dir.Path, "routes", "pets.yaml", "--match", "PUT /pets/mine").Out);
        var list = CliHarness.Run(dir.Path, "routes", "pets.yaml");
        Assert.True(list.ExitCode == 0, list.Err);
        Assert.Equal(
            [
                "GET     /files/{name}.{ext}  getFile    pets.yaml:10:5",
                "GET     /pets/mine           listMine   pets.yaml:8:5",
                "DELETE  /pets/{petId}        deletePet  pets.yaml:6:5",
                "GET     /pets/{petId}        getPet     pets.yaml:5:5",
            ],
            list.Out.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Match_works_for_channel_addresses()
    {
        using var dir = new TempFolder();
        dir.Write("events.yaml",
            """
            asyncapi: 3.0.0
            info: { title: Stores, version: "1" }
            channels:
              orderPlaced:
                address: stores/{storeId}/orders/placed
                parameters: { storeId: { description: the store } }
              measured:
                address: lights.{lightId}.measured
                parameters: { lightId: { description: the light } }
            """);
        var run = CliHarness.Run(dir.Path, "routes", "events.yaml", "--match", "stores/42/orders/placed");
        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Equal("{\"status\":200,\"operation\":\"orderPlaced\",\"variables\":{\"storeId\":\"42\"},\"allow\":[]}\n", run.Out);
        Assert.Equal("{\"status\":200,\"operation\":\"measured\",\"variables\":{\"lightId\":\"a.b\"},\"allow\":[]}\n",
            CliHarness.Run(dir.Path, "routes", "events.yaml", "--match", "lights.a.b.measured").Out);
        Assert.Equal("{\"status\":404,\"operation\":null,\"variables\":{},\"allow\":[]}\n",
            CliHarness.Run(dir.Path, "routes", "events.yaml", "--match", "/stores/42/orders/placed").Out);
        var list = CliHarness.Run(dir.Path, "routes", "events.yaml");
        Assert.Matches(@"^channel  lights\.\{lightId\}\.measured\s+measured\s+events\.yaml:\d+:\d+\nchannel  stores/\{storeId\}/orders/placed\s+orderPlaced\s+events\.yaml:\d+:\d+\n$", list.Out);
    }

    [Fact]
    public void Duplicate_routes_are_errors_with_exit_2()
    {
        using var dir = new TempFolder();
        dir.Write("dup.proto",
            """
            syntax = "proto3";
            package acme.v1;
            import "google/api/annotations.proto";
            service Pets {
              rpc GetPet(Req) returns (Req) { option (google.api.http) = { get: "/v1/pets/{id}" }; }
              rpc FindPet(Req) returns (Req) { option (google.api.http) = { get: "/v1/pets/{name}" }; }
            }
            message Req { string id = 1; string name = 2; }
            """);
        var run = CliHarness.Run(dir.Path, "routes", "dup.proto");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains("error CG4401: duplicate route", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_route_names_the_first_declaration_relative_to_the_current_folder_from_any_checkout()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        first.Write("contracts/api.yaml", TestApis.DuplicateRoutes);
        second.Write("contracts/api.yaml", TestApis.DuplicateRoutes);

        var one = CliHarness.Run(first.Path, "routes", "contracts/api.yaml");
        var two = CliHarness.Run(second.Path, "routes", "contracts/api.yaml");

        Assert.Equal(2, one.ExitCode);
        Assert.Equal(
            "contracts/api.yaml:7:5: error CG4401: duplicate route: GET /a/{y} (http two) matches exactly the same requests as " +
            "GET /a/{x} (http one) declared at contracts/api.yaml:5:5\n1 error, 0 warnings\n",
            one.Err.Replace('\\', '/'));
        Assert.Equal(one.Err, two.Err);
    }
}
