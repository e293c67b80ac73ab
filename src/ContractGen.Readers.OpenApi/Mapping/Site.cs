using ContractGen.Readers.OpenApi.Loading;

namespace ContractGen.Readers.OpenApi.Mapping;

/// <summary>
/// Where a schema sits in the document: a JSON pointer and the readable name a type hoisted from here would get.
/// Both are built only when needed (most sites never hoist a type): the name is kept as its parts, e.g. the
/// owner's name and a property name to put in Pascal case.
/// </summary>
internal sealed class Site
{
    private readonly Site? _parent;
    private readonly string _token;
    private readonly Site? _nameBase;
    private readonly string? _nameText;
    private readonly string? _pascal;
    private string? _name;
    private string? _pointer;

    private Site(Site? parent, string token, Site? nameBase, string? nameText, string? pascal)
    {
        _parent = parent;
        _token = token;
        _nameBase = nameBase;
        _nameText = nameText;
        _pascal = pascal;
    }

    /// <summary>The name base's name (if any), then the text, then the Pascal-cased word (if any).</summary>
    public string Name => _name ??= (_nameBase?.Name ?? "") + _nameText + (_pascal is null ? "" : Names.Pascal(_pascal));

    public string Pointer => _pointer ??= _parent is null ? _token : _parent.Pointer + "/" + JsonPointer.Escape(_token);

    /// <summary>A site at an absolute pointer such as "#/components/schemas/Pet".</summary>
    public static Site At(string pointer, string name) => new(null, pointer, null, name, null);

    public Site Child(string token, string name) => new(this, token, null, name, null);

    /// <summary>A child with this site's name.</summary>
    public Site Child(string token) => new(this, token, this, null, null);

    /// <summary>A child named after this site plus a suffix ("PetItem").</summary>
    public Site ChildWithSuffix(string token, string suffix) => new(this, token, this, suffix, null);

    /// <summary>A child named by a prefix plus a word in Pascal case ("Pet" + "owner_id" → "PetOwnerId").</summary>
    public Site ChildWithPascal(string token, string prefix, string word) => new(this, token, null, prefix, word);
}
