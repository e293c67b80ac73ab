using ContractGen.Model;
using ContractGen.Readers.Tests.Samples;
using ContractGen.Testing;

namespace ContractGen.Readers.Tests.Parity;

/// <summary>
/// contracts/payments says the same API three times. What the formats share must print the same model:
/// the proto and OpenAPI projections are identical, and each AsyncAPI payload type prints the same as the proto type of
/// that name (and the OpenAPI one, where OpenAPI has it). The shared projection is also a golden, so a change to the
/// contracts shows up as a reviewable diff.
/// </summary>
public sealed class ParityTests
{
    private const string GoldenDir = "tests/ContractGen.Readers.Tests/Goldens/parity";

    [Fact]
    public void Proto_and_OpenAPI_project_to_the_same_http_api()
    {
        var proto = Load(SampleContracts.PaymentsProtoFiles());
        var openApi = Load("contracts/payments/openapi.yaml");

        var fromProto = new ParityProjection(proto).Http();
        var fromOpenApi = new ParityProjection(openApi).Http();

        Assert.Equal(fromProto, fromOpenApi);
        Golden.Assert($"{GoldenDir}/http.txt", fromProto);
    }

    [Fact]
    public void The_http_projection_covers_every_rpc_binding_and_shared_concept()
    {
        var proto = Load(SampleContracts.PaymentsProtoFiles());
        var text = new ParityProjection(proto).Http();

        // Every binding of every RPC is in the projection (additional bindings included).
        var bindings = proto.Operations.Sum(o => o.Http.Length);
        Assert.Equal(bindings, text.Split('\n').Count(l => l.StartsWith("op ", StringComparison.Ordinal)));
        Assert.Equal(15, proto.Operations.Count());
        Assert.Equal(16, bindings);

        // The concepts the parity is about are really there, not projected away.
        Assert.Contains("op PaymentService.CapturePayment POST /v1/payments/{}:capture query=[] body={amount:Money, requestId:string} response=Payment", text);
        Assert.Contains("op PaymentService.ListPayments GET /v1/customers/{}/payments ", text);
        Assert.Contains("op PaymentService.ListRefunds GET /v1/payments/{}/refunds query=[] body=none response=list<Refund>", text);
        Assert.Contains("op AuthService.RevokeToken POST /v1/oauth/token:revoke query=[] body={token:string[required], tokenTypeHint:string} response=none", text);
        Assert.Contains("oneof(bankTransfer:BankTransferDetails | card:CardDetails | wallet:WalletDetails)", text);
        Assert.Contains("currency:string[required]", text);
        Assert.Contains("metadata:map<string>", text);
        Assert.Contains("statementDescriptor:string?", text);
        Assert.Contains("enum PaymentStatus [", text);
    }

    [Fact]
    public void AsyncAPI_payloads_project_to_the_proto_event_types()
    {
        var asyncApi = Load("contracts/payments/asyncapi.yaml");
        var proto = Load(SampleContracts.PaymentsProtoFiles());

        var roots = new ParityProjection(asyncApi).PayloadTypeNames().ToList();
        Assert.Equal(["DeliveryResult", "NotificationDelivery", "PaymentEvent"], roots);

        var fromAsyncApi = new ParityProjection(asyncApi).TypesFrom(roots);
        var fromProto = new ParityProjection(proto).TypesFrom(roots);

        Assert.Equal(fromProto, fromAsyncApi);
        Assert.Contains("enum EventType [", fromAsyncApi);
        Golden.Assert($"{GoldenDir}/events.txt", fromAsyncApi);
    }

    [Fact]
    public void AsyncAPI_payloads_project_to_the_OpenAPI_event_types()
    {
        var asyncApi = Load("contracts/payments/asyncapi.yaml");
        var openApi = Load("contracts/payments/openapi.yaml");

        // PaymentEvent is what OpenAPI's webhook and event stream carry; the delivery types exist only on the event bus.
        var fromAsyncApi = new ParityProjection(asyncApi).TypesFrom(["PaymentEvent"]);
        var fromOpenApi = new ParityProjection(openApi).TypesFrom(["PaymentEvent"]);

        Assert.Equal(fromOpenApi, fromAsyncApi);
        Assert.Equal(["EventType", "Money", "PaymentEvent", "PaymentFailure", "PaymentStatus"],
            ParityProjection.TypeNames(fromAsyncApi).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_changed_contract_breaks_parity()
    {
        // Guard against a projection that hides differences: drop one field from the OpenAPI Money schema.
        var openApi = Load("contracts/payments/openapi.yaml");
        var money = Assert.IsType<RecordDef>(openApi.Types.Single(t => t.Name == "Money"));
        var changed = openApi with
        {
            Types = openApi.Types.Replace(money, money with { Fields = money.Fields.RemoveAll(f => f.JsonName == "currency") }),
        };
        var proto = Load(SampleContracts.PaymentsProtoFiles());

        Assert.NotEqual(new ParityProjection(proto).Http(), new ParityProjection(changed).Http());
    }

    private static ContractModel Load(params string[] inputs)
    {
        var result = SampleContracts.Load(inputs);
        Assert.True(!result.HasErrors, "expected no errors:\n" + SampleContracts.Errors(result));
        return result.Model;
    }
}
