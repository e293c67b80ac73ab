using ContractGen.Model;

namespace ContractGen.Breaking;

/// <summary>
/// Per-file and per-package lookups, built once per side on first use: rules that compare what a file or package holds
/// ask for its members instead of scanning the whole model for every document or package.
/// </summary>
public sealed partial class ModelIndex
{
    private readonly Dictionary<SourceDocument, string> _documentKeys = new(ReferenceEqualityComparer.Instance);
    private Dictionary<string, SourceDocument>? _documentsByKey;
    private Dictionary<string, List<TypeDef>>? _typesByFile;
    private Dictionary<string, List<Service>>? _servicesByFile;
    private Dictionary<string, List<TypeDef>>? _typesByPackage;
    private Dictionary<string, List<Service>>? _servicesByPackage;
    private Dictionary<string, Service>? _services;

    public Service? FindService(string id) =>
        (_services ??= Model.Services.GroupBy(s => s.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal)).GetValueOrDefault(id);

    /// <summary>The first document with this key, or null.</summary>
    public SourceDocument? DocumentByKey(string key) =>
        (_documentsByKey ??= Build(Model.Documents, DocumentKey).ToDictionary(kv => kv.Key, kv => kv.Value[0], StringComparer.Ordinal)).GetValueOrDefault(key);

    /// <summary>Types declared in the file with this key, in model order (map entries left out).</summary>
    public IReadOnlyList<TypeDef> TypesInFile(string fileKey) =>
        (_typesByFile ??= Build(Model.Types.Where(t => t is not RecordDef { IsMapEntry: true }), FileKeyOf)).GetValueOrDefault(fileKey) ?? [];

    /// <summary>Services declared in the file with this key, in model order.</summary>
    public IReadOnlyList<Service> ServicesInFile(string fileKey) =>
        (_servicesByFile ??= Build(Model.Services, FileKeyOf)).GetValueOrDefault(fileKey) ?? [];

    /// <summary>Types whose file declares this package ("" for none or unknown), in model order (map entries left out).</summary>
    public IReadOnlyList<TypeDef> TypesInPackage(string package) =>
        (_typesByPackage ??= Build(Model.Types.Where(t => t is not RecordDef { IsMapEntry: true }), PackageOf)).GetValueOrDefault(package) ?? [];

    /// <summary>Services whose file declares this package ("" for none or unknown), in model order.</summary>
    public IReadOnlyList<Service> ServicesInPackage(string package) =>
        (_servicesByPackage ??= Build(Model.Services, PackageOf)).GetValueOrDefault(package) ?? [];

    private string PackageOf(Element element) => DocumentOf(element)?.Package ?? "";

    private static Dictionary<string, List<T>> Build<T>(IEnumerable<T> items, Func<T, string> key)
    {
        var map = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var k = key(item);
            if (!map.TryGetValue(k, out var list))
            {
                map[k] = list = new List<T>();
            }

            list.Add(item);
        }

        return map;
    }
}
