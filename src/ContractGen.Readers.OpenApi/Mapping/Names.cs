using System.Text;

namespace ContractGen.Readers.OpenApi.Mapping;

/// <summary>Readable names for synthesized types and operations.</summary>
internal static class Names
{
    /// <summary>"get pets/{id}" → "GetPetsId": letters and digits of each word, first letter upper-cased.</summary>
    public static string Pascal(string text)
    {
        var sb = new StringBuilder(text.Length);
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

    /// <summary>Operation name when there is no operationId: "get" + the path in Pascal case ("getPetsPetId").</summary>
    public static string Operation(string method, string path) => method.ToLowerInvariant() + Pascal(path);
}
