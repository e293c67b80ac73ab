using System.Collections.Immutable;
using ContractGen.Model;

namespace ContractGen.Breaking;

/// <summary>
/// Proto extensions, paired the three ways buf pairs them: by nested name inside a file present on both sides
/// (<see cref="ExtensionPair"/>), by nested name inside a package present on both sides (<see cref="PackageExtensionPair"/>),
/// and by extendee and number over the whole set, where an extension is a field of its extendee and the field rules
/// see it as a <see cref="FieldPair"/> (only when both sides have it; deletions are the two rules above).
/// </summary>
internal sealed partial class Pairing
{
    private sealed record Keyed(string Key, ExtensionField Extension);

    public void Extensions()
    {
        var previous = Prev.Model.ExtensionFields;
        var current = Curr.Model.ExtensionFields;
        if (previous.IsDefaultOrEmpty && current.IsDefaultOrEmpty)
        {
            return;
        }

        ExtensionsByFile(previous, current);
        ExtensionsByPackage(previous, current);
        foreach (var (p, c) in ByKey(previous, current, e => e.Extendee.TypeId + "#" + e.Number))
        {
            if (p is not null && c is not null)
            {
                _dispatch(new FieldPair(ExtensionScope(p, c), ExtendeeAt(p), ExtendeeAt(c), p, c));
            }
        }
    }

    /// <summary>The extended record as the field rules see it: named by full name (as buf names it), placed at the extension, so
    /// file facts (syntax, file options) are those of the file that declares the extension.</summary>
    private static RecordDef ExtendeeAt(ExtensionField e) =>
        new() { Id = e.Extendee.TypeId, Name = e.Extendee.TypeId, Span = e.Span, AdditionalPropertiesAllowed = false };

    private PairScope ExtensionScope(ExtensionField? p, ExtensionField? c)
    {
        var id = (c ?? p)!.Id;
        return ScopeFor(p, c, id).Enter("", p, c) with { Path = id };
    }

    private void ExtensionsByFile(ImmutableArray<ExtensionField> previous, ImmutableArray<ExtensionField> current)
    {
        var pe = previous.GroupBy(Prev.FileKeyOf, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var ce = current.GroupBy(Curr.FileKeyOf, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var currentFiles = ProtoDocuments(Curr).GroupBy(Curr.DocumentKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var pf in ProtoDocuments(Prev))
        {
            var key = Prev.DocumentKey(pf);
            if (!currentFiles.TryGetValue(key, out var cf) || (!pe.ContainsKey(key) && !ce.ContainsKey(key)))
            {
                continue;
            }

            foreach (var (p, c) in ByKey(Named(Prev, pe.GetValueOrDefault(key)), Named(Curr, ce.GetValueOrDefault(key)), k => k.Key))
            {
                _dispatch(new ExtensionPair(ExtensionScope(p?.Extension, c?.Extension), (c ?? p)!.Key, pf, cf, p?.Extension, c?.Extension));
            }
        }
    }

    private void ExtensionsByPackage(ImmutableArray<ExtensionField> previous, ImmutableArray<ExtensionField> current)
    {
        string PackageOf(ModelIndex side, ExtensionField e) => side.DocumentOf(e)?.Package ?? "";
        var both = ProtoDocuments(Prev).Select(d => d.Package ?? "").Intersect(ProtoDocuments(Curr).Select(d => d.Package ?? ""), StringComparer.Ordinal)
            .ToHashSet(StringComparer.Ordinal);
        var pe = previous.GroupBy(e => PackageOf(Prev, e), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var ce = current.GroupBy(e => PackageOf(Curr, e), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var package in pe.Keys.Union(ce.Keys, StringComparer.Ordinal).Where(both.Contains).Order(StringComparer.Ordinal))
        {
            foreach (var (p, c) in ByKey(Named(Prev, pe.GetValueOrDefault(package)), Named(Curr, ce.GetValueOrDefault(package)), k => k.Key))
            {
                _dispatch(new PackageExtensionPair(ExtensionScope(p?.Extension, c?.Extension), package, (c ?? p)!.Key, p?.Extension, c?.Extension));
            }
        }
    }

    private static IEnumerable<SourceDocument> ProtoDocuments(ModelIndex side) => side.Model.Documents.Where(d => d.Format == ContractFormat.Proto);

    /// <summary>Extensions keyed by nested name: the full name without the package of the file that declares them.</summary>
    private static IEnumerable<Keyed> Named(ModelIndex side, List<ExtensionField>? extensions) =>
        (extensions ?? []).Select(e => side.DocumentOf(e)?.Package is { Length: > 0 } package && e.Id.StartsWith(package + ".", StringComparison.Ordinal)
            ? new Keyed(e.Id[(package.Length + 1)..], e)
            : new Keyed(e.Id, e));
}
