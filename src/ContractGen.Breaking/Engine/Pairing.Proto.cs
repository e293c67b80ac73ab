using ContractGen.Model;

namespace ContractGen.Breaking;

/// <summary>Proto definitions: packages by name, messages and enums by full name, fields by number, enum values by number.</summary>
internal sealed partial class Pairing
{
    public void Proto()
    {
        var prevDocs = Prev.Model.Documents.Where(d => d.Format == ContractFormat.Proto).ToList();
        var currDocs = Curr.Model.Documents.Where(d => d.Format == ContractFormat.Proto).ToList();
        if (prevDocs.Count == 0 && currDocs.Count == 0)
        {
            return;
        }

        var prevByPackage = prevDocs.ToLookup(d => d.Package ?? "", StringComparer.Ordinal);
        var currByPackage = currDocs.ToLookup(d => d.Package ?? "", StringComparer.Ordinal);
        var packages = prevDocs.Concat(currDocs).Select(d => d.Package ?? "").Distinct().OrderBy(p => p, StringComparer.Ordinal);
        foreach (var package in packages)
        {
            var p = prevByPackage[package].ToList();
            var c = currByPackage[package].ToList();
            var scope = PairScope.Root(FormatSet.Proto) with { Path = package, Previous = [.. p], Current = [.. c] };
            _dispatch(new PackagePair(scope, package, p, c));
        }

        bool IsProto(ModelIndex side, TypeDef t) => side.DocumentOf(t)?.Format == ContractFormat.Proto;
        var prevTypes = Prev.Model.Types.Where(t => IsProto(Prev, t));
        var currTypes = Curr.Model.Types.Where(t => IsProto(Curr, t));
        foreach (var (p, c) in ByKey(prevTypes, currTypes, t => t.Id))
        {
            var scope = ScopeFor(p, c, (c ?? p)!.Id).Enter("", p, c) with { Path = (c ?? p)!.Id };
            _dispatch(new TypePair(scope, p, c));
            switch (p, c)
            {
                case (RecordDef pr, RecordDef cr):
                    Fields(scope, pr, cr);
                    break;
                case (EnumDef pe, EnumDef ce):
                    EnumValues(scope, pe, ce);
                    break;
            }
        }
    }

    private void Fields(PairScope scope, RecordDef previous, RecordDef current)
    {
        static string Key(FieldDef f) => f.Number is { } n ? n.ToString("D10", System.Globalization.CultureInfo.InvariantCulture) : f.Name;
        foreach (var (p, c) in ByKey(previous.Fields, current.Fields, Key))
        {
            _dispatch(new FieldPair(scope.Enter("." + (c ?? p)!.Name, p, c), previous, current, p, c));
        }
    }

    private void EnumValues(PairScope scope, EnumDef previous, EnumDef current)
    {
        var prevByNumber = previous.Values.ToLookup(v => v.Number ?? 0);
        var currByNumber = current.Values.ToLookup(v => v.Number ?? 0);
        var numbers = previous.Values.Concat(current.Values).Select(v => v.Number ?? 0).Distinct().Order();
        foreach (var number in numbers)
        {
            var p = prevByNumber[number].ToList();
            var c = currByNumber[number].ToList();
            var name = (c.Count > 0 ? c[0] : p[0]).Name;
            _dispatch(new EnumValuePair(scope.Enter("." + name, p.FirstOrDefault(), c.FirstOrDefault()), previous, current, number, p, c));
        }
    }
}
