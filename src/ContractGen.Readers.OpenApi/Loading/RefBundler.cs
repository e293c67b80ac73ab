using System.Text.Json.Nodes;
using ContractGen.Model;

namespace ContractGen.Readers.OpenApi.Loading;

/// <summary>
/// Checks every <c>$ref</c> and makes the document self-contained before Microsoft.OpenApi sees it: relative-file
/// refs are loaded (never outside the contract root, never from the network) and their targets hoisted into the
/// main document's components (<c>#/components/&lt;kind&gt;/&lt;name&gt;</c>, kind from the ref's context), so
/// recursion across files still goes through named components. Dangling refs, refs leaving the root, remote refs and
/// pure ref-to-ref cycles become diagnostics; cycles are cut so no consumer can loop.
/// </summary>
internal sealed partial class RefBundler
{
    private const int MaxInlineDepth = 32;

    private readonly LoadContext _ctx;
    private readonly JsonObject _main;
    private readonly Dictionary<string, string> _hoisted = new(StringComparer.Ordinal);
    private readonly List<JsonObject> _localRefs = new();
    private readonly Stack<Work> _work = new();

    private RefBundler(LoadContext ctx, JsonObject main)
    {
        _ctx = ctx;
        _main = main;
    }

    public static void Bundle(LoadContext ctx, JsonObject main)
    {
        var bundler = new RefBundler(ctx, main);
        bundler._work.Push(new Work(main, ctx.MainFile, null, null, 0, false));
        bundler.Walk();
        bundler.CutCycles();
    }

    private void Walk()
    {
        while (_work.Count > 0)
        {
            var w = _work.Pop();
            switch (w.Node)
            {
                case JsonObject o:
                    if (o.TryGetPropertyValue("$ref", out var r))
                    {
                        if (r is JsonValue v && v.TryGetValue<string>(out var text))
                        {
                            if (!HandleRef(o, text, w))
                            {
                                continue;
                            }
                        }
                        else if (w.GrandKey != "properties")
                        {
                            _ctx.Diagnostics.Error(DiagnosticCodes.InvalidRef, "$ref must be a string", _ctx.Index.Span(r ?? o, _ctx.Index.FileSpan(w.File.Index)));
                        }
                    }

                    var isNameMap = IsNameMap(w);
                    if (!isNameMap)
                    {
                        KeywordChecker.Check(o, !_ctx.Is31OrLater, w.ParentKey, _ctx, w.File);
                    }
                    else if (w.ParentKey is not ("mapping" or "scopes"))
                    {
                        KeywordChecker.CheckMapValues(o, _ctx, w.File);
                    }

                    foreach (var (k, child) in o)
                    {
                        if (child is null || (!isNameMap && Skip(k, child, w)))
                        {
                            continue;
                        }

                        _work.Push(new Work(child, w.File, k, w.ParentKey, w.InlineDepth, isNameMap));
                    }

                    break;
                case JsonArray a:
                    foreach (var item in a)
                    {
                        if (item is not null)
                        {
                            _work.Push(new Work(item, w.File, "[]", w.ParentKey, w.InlineDepth, false));
                        }
                    }

                    break;
            }
        }
    }

    /// <summary>Objects whose keys are names chosen by the author (so keys are not keywords).</summary>
    private static bool IsNameMap(Work w) =>
        (!w.InNameMap && w.ParentKey is "properties" or "schemas" or "patternProperties" or "$defs" or "definitions" or "paths" or "webhooks" or "responses" or
            "parameters" or "headers" or "callbacks" or "links" or "examples" or "requestBodies" or "securitySchemes" or "pathItems" or
            "content" or "variables" or "mapping" or "scopes" or "encoding" or "dependentSchemas") ||
        (w.InNameMap && w.GrandKey == "callbacks");

    /// <summary>Literal values may contain keys named "$ref" that are data, not references.</summary>
    private static bool Skip(string key, JsonNode child, Work w) =>
        key is "example" or "default" or "const" or "enum" || key.StartsWith("x-", StringComparison.Ordinal) ||
        (key == "examples" && child is JsonArray) || (key == "value" && w.GrandKey == "examples");

    /// <summary>Returns false when the object was replaced and must not be walked further.</summary>
    private bool HandleRef(JsonObject o, string text, Work w)
    {
        var hash = text.IndexOf('#');
        var uriPart = hash < 0 ? text : text[..hash];
        var fragment = hash < 0 ? "" : text[(hash + 1)..];
        var span = _ctx.Index.Span(o["$ref"], _ctx.Index.FileSpan(w.File.Index));
        if (uriPart.Length == 0)
        {
            if (w.File == _ctx.MainFile)
            {
                CheckLocal(o, fragment, span);
                return true;
            }

            return Hoist(o, w.File, fragment, w, span);
        }

        if (IsRemote(uriPart))
        {
            var why = _ctx.Options.AllowRemoteRefs
                ? "remote $refs are allowed but this reader does not fetch them"
                : "remote $ref not allowed (contracts never reach the network unless remote refs are enabled)";
            _ctx.Diagnostics.Error(DiagnosticCodes.RemoteRef, $"{why}: '{text}'", span);
            _ctx.Editing();
            o.Remove("$ref");
            return true;
        }

        string full;
        try
        {
            var dir = Path.GetDirectoryName(w.File.FullPath) ?? ".";
            full = Path.GetFullPath(Path.Combine(dir, Uri.UnescapeDataString(uriPart)));
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException or UriFormatException)
        {
            _ctx.Diagnostics.Error(DiagnosticCodes.InvalidRef, $"invalid $ref '{text}': {ex.Message}", span);
            _ctx.Editing();
            o.Remove("$ref");
            return true;
        }

        if (!_ctx.IsInsideRoot(full))
        {
            _ctx.Diagnostics.Error(DiagnosticCodes.RefOutsideRoot, $"$ref '{text}' leaves the contract root {_ctx.RootDisplay}", span);
            _ctx.Editing();
            o.Remove("$ref");
            return true;
        }

        var target = _ctx.GetFile(full, span);
        if (target is null)
        {
            _ctx.Editing();
            o.Remove("$ref");
            return true;
        }

        if (target == _ctx.MainFile)
        {
            _ctx.Editing();
            o["$ref"] = "#" + fragment;
            CheckLocal(o, fragment, span);
            return true;
        }

        return Hoist(o, target, fragment, w, span);
    }

    private void CheckLocal(JsonObject o, string fragment, SourceSpan span)
    {
        var tokens = JsonPointer.Split(fragment);
        if (tokens is null)
        {
            _ctx.Diagnostics.Error(DiagnosticCodes.InvalidRef, $"$ref '#{fragment}' is not a JSON pointer (anchors are not supported)", span);
            _ctx.Editing();
            o.Remove("$ref");
            return;
        }

        JsonPointer.Find(_main, tokens, out var found);
        if (!found)
        {
            _ctx.Diagnostics.Error(DiagnosticCodes.DanglingRef, $"$ref '#{fragment}' points to nothing", span);
            _ctx.Editing();
            o.Remove("$ref");
            return;
        }

        _localRefs.Add(o);
    }

    private static bool IsRemote(string uri) =>
        uri.Contains("://", StringComparison.Ordinal) || uri.StartsWith("urn:", StringComparison.OrdinalIgnoreCase) ||
        uri.StartsWith("//", StringComparison.Ordinal);

    /// <param name="InNameMap">The node is an entry of a name map (so its key is a name, not a keyword).</param>
    private readonly record struct Work(JsonNode Node, LoadedFile File, string? ParentKey, string? GrandKey, int InlineDepth, bool InNameMap);
}
