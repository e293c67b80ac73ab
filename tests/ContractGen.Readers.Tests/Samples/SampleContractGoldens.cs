using ContractGen.Model;
using ContractGen.Testing;

namespace ContractGen.Readers.Tests.Samples;

/// <summary>
/// Model goldens for every sample contract: the payments API per format and all together, each edge case and the
/// hostile fixture. All of them are valid contracts, so each must load with zero errors.
/// </summary>
public sealed class SampleContractGoldens
{
    private const string GoldenDir = "tests/ContractGen.Readers.Tests/Goldens";

    [Fact]
    public void Payments_proto_prints_its_golden()
    {
        var result = SampleContracts.Load(SampleContracts.PaymentsProtoFiles());
        AssertValid(result);
        Assert.Equal(["acme.payments.v1.AuthService", "acme.payments.v1.NotificationService", "acme.payments.v1.PaymentService"],
            result.Model.Services.Select(s => s.Id));
        Golden.Assert($"{GoldenDir}/payments/proto.txt", SampleContracts.Print(result));
    }

    [Fact]
    public void Payments_openapi_prints_its_golden()
    {
        var result = SampleContracts.Load("contracts/payments/openapi.yaml");
        AssertValid(result);
        Assert.Contains(result.Model.Operations, o => o.Name == "CapturePayment");
        Golden.Assert($"{GoldenDir}/payments/openapi.txt", SampleContracts.Print(result));
    }

    [Fact]
    public void Payments_asyncapi_prints_its_golden()
    {
        var result = SampleContracts.Load("contracts/payments/asyncapi.yaml");
        AssertValid(result);
        Assert.Equal(4, result.Model.MessageOperations.Length);
        Golden.Assert($"{GoldenDir}/payments/asyncapi.txt", SampleContracts.Print(result));
    }

    [Fact]
    public void Payments_folder_loads_all_three_formats_into_one_model()
    {
        var result = SampleContracts.Load("contracts/payments");
        AssertValid(result);
        Assert.Equal(
            [ContractFormat.Proto, ContractFormat.OpenApi, ContractFormat.AsyncApi],
            result.Model.Documents.Select(d => d.Format).Distinct().Order());
        Golden.Assert($"{GoldenDir}/payments/all.txt", SampleContracts.Print(result));
    }

    public static TheoryData<string> EdgeCases() => Files("edge-cases");

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public void Edge_case_prints_its_golden(string file)
    {
        var result = SampleContracts.Load(file);
        AssertValid(result);
        Golden.Assert($"{GoldenDir}/{Path.GetRelativePath("contracts", file).Replace('\\', '/')}.txt", SampleContracts.Print(result));
    }

    public static TheoryData<string> HostileFiles() => Files("hostile");

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public void Hostile_fixture_prints_its_golden(string file)
    {
        var result = SampleContracts.Load(file);
        AssertValid(result);
        Golden.Assert($"{GoldenDir}/{Path.GetRelativePath("contracts", file).Replace('\\', '/')}.txt", SampleContracts.Print(result));
    }

    private static TheoryData<string> Files(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Path.Combine(RepoPaths.Contracts, folder))
                     .Where(f => f.EndsWith(".proto", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal))
                     .Select(SampleContracts.Relative)
                     .OrderBy(f => f, StringComparer.Ordinal))
        {
            data.Add(f);
        }

        return data;
    }

    private static void AssertValid(LoadResult result)
    {
        Assert.True(!result.HasErrors, "expected no errors:\n" + SampleContracts.Errors(result));
        Assert.NotEmpty(result.Model.Documents);
    }
}
