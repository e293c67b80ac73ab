using System.Text.Json.Nodes;
using ContractGen.Model;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace ContractGen.Readers.OpenApi.Loading;

/// <summary>
/// Loads one OpenAPI contract: our located JSON/YAML tree (with $refs checked and bundled), then Microsoft.OpenApi's
/// document read from that tree. Library errors and warnings carry JSON pointers and become located diagnostics.
/// </summary>
public static class OpenApiDocumentLoader
{
    public static LoadedDocument Load(string path, ReaderOptions options, DiagnosticBag diagnostics, CancellationToken cancellationToken = default)
    {
        var ctx = new LoadContext(path, options, diagnostics, cancellationToken);
        var rootNode = ctx.MainFile.Root;
        if (rootNode is null)
        {
            return new LoadedDocument(path, ctx, null, null, null);
        }

        var version = CheckVersion(rootNode, ctx);
        if (version is null)
        {
            return new LoadedDocument(path, ctx, null, null, null);
        }

        var root = (JsonObject)rootNode;
        ctx.Is31OrLater = !version.StartsWith("3.0", StringComparison.Ordinal);

        // A single-file document is normally not changed by bundling (only broken or multi-file ones are), so
        // Microsoft.OpenApi reads it on another thread while the bundler checks it. The first edit the bundler makes
        // waits for that read and discards it; the library then reads the bundled tree as before.
        var early = ctx.Index.SawNonLocalRef ? null : EarlyRead.Start(root, ctx.MainFile.FullPath);
        if (early is not null)
        {
            ctx.OnFirstEdit(early.Discard);
        }

        try
        {
            RefBundler.Bundle(ctx, root);
        }
        finally
        {
            early?.Wait();
        }

        cancellationToken.ThrowIfCancellationRequested();
        var document = early is { Discarded: false } ? Report(early.Result!, early.Failure, root, ctx) : ReadWithLibrary(root, ctx);
        return new LoadedDocument(path, ctx, root, version, document);
    }

    /// <summary>Reader settings: no validation rule set (we validate what we map), never any external loading.</summary>
    public static OpenApiReaderSettings LibrarySettings()
    {
        var settings = new OpenApiReaderSettings { RuleSet = new ValidationRuleSet(), LoadExternalRefs = false };
        settings.AddYamlReader();
        return settings;
    }

    private static OpenApiDocument? ReadWithLibrary(JsonObject root, LoadContext ctx)
    {
        Microsoft.OpenApi.Reader.ReadResult? result = null;
        Exception? failure = null;
        try
        {
            result = Library(root, ctx.MainFile.FullPath);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            failure = ex;
        }

        return Report(result, failure, root, ctx);
    }

    internal static Microsoft.OpenApi.Reader.ReadResult Library(JsonObject root, string fullPath) =>
        new OpenApiJsonReader().Read(root, new Uri(fullPath), LibrarySettings());

    /// <summary>The library's result (or failure) as diagnostics located in our tree.</summary>
    private static OpenApiDocument? Report(Microsoft.OpenApi.Reader.ReadResult? result, Exception? failure, JsonObject root, LoadContext ctx)
    {
        if (failure is not null || result is null)
        {
            ctx.Diagnostics.Error(DiagnosticCodes.LibraryFailure, $"Microsoft.OpenApi could not read the document: {failure?.GetType().Name}: {failure?.Message}",
                ctx.Index.FileSpan(ctx.MainFile.Index));
            return null;
        }

        if (result.Diagnostic is { } d)
        {
            foreach (var e in d.Errors)
            {
                ctx.Diagnostics.Error(DiagnosticCodes.LibraryError, e.Message, Locate(root, e.Pointer, ctx));
            }

            foreach (var w in d.Warnings)
            {
                ctx.Diagnostics.Warning(DiagnosticCodes.LibraryWarning, w.Message, Locate(root, w.Pointer, ctx));
            }
        }

        return result.Document;
    }

    /// <summary>The nearest located node on the pointer's path.</summary>
    internal static SourceSpan Locate(JsonNode root, string? pointer, LoadContext ctx)
    {
        var fallback = ctx.Index.FileSpan(ctx.MainFile.Index);
        var tokens = pointer is null ? null : JsonPointer.Split(pointer);
        if (tokens is null)
        {
            return fallback;
        }

        var best = ctx.Index.Span(root, fallback);
        JsonNode? current = root;
        foreach (var t in tokens)
        {
            current = current switch
            {
                JsonObject o => o.TryGetPropertyValue(t, out var c) ? c : null,
                JsonArray a when int.TryParse(t, out var i) && i >= 0 && i < a.Count => a[i],
                _ => null,
            };
            if (current is null)
            {
                break;
            }

            best = ctx.Index.Span(current, best);
        }

        return best;
    }

    private static string? CheckVersion(JsonNode root, LoadContext ctx)
    {
        var span = ctx.Index.Span(root, ctx.Index.FileSpan(ctx.MainFile.Index));
        if (root is not JsonObject o)
        {
            ctx.Diagnostics.Error(DiagnosticCodes.NotOpenApi, "not an OpenAPI document: the root is not an object", span);
            return null;
        }

        if (o["swagger"] is { } swagger)
        {
            ctx.Diagnostics.Error(DiagnosticCodes.Swagger2, $"Swagger {swagger.ToJsonString()} documents are not supported; convert the document to OpenAPI 3.0 or later",
                ctx.Index.Span(swagger, span));
            return null;
        }

        if (!o.TryGetPropertyValue("openapi", out var v) || v is null)
        {
            var what = o.ContainsKey("asyncapi") ? "an AsyncAPI document" : "not an OpenAPI document";
            ctx.Diagnostics.Error(DiagnosticCodes.NotOpenApi, $"{what}: the root has no 'openapi' key", span);
            return null;
        }

        var text = v is JsonValue jv && jv.TryGetValue<string>(out var s) ? s : v.ToJsonString();
        if (!(text.StartsWith("3.0.", StringComparison.Ordinal) || text.StartsWith("3.1.", StringComparison.Ordinal) || text.StartsWith("3.2.", StringComparison.Ordinal)) ||
            v is not JsonValue sv || !sv.TryGetValue<string>(out _))
        {
            ctx.Diagnostics.Error(DiagnosticCodes.UnsupportedVersion, $"unsupported OpenAPI version {v.ToJsonString()}; expected a string 3.0.x, 3.1.x or 3.2.x",
                ctx.Index.Span(v, span));
            return null;
        }

        return text;
    }
}
