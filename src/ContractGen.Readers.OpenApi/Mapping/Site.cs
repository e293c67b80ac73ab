using ContractGen.Readers.OpenApi.Loading;

namespace ContractGen.Readers.OpenApi.Mapping;

/// <summary>
/// Where a schema sits in the document: a JSON pointer (built only when needed, e.g. as the id of a hoisted type)
/// and the readable name a type hoisted from here would get.
/// </summary>
internal sealed class Site
{
    private readonly Site? _parent;
    private readonly string _token;
    private string? _pointer;

    private Site(Site? parent, string token, string name)
    {
        _parent = parent;
        _token = token;
        Name = name;
    }

    public string Name { get; }

    public string Pointer => _pointer ??= _parent is null ? _token : _parent.Pointer + "/" + JsonPointer.Escape(_token);

    /// <summary>A site at an absolute pointer such as "#/components/schemas/Pet".</summary>
    public static Site At(string pointer, string name) => new(null, pointer, name);

    public Site Child(string token, string name) => new(this, token, name);

    public Site Child(string token) => new(this, token, Name);
}
