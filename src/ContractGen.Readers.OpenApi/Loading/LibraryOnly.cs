using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace ContractGen.Readers.OpenApi.Loading;

/// <summary>
/// Microsoft.OpenApi alone, with the same settings as the reader: the baseline a benchmark compares
/// <see cref="OpenApiReader"/> against ("library parse only" vs "parse + mapping").
/// </summary>
public static class LibraryOnly
{
    public static (OpenApiDocument? Document, int Errors) Parse(string path)
    {
        using var stream = new MemoryStream(File.ReadAllBytes(path));
        var format = Path.GetExtension(path).TrimStart('.').ToLowerInvariant() is "yaml" or "yml" ? "yaml" : "json";
        var result = OpenApiDocument.Load(stream, format, OpenApiDocumentLoader.LibrarySettings());
        return (result.Document, result.Diagnostic?.Errors.Count ?? 0);
    }
}
