using System.Collections.Immutable;

namespace ContractGen.Model;

/// <summary>
/// The whole contract: every input document merged into one immutable model. Readers produce one per document;
/// <see cref="Merge(IEnumerable{ContractModel})"/> combines them. Collections are ordered by id so output is deterministic.
/// </summary>
public sealed record ContractModel
{
    public static readonly ContractModel Empty = new();

    public ImmutableArray<SourceDocument> Documents { get; init; } = ImmutableArray<SourceDocument>.Empty;

    public ImmutableArray<TypeDef> Types { get; init; } = ImmutableArray<TypeDef>.Empty;

    public ImmutableArray<Service> Services { get; init; } = ImmutableArray<Service>.Empty;

    /// <summary>Fields declared outside their record (proto extensions), by full name.</summary>
    public ImmutableArray<ExtensionField> ExtensionFields { get; init; } = ImmutableArray<ExtensionField>.Empty;

    public ImmutableArray<Channel> Channels { get; init; } = ImmutableArray<Channel>.Empty;

    public ImmutableArray<Message> Messages { get; init; } = ImmutableArray<Message>.Empty;

    public ImmutableArray<MessageOperation> MessageOperations { get; init; } = ImmutableArray<MessageOperation>.Empty;

    public ImmutableArray<Server> Servers { get; init; } = ImmutableArray<Server>.Empty;

    public ImmutableArray<SecurityScheme> SecuritySchemes { get; init; } = ImmutableArray<SecurityScheme>.Empty;

    /// <summary>Document-level default security (OpenAPI root security).</summary>
    public ImmutableArray<SecurityRequirement> DefaultSecurity { get; init; } = ImmutableArray<SecurityRequirement>.Empty;

    public IEnumerable<Operation> Operations => Services.SelectMany(s => s.Operations);

    /// <summary>Combines models; elements keep their ids (see <see cref="Merge(IEnumerable{ContractModel}, DiagnosticBag, string)"/>).</summary>
    public static ContractModel Merge(IEnumerable<ContractModel> models) => Merge(models, null);

    /// <summary>
    /// Combines models; elements keep their ids. Elements with the same id are one element when they are the same
    /// declaration (same span: a file shared by two documents) or say the same (printed alike, spans aside); the first
    /// is kept. Services with the same id (an OpenAPI tag used by two documents) are one service with the operations of
    /// both. Any other element whose id is taken is a genuine duplicate: it is left out, with a warning
    /// (<paramref name="duplicateCode"/>) where it was declared. Documents are kept once per id.
    /// </summary>
    public static ContractModel Merge(IEnumerable<ContractModel> models, DiagnosticBag diagnostics, string duplicateCode) =>
        Merge(models, (kept, left) => diagnostics.Warning(duplicateCode, ModelMerge.Describe(left), left.Span, declaredAt: kept.Span));

    private static ContractModel Merge(IEnumerable<ContractModel> models, Action<Element, Element>? duplicate)
    {
        var list = models.ToList();
        var merge = new ModelMerge(duplicate);
        return new ContractModel
        {
            Documents = Distinct(list.SelectMany(m => m.Documents), d => d.Id),
            Types = merge.Distinct(list.SelectMany(m => m.Types)),
            Services = merge.Services(list.SelectMany(m => m.Services)),
            ExtensionFields = merge.Distinct(list.SelectMany(m => m.ExtensionFields)),
            Channels = merge.Distinct(list.SelectMany(m => m.Channels)),
            Messages = merge.Distinct(list.SelectMany(m => m.Messages)),
            MessageOperations = merge.Distinct(list.SelectMany(m => m.MessageOperations)),
            Servers = merge.Distinct(list.SelectMany(m => m.Servers)),
            SecuritySchemes = merge.Distinct(list.SelectMany(m => m.SecuritySchemes)),
            DefaultSecurity = list.SelectMany(m => m.DefaultSecurity).ToImmutableArray(),
        };
    }

    public TypeDef? FindType(string id) => Types.FirstOrDefault(t => t.Id == id);

    private static ImmutableArray<T> Distinct<T>(IEnumerable<T> items, Func<T, string> id)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return items.Where(i => seen.Add(id(i))).OrderBy(id, StringComparer.Ordinal).ToImmutableArray();
    }
}
