using System.Collections.Immutable;
using ContractGen.Model;

namespace ContractGen.Breaking;

/// <summary>
/// Where a pair sits: its format, a readable element path, and the enclosing elements on each side
/// (document → service → operation …), which inline suppressions and stability markers are read from.
/// </summary>
public sealed record PairScope(FormatSet Format, string Path, ImmutableArray<Element> Previous, ImmutableArray<Element> Current)
{
    public static PairScope Root(FormatSet format) => new(format, "", ImmutableArray<Element>.Empty, ImmutableArray<Element>.Empty);

    public PairScope Enter(string segment, Element? previous, Element? current) => this with
    {
        Path = Path.Length == 0 ? segment : segment.StartsWith('[') || segment.StartsWith('.') ? Path + segment : Path + "/" + segment,
        Previous = previous is null ? Previous : Previous.Add(previous),
        Current = current is null ? Current : Current.Add(current),
    };
}

/// <summary>A previous/current pair handed to rules. Either side may be missing (added or deleted elements).</summary>
public abstract class Pair
{
    protected Pair(PairScope scope) => Scope = scope;

    public PairScope Scope { get; }

    public FormatSet Format => Scope.Format;

    /// <summary>Where a finding about this pair goes when the rule does not name a place.</summary>
    public abstract SourceSpan DefaultLocation { get; }
}

/// <summary>A pair of same-kind elements (documents, types, services, operations, channels, messages, servers).</summary>
public class ElementPair<T> : Pair
    where T : Element
{
    public ElementPair(PairScope scope, T? previous, T? current)
        : base(scope)
    {
        Previous = previous;
        Current = current;
    }

    public T? Previous { get; }

    public T? Current { get; }

    public bool IsDeleted => Previous is not null && Current is null;

    public bool IsAdded => Previous is null && Current is not null;

    public bool IsPaired => Previous is not null && Current is not null;

    public override SourceSpan DefaultLocation => (Current ?? (Element?)Previous)!.Span;
}
