using System.Text.Json.Nodes;
using ContractGen.Model;
using ContractGen.Readers.AsyncApi.Documents;
using ContractGen.Readers.AsyncApi.Refs;
using ContractGen.Readers.AsyncApi.Schemas;

namespace ContractGen.Readers.AsyncApi.Mapping;

/// <summary>Everything one document's mapping shares: the parsed files, refs, schema mapper and the collected elements.</summary>
internal sealed class ReadContext
{
    public ReadContext(SourceFile file, JsonObject root, string version, RefResolver refs, Reporter report)
    {
        File = file;
        Root = root;
        Version = version;
        Refs = refs;
        Report = report;
        Schemas = new SchemaMapper(refs, new TypeRegistry());
        Messages = new MessageMapper(this);
    }

    public SourceFile File { get; }

    public JsonObject Root { get; }

    /// <summary>The asyncapi version, e.g. "2.6.0".</summary>
    public string Version { get; }

    public bool IsV3 => Version.StartsWith("3.", StringComparison.Ordinal);

    public RefResolver Refs { get; }

    public NodeIndex Index => Refs.Index;

    public Reporter Report { get; }

    public SchemaMapper Schemas { get; }

    public MessageMapper Messages { get; }

    public string? DefaultContentType { get; set; }

    public List<Channel> Channels { get; } = new();

    public List<MessageOperation> Operations { get; } = new();

    public List<Server> Servers { get; } = new();

    public Dictionary<string, SecurityScheme> Schemes { get; } = new(StringComparer.Ordinal);

    /// <summary>Ids already used by operations (explicit or synthesized).</summary>
    public HashSet<string> OperationIds { get; } = new(StringComparer.Ordinal);

    public SourceSpan Span(JsonNode? node) => Index.Span(node);

    public SourceSpan KeySpan(JsonObject owner, string key) => Index.KeySpan(owner, key);

    public Located? Deref(JsonNode? node) => Refs.Deref(node, File);

    public string UniqueOperationId(string wanted)
    {
        var id = wanted;
        for (var i = 2; !OperationIds.Add(id); i++)
        {
            id = wanted + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return id;
    }
}
