namespace ContractGen.Readers;

/// <summary>
/// Gives OpenAPI and AsyncAPI documents a stable identity: their path below the input root ('/' separators), the way a
/// proto file's id is its import path below its include root. The input root is the folder the file was found in, or the
/// file's own folder when it was named explicitly, so the id depends neither on where the checkout lives nor on the
/// current folder (<c>inspect contracts/payments</c> and <c>inspect contracts/payments/openapi.yaml</c> both name
/// <c>openapi.yaml</c>). Documents whose ids would collide (two inputs with the same relative name) get their paths
/// relative to the base folder instead. The ids are handed to the readers (<see cref="Model.ReaderOptions.DocumentIds"/>),
/// which derive the ids of everything a document declares from them (<see cref="Model.DocumentIdentity"/>), so the
/// documents of one folder never share element ids. <see cref="Model.SourceDocument.Path"/> is untouched.
/// </summary>
internal static class DocumentIds
{
    public static IReadOnlyDictionary<string, string> Assign(IReadOnlyList<ContractFile> files, string baseDirectory)
    {
        var wanted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (file.Format != Model.ContractFormat.Proto)
            {
                wanted.TryAdd(file.Path, Relative(file.FromFolder ?? Path.GetDirectoryName(file.Path)!, file.Path));
            }
        }

        var clashing = wanted.Values.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return wanted.ToDictionary(kv => kv.Key, kv => clashing.Contains(kv.Value) ? Relative(baseDirectory, kv.Key) : kv.Value, StringComparer.Ordinal);
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
