using ContractGen.Model;
using ContractGen.Readers.Tests.Samples;
using ContractGen.Testing;

namespace ContractGen.Readers.Tests.Issues;

/// <summary>
/// contracts/issues/issue-002-shared-ids: one folder holding two OpenAPI documents and two AsyncAPI documents, each
/// declaring its own <c>#/components/schemas/Order</c>, and per format a shared file (not a document) with a
/// <c>Money</c> both documents reference. The merged model used to keep the first <c>Order</c> only (every use of the
/// other document's resolved to it) and the AsyncAPI ones were lost under the OpenAPI ids. Now each document's types are
/// its own (ids start with the document's id) and a shared schema is one type (its id is the shared file's).
/// </summary>
public sealed class SharedIdsIssueTests
{
    private const string Case = "contracts/issues/issue-002-shared-ids";

    [Fact]
    public void The_folder_prints_its_model_golden_with_no_diagnostic()
    {
        var result = SampleContracts.Load($"{Case}/current");

        Assert.Empty(result.Diagnostics);
        Golden.Assert($"{Case}/model.txt", SampleContracts.Print(result));
    }

    [Fact]
    public void Each_document_keeps_its_own_types_and_a_shared_schema_is_one_type()
    {
        var model = SampleContracts.Load($"{Case}/current").Model;

        Assert.Equal(
            [
                "billing.yaml#/components/schemas/Order", "common.yaml#/components/schemas/Money",
                "events/billing-events.yaml#/components/schemas/Order", "events/common.yaml#/components/schemas/Money",
                "events/order-events.yaml#/components/schemas/Order", "orders.yaml#/components/schemas/Order",
            ],
            model.Types.Select(t => t.Id));
        Assert.Equal("billing.yaml#/components/schemas/Order", ResponseType(model, "GetInvoiceOrder"));
        Assert.Equal("orders.yaml#/components/schemas/Order", ResponseType(model, "GetOrder"));
        Assert.Equal("events/order-events.yaml#/components/schemas/Order", ((NamedTypeRef)model.Messages.Single(m => m.Id == "orderPlaced").Payload!).TypeId);

        // Both documents' Order refer to the one Money of their shared file.
        foreach (var order in model.Types.OfType<RecordDef>().Where(t => t.Name == "Order"))
        {
            var money = order.Fields.Single(f => f.Name is "total" or "amount").Type;
            var expected = order.Id.StartsWith("events/", StringComparison.Ordinal) ? "events/common.yaml#/components/schemas/Money" : "common.yaml#/components/schemas/Money";
            Assert.Equal(expected, ((NamedTypeRef)money).TypeId);
        }
    }

    private static string ResponseType(ContractModel model, string operation) =>
        ((NamedTypeRef)model.Operations.Single(o => o.Id == operation).Http[0].Responses.Single().Content.Single().Schema!).TypeId;
}
