using Microsoft.OpenApi;

namespace ContractGen.Readers.OpenApi.Mapping;

/// <summary>
/// Resolves Microsoft.OpenApi reference holders once. Every property read on a holder resolves the reference again
/// (building and parsing URIs), which dominated mapping time on large documents.
/// </summary>
internal static class Resolve
{
    public static IOpenApiParameter Of(IOpenApiParameter p) => p is OpenApiParameterReference r ? Safe(() => r.RecursiveTarget) ?? p : p;

    public static IOpenApiRequestBody Of(IOpenApiRequestBody b) => b is OpenApiRequestBodyReference r ? Safe(() => r.RecursiveTarget) ?? b : b;

    public static IOpenApiResponse Of(IOpenApiResponse b) => b is OpenApiResponseReference r ? Safe(() => r.RecursiveTarget) ?? b : b;

    public static IOpenApiHeader Of(IOpenApiHeader b) => b is OpenApiHeaderReference r ? Safe(() => r.RecursiveTarget) ?? b : b;

    public static IOpenApiPathItem Of(IOpenApiPathItem b) => b is OpenApiPathItemReference r ? Safe(() => r.RecursiveTarget) ?? b : b;

    public static IOpenApiCallback Of(IOpenApiCallback b) => b is OpenApiCallbackReference r ? Safe(() => r.RecursiveTarget) ?? b : b;

    public static IOpenApiMediaType Of(IOpenApiMediaType b) => b is OpenApiMediaTypeReference r ? Safe(() => r.RecursiveTarget) ?? b : b;

    private static T? Safe<T>(Func<T?> get)
        where T : class
    {
        try
        {
            return get();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
