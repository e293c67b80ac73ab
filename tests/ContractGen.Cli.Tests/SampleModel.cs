using System.Collections.Immutable;
using ContractGen.Model;

namespace ContractGen.Cli.Tests;

/// <summary>A reader returning a small model touching most model kinds, with spans in the file it was given.</summary>
internal sealed class SampleReader(ContractFormat format, params Diagnostic[] extra) : IContractReader
{
    public ContractFormat Format => format;

    public bool CanRead(string path, string? head) => false;

    public ReadResult Read(IReadOnlyList<string> paths, ReaderOptions options, CancellationToken cancellationToken = default) =>
        new(SampleModel.For(paths[0]), extra.Select(d => d with { Span = d.Span with { File = paths[0] } }).ToList());
}

internal static class SampleModel
{
    public static ContractModel For(string file)
    {
        SourceSpan At(int line) => new(file, line, 1);
        var path = new PathTemplate
        {
            Text = "/v1/{name=shelves/*}",
            Syntax = TemplateSyntax.HttpRule,
            Segments = [new LiteralSegment("v1"), new VariableSegment(new TemplateVariable("name") { Pattern = [new LiteralSegment("shelves"), new WildcardSegment(false)] })],
        };
        return ContractModel.Empty with
        {
            Documents = [new SourceDocument { Id = "acme.proto", Path = file, Format = ContractFormat.Proto, SpecVersion = "proto3", Package = "acme.v1", Span = At(1) }],
            Types =
            [
                new RecordDef
                {
                    Id = "acme.v1.Shelf", Name = "Shelf", Span = At(3), Docs = new Docs("A shelf \"quoted\"\nnext line", null),
                    Fields =
                    [
                        new FieldDef { Id = "acme.v1.Shelf.name", Name = "name", JsonName = "name", Number = 1, Type = new ScalarType(ScalarKind.String) { Constraints = new Constraints { MaxLength = 10 } }, Span = At(4) },
                        new FieldDef { Id = "acme.v1.Shelf.tags", Name = "tags", JsonName = "tags", Number = 2, Type = new ListType(new NamedTypeRef("acme.v1.Tag")), Cardinality = FieldCardinality.Repeated, Span = At(5) },
                    ],
                    Extensions = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [new KeyValuePair<string, string>("option:deprecated_legacy", "true"), new("x-raw", "not json")]),
                },
                new EnumDef { Id = "acme.v1.Tag", Name = "Tag", Values = [new EnumValue { Id = "acme.v1.Tag.TAG_UNSPECIFIED", Name = "TAG_UNSPECIFIED", Number = 0, Value = "TAG_UNSPECIFIED" }], Span = At(8) },
            ],
            ExtensionFields =
            [
                new ExtensionField
                {
                    Id = "acme.v1.Shelf.label", Name = "label", JsonName = "[acme.v1.Shelf.label]", Number = 100, Type = new ScalarType(ScalarKind.String),
                    Presence = FieldPresence.Explicit, Extendee = new NamedTypeRef("google.protobuf.FieldOptions"), ScopeId = "acme.v1.Shelf", Span = At(14),
                },
            ],
            Services =
            [
                new Service
                {
                    Id = "acme.v1.Library", Name = "Library", Span = At(10),
                    Operations =
                    [
                        new Operation
                        {
                            Id = "acme.v1.Library.GetShelf", Name = "GetShelf", ServiceId = "acme.v1.Library", Span = At(11),
                            Input = new NamedTypeRef("acme.v1.Shelf"), Output = new NamedTypeRef("acme.v1.Shelf"),
                            Http = [new HttpBinding { Method = "GET", Path = path, Span = At(12) }],
                            Security = ImmutableArray<SecurityRequirement>.Empty,
                        },
                    ],
                },
            ],
        };
    }
}
