using System.Globalization;
using System.Text;

namespace ContractGen.Emit.Naming;

/// <summary>
/// Splits a name taken from a contract into words (on case changes, digits boundaries kept, and every character that
/// is not a letter or digit), so each language can join them in its own style. Non-ASCII letters are kept; the
/// languages decide whether identifiers may hold them.
/// </summary>
public static class Words
{
    public static IReadOnlyList<string> Split(string name)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush(words, current);
                continue;
            }

            if (current.Length > 0 && char.IsUpper(c))
            {
                var prev = current[^1];
                var nextIsLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (char.IsLower(prev) || char.IsDigit(prev) || (char.IsUpper(prev) && nextIsLower))
                {
                    Flush(words, current);
                }
            }

            current.Append(c);
        }

        Flush(words, current);
        return words;
    }

    public static string Pascal(IEnumerable<string> words) =>
        string.Concat(words.Select(w => Capitalize(w.ToLowerInvariant())));

    public static string Camel(IReadOnlyList<string> words) =>
        words.Count == 0 ? "" : words[0].ToLowerInvariant() + Pascal(words.Skip(1));

    public static string Snake(IEnumerable<string> words) => string.Join("_", words.Select(w => w.ToLowerInvariant()));

    /// <summary>Keeps ASCII letters, digits and '_' only (for languages or files that want ASCII names); others become '_'.</summary>
    public static string AsciiOnly(string identifier)
    {
        var sb = new StringBuilder(identifier.Length);
        foreach (var c in identifier)
        {
            sb.Append(char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_');
        }

        return sb.ToString();
    }

    private static string Capitalize(string w) =>
        w.Length == 0 ? w : char.ToUpper(w[0], CultureInfo.InvariantCulture) + w[1..];

    private static void Flush(List<string> words, StringBuilder current)
    {
        if (current.Length > 0)
        {
            words.Add(current.ToString());
            current.Clear();
        }
    }
}
