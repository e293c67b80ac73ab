using System.Collections.Immutable;
using ContractGen.Model;

namespace ContractGen.Readers.Proto.Mapping;

/// <summary>One user file → <see cref="SourceDocument"/>; file options become <c>option:*</c> extensions.</summary>
internal static class FileMapper
{
    public static SourceDocument Map(ProtoFile file)
    {
        var options = file.Proto.Options;
        var ext = ExtensionData.Empty.ToBuilder();
        OptionsJson.AddFields(ext, options, "deprecated");
        GoogleApiOptions.File(ext, options);
        var syntaxPath = file.Proto.HasEdition || file.Proto.Syntax == "editions" ? "14" : "12";
        var span = file.Source.Span(syntaxPath);
        return new SourceDocument
        {
            Id = file.Proto.Name,
            Path = file.DisplayPath,
            Format = ContractFormat.Proto,
            SpecVersion = file.SpecVersion,
            Package = file.Package.Length == 0 ? null : file.Package,
            ApiVersion = file.Package.Length == 0 ? null : file.Package,
            Span = span.IsKnown ? span : new SourceSpan(file.DisplayPath, 1, 1),
            Docs = file.Source.Docs(syntaxPath),
            Deprecated = options?.Deprecated == true,
            Extensions = ext.ToImmutable(),
        };
    }

    /// <summary>protoc's default JSON name: underscores dropped, the letter after each one upper-cased.</summary>
    public static string DefaultJsonName(string name)
    {
        if (!name.Contains('_'))
        {
            return name;
        }

        var chars = new char[name.Length];
        var n = 0;
        var upper = false;
        foreach (var c in name)
        {
            if (c == '_')
            {
                upper = true;
                continue;
            }

            chars[n++] = upper && c is >= 'a' and <= 'z' ? (char)(c - 32) : c;
            upper = false;
        }

        return new string(chars, 0, n);
    }

    public static ImmutableArray<NumberRange> Ranges<T>(IEnumerable<T> ranges, Func<T, (int Start, int End)> get, bool endExclusive) =>
        ranges.Select(get).Select(r => new NumberRange(r.Start, endExclusive ? r.End - 1 : r.End)).ToImmutableArray();
}
