namespace ContractGen.Readers.OpenApi.Mapping;

/// <summary>Readable names for synthesized types and operations.</summary>
internal static class Names
{
    /// <summary>"get pets/{id}" → "GetPetsId": letters and digits of each word, first letter upper-cased.</summary>
    public static string Pascal(string text)
    {
        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var n = 0;
        var upper = true;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[n++] = upper ? char.ToUpperInvariant(c) : c;
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        return n == text.Length && buffer.SequenceEqual(text) ? text : new string(buffer[..n]);
    }

    /// <summary>Operation name when there is no operationId: "get" + the path in Pascal case ("getPetsPetId").</summary>
    public static string Operation(string method, string path) => method.ToLowerInvariant() + Pascal(path);
}
