using System.Diagnostics.CodeAnalysis;

namespace ContractGen.Model;

/// <summary>
/// A field declared outside the record it adds to (a proto <c>extend</c> block, custom options included): it gives
/// <see cref="Extendee"/> the field <see cref="FieldDef.Number"/>. Name, type, cardinality, presence, options, docs and
/// span are those of any field; <see cref="Element.Id"/> is the full name (package, enclosing message, name) and
/// <see cref="FieldDef.JsonName"/> the ProtoJSON key, <c>[full.name]</c>. Two versions pair by extendee and number (the
/// wire identity) or by full name (the declaration). OpenAPI and AsyncAPI have none.
/// </summary>
public sealed record ExtensionField : FieldDef
{
    public ExtensionField()
    {
    }

    /// <summary>The extension <paramref name="field"/> (every field member copied) of <paramref name="extendee"/>.</summary>
    [SetsRequiredMembers]
    public ExtensionField(FieldDef field, NamedTypeRef extendee)
        : base(field) => Extendee = extendee;

    /// <summary>The extended record, by id (for proto descriptor options, e.g. google.protobuf.MethodOptions, not a model type).</summary>
    public required NamedTypeRef Extendee { get; init; }

    /// <summary>Id of the record the extension is declared inside; null when it is declared at file (package) level.</summary>
    public string? ScopeId { get; init; }
}
