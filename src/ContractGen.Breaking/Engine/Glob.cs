using System.Text;
using System.Text.RegularExpressions;

namespace ContractGen.Breaking;

/// <summary>File and element globs: <c>**</c> any characters, <c>*</c> any characters but '/', <c>?</c> one character.</summary>
internal static class Glob
{
    public static bool Matches(string glob, string text) => ToRegex(glob).IsMatch(text);

    private static Regex ToRegex(string glob)
    {
        var sb = new StringBuilder("^");
        for (var i = 0; i < glob.Length; i++)
        {
            var ch = glob[i];
            if (ch == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                sb.Append(".*");
                i++;
            }
            else if (ch == '*')
            {
                sb.Append("[^/]*");
            }
            else if (ch == '?')
            {
                sb.Append('.');
            }
            else
            {
                sb.Append(Regex.Escape(ch.ToString()));
            }
        }

        // A folder or element prefix also matches everything below it (a.proto.Field, getOrder (GET /x), dir/file).
        sb.Append("(?:[^A-Za-z0-9_-].*)?$");
        return new Regex(sb.ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
