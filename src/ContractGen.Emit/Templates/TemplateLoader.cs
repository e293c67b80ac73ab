using System.Reflection;

namespace ContractGen.Emit.Templates;

/// <summary>
/// Finds the templates and support files of one language × artifact: the user's template folder first
/// (<c>&lt;dir&gt;/&lt;lang&gt;/&lt;artifact&gt;/&lt;name&gt;</c>, then <c>&lt;dir&gt;/&lt;lang&gt;/&lt;name&gt;</c>), then the default
/// embedded from <c>templates/&lt;lang&gt;/&lt;artifact&gt;/</c> at build time. Users override a file by its name.
/// </summary>
public sealed class TemplateLoader
{
    private readonly string? _userFolder;
    private readonly Assembly _embeddedIn;
    private readonly string _prefix;

    public TemplateLoader(string? userFolder, Assembly embeddedIn, string language, string artifact)
    {
        _userFolder = userFolder;
        _embeddedIn = embeddedIn;
        Language = language;
        Artifact = artifact;
        _prefix = $"templates/{language}/{artifact}/";
    }

    public string Language { get; }

    public string Artifact { get; }

    /// <summary>The file names of the embedded defaults, ordinal order.</summary>
    public IReadOnlyList<string> DefaultNames() =>
        _embeddedIn.GetManifestResourceNames()
            .Select(n => n.Replace('\\', '/'))
            .Where(n => n.StartsWith(_prefix, StringComparison.Ordinal))
            .Select(n => n[_prefix.Length..])
            .Order(StringComparer.Ordinal)
            .ToList();

    public TemplateSource Load(string name)
    {
        if (name.Contains('/') || name.Contains('\\') || name is "." or "..")
        {
            throw new TemplateException($"template name '{name}' must be a plain file name");
        }

        if (_userFolder is not null)
        {
            foreach (var candidate in new[]
                     {
                         Path.Combine(_userFolder, Language, Artifact, name),
                         Path.Combine(_userFolder, Language, name),
                     })
            {
                if (File.Exists(candidate))
                {
                    return new TemplateSource(name, File.ReadAllText(candidate), candidate);
                }
            }
        }

        var resource = _embeddedIn.GetManifestResourceNames()
            .FirstOrDefault(n => n.Replace('\\', '/') == _prefix + name);
        if (resource is null)
        {
            throw new TemplateException($"template '{_prefix}{name}' not found (neither in the template folder nor built in)");
        }

        using var stream = _embeddedIn.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return new TemplateSource(name, reader.ReadToEnd(), "embedded:" + _prefix + name);
    }
}
