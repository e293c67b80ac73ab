using System.Collections.Immutable;
using ContractGen.Model;

namespace ContractGen.Breaking.Tests.Engine;

/// <summary>Small hand-built models for engine tests that do not need a reader.</summary>
internal static class ModelBuilder
{
    public static SourceDocument OpenApiDoc(string path, string version = "1.0.0") => new()
    {
        Id = path, Path = path, Format = ContractFormat.OpenApi, SpecVersion = "3.1.0", ApiVersion = version, Span = new SourceSpan(path, 1, 1),
    };

    public static SourceDocument ProtoDoc(string path, string package) => new()
    {
        Id = Path.GetFileName(path), Path = path, Format = ContractFormat.Proto, SpecVersion = "proto3", Package = package, Span = new SourceSpan(path, 1, 1),
    };

    public static FieldDef Property(string file, int line, string name, TypeRef type, bool required = false) => new()
    {
        Id = name, Name = name, JsonName = name, Type = type, Span = new SourceSpan(file, line, 9),
        Presence = required ? FieldPresence.Required : FieldPresence.Implicit,
    };

    public static RecordDef Schema(string file, int line, string name, params FieldDef[] fields) => new()
    {
        Id = "#/components/schemas/" + name, Name = name, Span = new SourceSpan(file, line, 5), Fields = [.. fields],
    };

    public static TypeRef Ref(string name) => new NamedTypeRef("#/components/schemas/" + name);

    public static TypeRef Str(params string[] enumValues) =>
        new ScalarType(ScalarKind.String) { Constraints = enumValues.Length == 0 ? Constraints.None : new Constraints { Enum = [.. enumValues.Select(v => $"\"{v}\"")] } };

    /// <summary>One operation POST /items taking <paramref name="request"/> and returning <paramref name="response"/> (200).</summary>
    public static Operation Operation(string file, string id, string method, string path, TypeRef? request, TypeRef? response, bool deprecated = false) => new()
    {
        Id = id, Name = id, ServiceId = "svc", Span = new SourceSpan(file, 10, 7), Deprecated = deprecated,
        Http =
        [
            new HttpBinding
            {
                Method = method,
                Path = new PathTemplate { Text = path, Syntax = TemplateSyntax.OpenApi },
                RequestBody = request is null ? null : new RequestBody { Required = true, Content = [new MediaContent("application/json", request)], Span = new SourceSpan(file, 11, 9) },
                Responses = response is null ? [] : [new HttpResponse { Status = "200", Content = [new MediaContent("application/json", response)], Span = new SourceSpan(file, 12, 9) }],
                Span = new SourceSpan(file, 10, 7),
            },
        ],
    };

    public static ContractModel OpenApi(SourceDocument doc, IEnumerable<TypeDef> types, params Operation[] operations) => new()
    {
        Documents = [doc],
        Types = [.. types],
        Services = [new Service { Id = "svc", Name = "svc", Span = doc.Span, Operations = [.. operations] }],
    };

    public static ImmutableSortedDictionary<string, string> Ext(string key, string json) =>
        ExtensionData.Empty.Add(key, json);
}
