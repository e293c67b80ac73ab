using ContractGen.Model;

namespace ContractGen.Readers;

/// <summary>
/// Gives OpenAPI and AsyncAPI documents a stable identity: their path below the input root ('/' separators), the way a
/// proto file's id is its import path below its include root. The input root is the folder the file was found in, or the
/// file's own folder when it was named explicitly, so the id depends neither on where the checkout lives nor on the
/// current folder (<c>inspect contracts/payments</c> and <c>inspect contracts/payments/openapi.yaml</c> both name
/// <c>openapi.yaml</c>). Documents whose ids would collide (two inputs with the same relative name) get their paths
/// relative to the base folder instead, so none is lost when models merge. <see cref="SourceDocument.Path"/> is untouched.
/// </summary>
internal static class DocumentIds
{
    public static IReadOnlyList<ContractModel> Relativise(IReadOnlyList<ContractModel> models, IReadOnlyList<ContractFile> files, string baseDirectory)
    {
        var byPath = new Dictionary<string, ContractFile>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            byPath.TryAdd(file.Path, file);
        }

        var wanted = new Dictionary<SourceDocument, string>(ReferenceEqualityComparer.Instance);
        foreach (var document in models.SelectMany(m => m.Documents))
        {
            if (document.Format != ContractFormat.Proto && byPath.TryGetValue(document.Path, out var file))
            {
                wanted[document] = Relative(file.FromFolder ?? Path.GetDirectoryName(file.Path)!, file.Path);
            }
        }

        var kept = models.SelectMany(m => m.Documents).Where(d => !wanted.ContainsKey(d)).Select(d => d.Id);
        var clashing = wanted.Values.Concat(kept).GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        string IdOf(SourceDocument d, string id) => clashing.Contains(id) ? Relative(baseDirectory, d.Path) : id;
        return models.Select(m => m with
        {
            Documents = [.. m.Documents.Select(d => wanted.TryGetValue(d, out var id) ? d with { Id = IdOf(d, id) } : d)],
        }).ToList();
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
