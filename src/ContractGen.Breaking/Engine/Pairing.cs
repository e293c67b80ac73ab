using ContractGen.Model;

namespace ContractGen.Breaking;

/// <summary>Pairing stages shared helpers. Each stage lives in its own Pairing.*.cs file.</summary>
internal sealed partial class Pairing(CheckContext context, Action<Pair> dispatch)
{
    private readonly CheckContext _context = context;
    private readonly Action<Pair> _dispatch = dispatch;
    private SchemaWalker? _walker;
    private FormatSet? _onlyFormat;

    private ModelIndex Prev => _context.Previous;

    private ModelIndex Curr => _context.Current;

    private SchemaWalker Walker => _walker ??= new SchemaWalker(_context, _dispatch);

    /// <summary>Full outer join by key, ordered by key.</summary>
    internal static IEnumerable<(T? Previous, T? Current)> ByKey<T>(IEnumerable<T> previous, IEnumerable<T> current, Func<T, string> key)
        where T : class
    {
        var p = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in previous)
        {
            p.TryAdd(key(item), item);
        }

        var c = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in current)
        {
            c.TryAdd(key(item), item);
        }

        foreach (var k in p.Keys.Union(c.Keys).OrderBy(k => k, StringComparer.Ordinal))
        {
            yield return (p.GetValueOrDefault(k), c.GetValueOrDefault(k));
        }
    }

    /// <summary>The format an element came from (its document's), falling back to the only format present.</summary>
    private FormatSet FormatOf(Element? previous, Element? current)
    {
        var doc = (current is null ? null : Curr.DocumentOf(current)) ?? (previous is null ? null : Prev.DocumentOf(previous));
        if (doc is not null)
        {
            return FormatSets.Of(doc.Format);
        }

        return _onlyFormat ??= OnlyFormat();
    }

    private FormatSet OnlyFormat()
    {
        var formats = Curr.Model.Documents.Concat(Prev.Model.Documents).Select(d => d.Format).Distinct().ToList();
        return formats.Count == 1 ? FormatSets.Of(formats[0]) : FormatSet.None;
    }

    private PairScope ScopeFor(Element? previous, Element? current, string path)
    {
        var pdoc = previous is null ? null : Prev.DocumentOf(previous);
        var cdoc = current is null ? null : Curr.DocumentOf(current);
        return PairScope.Root(FormatOf(previous, current)).Enter("", pdoc, cdoc) with { Path = path };
    }

    public void Documents()
    {
        var previous = Prev.Model.Documents.ToList();
        var current = Curr.Model.Documents.ToList();
        var pairs = new List<(SourceDocument? Previous, SourceDocument? Current)>();
        var pk = previous.GroupBy(Prev.DocumentKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var ck = current.GroupBy(Curr.DocumentKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var matched = pk.Keys.Intersect(ck.Keys, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        foreach (var key in matched)
        {
            pairs.Add((pk[key], ck[key]));
        }

        // One unmatched document of a format on each side (v1.yaml against v2.yaml) pair up.
        var pu = pk.Where(kv => !matched.Contains(kv.Key)).Select(kv => kv.Value).ToList();
        var cu = ck.Where(kv => !matched.Contains(kv.Key)).Select(kv => kv.Value).ToList();
        foreach (var format in pu.Select(d => d.Format).Distinct().ToList())
        {
            var ps = pu.Where(d => d.Format == format).ToList();
            var cs = cu.Where(d => d.Format == format).ToList();
            if (ps.Count == 1 && cs.Count == 1 && format != ContractFormat.Proto)
            {
                pairs.Add((ps[0], cs[0]));
                pu.Remove(ps[0]);
                cu.Remove(cs[0]);
            }
        }

        pairs.AddRange(pu.Select(d => ((SourceDocument?)d, (SourceDocument?)null)));
        pairs.AddRange(cu.Select(d => ((SourceDocument?)null, (SourceDocument?)d)));
        foreach (var (p, c) in pairs.OrderBy(x => (x.Current ?? x.Previous)!.Path, StringComparer.Ordinal))
        {
            var key = c is not null ? Curr.DocumentKey(c) : Prev.DocumentKey(p!);
            if (p is not null)
            {
                Prev.SetPairKey(p.Id, key);
            }

            if (c is not null)
            {
                Curr.SetPairKey(c.Id, key);
            }

            var scope = PairScope.Root(FormatSets.Of((c ?? p)!.Format)).Enter(key, p, c);
            _dispatch(new DocumentPair(scope, p, c));
        }
    }
}
