using ContractGen.Readers;
using ContractGen.Testing;

namespace ContractGen.Breaking.Tests.Engine;

/// <summary>
/// OpenAPI and AsyncAPI type ids start with their document's id (<c>orders-v1.yaml#/components/schemas/Cash</c>), so
/// the ids of two versions differ when the files have different names (<c>breaking orders-v2.yaml --against
/// orders-v1.yaml</c>). The two documents are paired, and the engine compares type ids through that pair: union
/// alternatives and discriminator mappings still pair, and only the real change is reported. (Folders with the same
/// relative paths, the usual case, have equal ids on both sides: contracts/issues/issue-002-shared-ids.)
/// </summary>
public sealed class DocumentIdPairingTests
{
    private const string OpenApi = """
        openapi: 3.1.0
        info: {title: Orders, version: "1"}
        paths:
          /orders:
            get:
              operationId: ListOrders
              responses:
                "200":
                  description: Orders.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/Order"}
        components:
          schemas:
            Order:
              type: object
              properties:
                id: {type: string}
                note: {type: string}
                payment:
                  oneOf: [{$ref: "#/components/schemas/Card"}, {$ref: "#/components/schemas/Cash"}]
                  discriminator:
                    propertyName: kind
                    mapping: {card: "#/components/schemas/Card", cash: "#/components/schemas/Cash"}
            Card:
              type: object
              properties: {kind: {type: string}, last4: {type: string}}
            Cash:
              type: object
              properties: {kind: {type: string}}
        """;

    private const string AsyncApi = """
        asyncapi: 3.0.0
        info: {title: Orders, version: "1"}
        channels:
          orders:
            address: orders
            messages:
              orderPlaced: {$ref: "#/components/messages/orderPlaced"}
        operations:
          publishOrders:
            action: send
            channel: {$ref: "#/channels/orders"}
        components:
          messages:
            orderPlaced:
              payload: {$ref: "#/components/schemas/Order"}
          schemas:
            Order:
              type: object
              properties:
                id: {type: string}
                note: {type: string}
                payment:
                  oneOf: [{$ref: "#/components/schemas/Card"}, {$ref: "#/components/schemas/Cash"}]
            Card:
              type: object
              properties: {last4: {type: string}}
            Cash:
              type: object
              properties: {change: {type: integer}}
        """;

    [Theory]
    [InlineData("openapi", OpenApi)]
    [InlineData("asyncapi", AsyncApi)]
    public void Documents_with_different_names_still_pair_their_types(string format, string text)
    {
        using var temp = new TempFolder();
        var previous = temp.Write($"previous/{format}-v1.yaml", text);
        var current = temp.Write($"current/{format}-v2.yaml", string.Join('\n', text.Split('\n').Where(l => l.Trim() != "note: {type: string}")));
        var loader = new ContractLoader();
        var p = loader.Load(new LoadRequest { Inputs = [previous] }, TestContext.Current.CancellationToken);
        var c = loader.Load(new LoadRequest { Inputs = [current] }, TestContext.Current.CancellationToken);
        Assert.Empty(p.Diagnostics.Concat(c.Diagnostics));
        Assert.Contains(c.Model.Types, t => t.Id == $"{format}-v2.yaml#/components/schemas/Cash");

        var result = BreakingEngine.Run(p.Model, c.Model, previousRoot: Path.GetDirectoryName(previous), currentRoot: Path.GetDirectoryName(current));

        var finding = Assert.Single(result.Findings);
        Assert.Equal("RESPONSE_PROPERTY_REMOVED", finding.Rule);
        Assert.Contains("\"note\"", finding.Message, StringComparison.Ordinal);

        // An ignore glob written as a pointer (as before ids had their document) still names the type in any document.
        var ignoring = BreakingOptions.Default with { IgnoreElements = ["#/components/schemas/Order"] };
        Assert.Empty(BreakingEngine.Run(p.Model, c.Model, ignoring, Path.GetDirectoryName(previous), Path.GetDirectoryName(current)).Findings);
    }
}
