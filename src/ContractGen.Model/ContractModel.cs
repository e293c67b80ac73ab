using System.Collections.Immutable;

namespace ContractGen.Model;

/// <summary>
/// The whole contract: every input document merged into one immutable model. Readers produce one per document;
/// <see cref="Merge"/> combines them. Collections are ordered by id so output is deterministic.
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

    /// <summary>Combines models; elements keep their ids; duplicates (same id) keep the first occurrence.</summary>
    public static ContractModel Merge(IEnumerable<ContractModel> models)
    {
        var list = models.ToList();
        return new ContractModel
        {
            Documents = Distinct(list.SelectMany(m => m.Documents), d => d.Id),
            Types = Distinct(list.SelectMany(m => m.Types), t => t.Id),
            Services = Distinct(list.SelectMany(m => m.Services), s => s.Id),
            ExtensionFields = Distinct(list.SelectMany(m => m.ExtensionFields), e => e.Id),
            Channels = Distinct(list.SelectMany(m => m.Channels), c => c.Id),
            Messages = Distinct(list.SelectMany(m => m.Messages), m => m.Id),
            MessageOperations = Distinct(list.SelectMany(m => m.MessageOperations), o => o.Id),
            Servers = Distinct(list.SelectMany(m => m.Servers), s => s.Id),
            SecuritySchemes = Distinct(list.SelectMany(m => m.SecuritySchemes), s => s.Id),
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
