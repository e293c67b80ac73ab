using System.Collections.Immutable;
using ContractGen.Model.Printing;

namespace ContractGen.Model;

/// <summary>
/// How <see cref="ContractModel.Merge(IEnumerable{ContractModel}, Action{Element, Element}?)"/> treats elements that
/// share an id: the same declaration or the same content is one element; services combine their operations; anything
/// else is a duplicate, reported to the caller and left out.
/// </summary>
internal sealed class ModelMerge(Action<Element, Element>? duplicate)
{
    private static readonly PrintOptions ContentOnly = new() { Spans = false };

    public ImmutableArray<T> Distinct<T>(IEnumerable<T> items)
        where T : Element
    {
        var kept = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!kept.TryGetValue(item.Id, out var first))
            {
                kept[item.Id] = item;
            }
            else if (!Same(first, item))
            {
                duplicate?.Invoke(first, item);
            }
        }

        return kept.Values.OrderBy(i => i.Id, StringComparer.Ordinal).ToImmutableArray();
    }

    public ImmutableArray<Service> Services(IEnumerable<Service> services)
    {
        var groups = new Dictionary<string, List<Service>>(StringComparer.Ordinal);
        foreach (var service in services)
        {
            if (!groups.TryGetValue(service.Id, out var group))
            {
                groups[service.Id] = group = new List<Service>();
            }

            group.Add(service);
        }

        return groups.Values
            .Select(g => g.Count == 1 ? g[0] : g[0] with { Operations = Distinct(g.SelectMany(s => s.Operations)) })
            .OrderBy(s => s.Id, StringComparer.Ordinal)
            .ToImmutableArray();
    }

    /// <summary>The warning for a declaration left out because another has its id (that one goes into <see cref="Diagnostic.DeclaredAt"/>).</summary>
    public static string Describe(Element left)
    {
        var kind = left switch
        {
            TypeDef => "type",
            Operation => "operation",
            ExtensionField => "extension field",
            Channel => "channel",
            Message => "message",
            MessageOperation => "message operation",
            Server => "server",
            SecurityScheme => "security scheme",
            _ => "element",
        };
        return $"{kind} '{left.Id}' is left out of the model: element ids must be unique across the inputs, and it differs from the {kind} with that id";
    }

    private static bool Same(Element a, Element b) =>
        a.GetType() == b.GetType() && (a.Span == b.Span || Content(a) == Content(b));

    /// <summary>The element's lines in the golden format, without spans.</summary>
    private static string Content(Element e) => ModelPrinter.Print(e switch
    {
        TypeDef t => new ContractModel { Types = [t] },
        Operation o => new ContractModel { Services = [new Service { Id = "", Name = "", Operations = [o] }] },
        ExtensionField x => new ContractModel { ExtensionFields = [x] },
        Channel c => new ContractModel { Channels = [c] },
        Message m => new ContractModel { Messages = [m] },
        MessageOperation o => new ContractModel { MessageOperations = [o] },
        Server s => new ContractModel { Servers = [s] },
        SecurityScheme s => new ContractModel { SecuritySchemes = [s] },
        _ => ContractModel.Empty,
    }, ContentOnly) + e.GetType().Name;
}
