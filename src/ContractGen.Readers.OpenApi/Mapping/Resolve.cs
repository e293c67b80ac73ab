using Microsoft.OpenApi;

namespace ContractGen.Readers.OpenApi.Mapping;

/// <summary>
/// Resolves Microsoft.OpenApi reference holders once per reference. Every property read on a holder resolves the
/// reference again (building and parsing URIs), and RecursiveTarget does so for each holder, so successful resolutions
/// are kept by the reference's text: holders of the same "$ref" in one document have the same target. A reference
/// that cannot be resolved is not kept (the holder itself is used, with its own sibling keywords).
/// </summary>
internal sealed class Resolve
{
    private readonly Dictionary<(Type, string), object> _targets = new();

    public IOpenApiParameter Of(IOpenApiParameter p) => p is OpenApiParameterReference r ? Target(r, r.Reference, () => r.RecursiveTarget) ?? p : p;

    public IOpenApiRequestBody Of(IOpenApiRequestBody b) => b is OpenApiRequestBodyReference r ? Target(r, r.Reference, () => r.RecursiveTarget) ?? b : b;

    public IOpenApiResponse Of(IOpenApiResponse b) => b is OpenApiResponseReference r ? Target(r, r.Reference, () => r.RecursiveTarget) ?? b : b;

    public IOpenApiHeader Of(IOpenApiHeader b) => b is OpenApiHeaderReference r ? Target(r, r.Reference, () => r.RecursiveTarget) ?? b : b;

    public IOpenApiPathItem Of(IOpenApiPathItem b) => b is OpenApiPathItemReference r ? Target(r, r.Reference, () => r.RecursiveTarget) ?? b : b;

    public IOpenApiCallback Of(IOpenApiCallback b) => b is OpenApiCallbackReference r ? Target(r, r.Reference, () => r.RecursiveTarget) ?? b : b;

    public IOpenApiMediaType Of(IOpenApiMediaType b) => b is OpenApiMediaTypeReference r ? Target(r, r.Reference, () => r.RecursiveTarget) ?? b : b;

    private T? Target<T>(object holder, BaseOpenApiReference reference, Func<T?> resolve)
        where T : class
    {
        var text = reference.ReferenceV3;
        var key = (holder.GetType(), text ?? "");
        if (text is not null && _targets.TryGetValue(key, out var known))
        {
            return (T)known;
        }

        T? target;
        try
        {
            target = resolve();
        }
        catch (InvalidOperationException)
        {
            target = null;
        }

        if (target is not null && text is not null)
        {
            _targets[key] = target;
        }

        return target;
    }
}
