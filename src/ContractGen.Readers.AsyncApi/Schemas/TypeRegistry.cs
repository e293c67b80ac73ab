using System.Collections.Immutable;
using System.Text;
using ContractGen.Model;

namespace ContractGen.Readers.AsyncApi.Schemas;

/// <summary>Named types found while reading one document, and the names already taken.</summary>
internal sealed class TypeRegistry
{
    private readonly Dictionary<string, TypeDef> _defs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    public bool IsKnown(string id) => _defs.ContainsKey(id) || _inProgress.Contains(id);

    public TypeDef? Find(string id) => _defs.GetValueOrDefault(id);

    /// <summary>Marks a type as being built (so recursive references stop there) and reserves a unique name.</summary>
    public string Begin(string id, string wantedName)
    {
        _inProgress.Add(id);
        return UniqueName(wantedName);
    }

    public void Complete(TypeDef def)
    {
        _inProgress.Remove(def.Id);
        _defs[def.Id] = def;
    }

    public string? NameOf(string id) => _defs.TryGetValue(id, out var d) ? d.Name : _pendingNames.GetValueOrDefault(id);

    private readonly Dictionary<string, string> _pendingNames = new(StringComparer.Ordinal);

    public void SetPendingName(string id, string name) => _pendingNames[id] = name;

    public ImmutableArray<TypeDef> All => _defs.Values.OrderBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();

    private string UniqueName(string wanted)
    {
        var name = wanted.Length == 0 ? "Type" : wanted;
        if (_names.Add(name))
        {
            return name;
        }

        for (var i = 2; ; i++)
        {
            var candidate = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (_names.Add(candidate))
            {
                return candidate;
            }
        }
    }

    /// <summary>PascalCase of the letters and digits of <paramref name="text"/> ("user/signed-up" → "UserSignedUp").</summary>
    public static string Pascal(string text)
    {
        var sb = new StringBuilder();
        var upper = true;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        return sb.ToString();
    }
}
