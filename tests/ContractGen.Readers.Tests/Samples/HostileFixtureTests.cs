using ContractGen.Model;

namespace ContractGen.Readers.Tests.Samples;

/// <summary>
/// The hostile fixture reaches the model byte for byte: names and texts holding quotes, newlines, comment terminators,
/// triple quotes, backslashes and template syntax are kept exactly as the contract says (escaping is the emitters' job).
/// </summary>
public sealed class HostileFixtureTests
{
    [Fact]
    public void Proto_json_names_and_defaults_are_kept_exactly()
    {
        var model = Load("contracts/hostile/hostile.proto", "contracts/hostile/hostile_defaults.proto");

        var iface = Record(model, "hostile.v1.interface");
        Assert.Equal(
            ["name\"space\\*/", "${func}{{func}}", "line\nbreak\ttab", "\"\"\"ü中💥"],
            iface.Fields.Take(4).Select(f => f.JsonName));
        Assert.Contains(iface.Fields, f => f.Name == "this" && f.Type is NamedTypeRef { TypeId: "hostile.v1.interface" });

        var defaults = Record(model, "hostile.v1.defaults.Defaults");
        Assert.Equal("\"say \\\"hi\\\" */ /* \\\"\\\"\\\"\"", Default(defaults, "quoted"));
        Assert.Equal("\"C:\\\\path\\\\to\\\\file\\\\\"", Default(defaults, "backslashes"));
        Assert.Equal("\"line1\\nline2\\r\\n\\ttabbed\"", Default(defaults, "newline"));
        Assert.Contains(defaults.Fields, f => f.Name == "class" && f.IsRequired);

        var op = model.Operations.Single(o => o.Name == "import");
        Assert.Equal("/v1/$price/~user/it's/{func}", op.Http.Single().Path.Text);
        Assert.Contains("*/", model.Types.Single(t => t.Id == "hostile.v1.class").Docs.Summary + model.Types.Single(t => t.Id == "hostile.v1.class").Docs.Description);
    }

    [Fact]
    public void OpenAPI_property_names_and_enum_values_are_kept_exactly()
    {
        var model = Load("contracts/hostile/openapi.yaml");

        var record = Record(model, "openapi.yaml#/components/schemas/class");
        foreach (var name in new[] { "quote\"d", "*/", "/*", "\"\"\"", "back\\slash", "new\nline", "${x}", "{{x}}", "</script>", "it's", "`tick`", "ü中💥", "" })
        {
            Assert.Contains(record.Fields, f => f.JsonName == name);
        }

        Assert.Equal(2, record.Fields.Count(f => f.IsRequired));
        var values = Assert.IsType<EnumDef>(model.FindType("openapi.yaml#/components/schemas/type")).Values.Select(v => v.Name).ToList();
        Assert.Contains("new\nline", values);
        Assert.Contains("back\\slash", values);
        Assert.Contains("", values);
        Assert.Contains(model.Operations, o => o.Name == "get\"Item*/");
        Assert.Contains(model.Operations.SelectMany(o => o.Http).SelectMany(b => b.Parameters), p => p.Name == "q\"*/${q}");
    }

    [Fact]
    public void AsyncAPI_addresses_and_names_are_kept_exactly()
    {
        var model = Load("contracts/hostile/asyncapi.yaml");

        var channel = model.Channels.Single();
        Assert.Equal("evil/${env}/{id}/it's/\"quoted\"/*/", channel.Address?.Text);
        Assert.Equal(["env", "id"], channel.Address!.Variables.Select(v => v.FieldPath));
        Assert.Contains(model.Messages, m => m.Name == "def */ \"name\" ${x} {{x}}");
        var lambda = Record(model, model.Types.Single(t => t.Name == "lambda").Id);
        Assert.Contains(lambda.Fields, f => f.JsonName == "quote\"d");
        Assert.Contains(lambda.Fields, f => f.JsonName == "${x}");
    }

    [Theory]
    [InlineData("contracts/hostile/hostile.proto")]
    [InlineData("contracts/hostile/hostile_defaults.proto")]
    [InlineData("contracts/hostile/openapi.yaml")]
    [InlineData("contracts/hostile/asyncapi.yaml")]
    public void Printed_model_keeps_one_element_per_line(string file)
    {
        // Names with newlines are printed escaped: every line still starts with an element kind.
        var text = SampleContracts.Print(SampleContracts.Load(file));
        Assert.All(text.TrimEnd('\n').Split('\n'), line => Assert.Matches("^[a-z][a-z-]* ", line));
    }

    private static ContractModel Load(params string[] inputs)
    {
        var result = SampleContracts.Load(inputs);
        Assert.True(!result.HasErrors, "expected no errors:\n" + SampleContracts.Errors(result));
        return result.Model;
    }

    private static RecordDef Record(ContractModel model, string id) => Assert.IsType<RecordDef>(model.FindType(id));

    private static string? Default(RecordDef record, string field) =>
        record.Fields.Single(f => f.Name == field).Type.Constraints.Default;
}
