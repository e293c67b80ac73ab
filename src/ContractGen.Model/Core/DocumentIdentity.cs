namespace ContractGen.Model;

/// <summary>
/// Ids of what OpenAPI and AsyncAPI documents declare. A document's id is its path below the input root
/// (<c>orders/openapi.yaml</c>); an element declared at a JSON pointer of a file gets <c>&lt;file id&gt;#&lt;pointer&gt;</c>,
/// where a file the document references by a relative <c>$ref</c> has the id of the path it would have below the same
/// root (<c>orders/common.yaml</c>). So two documents of one folder never share the ids of their own components, a
/// schema of a shared file has one id whichever document reaches it, and ids do not depend on where the checkout lives.
/// </summary>
public static class DocumentIdentity
{
    /// <summary>"orders/openapi.yaml" + "#/components/schemas/Order".</summary>
    public static string Element(string fileId, string pointer) => fileId + (pointer.StartsWith('#') ? pointer : "#" + pointer);

    /// <summary>
    /// The id of <paramref name="fileFullPath"/>, a file referenced from the document with id
    /// <paramref name="documentId"/> read from <paramref name="documentFullPath"/>: its path relative to the
    /// document's folder, put below the folder of the document's id ('/' separators, "a/../" folded).
    /// </summary>
    public static string ReferencedFile(string documentId, string documentFullPath, string fileFullPath)
    {
        var documentFolder = Path.GetDirectoryName(documentFullPath) ?? ".";
        var relative = Path.GetRelativePath(documentFolder, fileFullPath).Replace('\\', '/');
        var idFolder = documentId.LastIndexOf('/') is var slash and >= 0 ? documentId[..(slash + 1)] : "";
        var parts = new List<string>();
        foreach (var part in (idFolder + relative).Split('/'))
        {
            if (part == ".." && parts.Count > 0 && parts[^1] != "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else if (part is not ("." or ""))
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }
}
