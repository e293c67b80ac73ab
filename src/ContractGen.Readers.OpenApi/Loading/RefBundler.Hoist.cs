using System.Text;
using System.Text.Json.Nodes;
using ContractGen.Model;

namespace ContractGen.Readers.OpenApi.Loading;

internal sealed partial class RefBundler
{
    private bool Hoist(JsonObject o, LoadedFile file, string fragment, Work w, SourceSpan span)
    {
        _ctx.Editing();
        var key = file.FullPath + "#" + fragment;
        if (_hoisted.TryGetValue(key, out var local))
        {
            o["$ref"] = local;
            _localRefs.Add(o);
            return true;
        }

        var tokens = JsonPointer.Split(fragment);
        if (tokens is null)
        {
            _ctx.Diagnostics.Error(DiagnosticCodes.InvalidRef, $"$ref fragment '#{fragment}' is not a JSON pointer (anchors are not supported)", span);
            o.Remove("$ref");
            return true;
        }

        var target = JsonPointer.Find(file.Root, tokens, out var found);
        if (!found || target is null)
        {
            _ctx.Diagnostics.Error(DiagnosticCodes.DanglingRef, $"$ref '{file.Display}#{fragment}' points to nothing", span);
            o.Remove("$ref");
            return true;
        }

        string? kind;
        string name;
        if (tokens.Length == 3 && tokens[0] == "components")
        {
            kind = tokens[1];
            name = tokens[2];
        }
        else
        {
            kind = ContextKind(w.ParentKey, w.GrandKey);
            name = tokens.Length > 0 ? tokens[^1] : Path.GetFileNameWithoutExtension(file.FullPath);
        }

        if (kind is null)
        {
            return Inline(o, file, target, w, span);
        }

        var components = Container(_main, "components");
        var bucket = Container(components, kind);
        name = UniqueName(bucket, Sanitize(name));
        var copy = CloneLocated(target);
        bucket[name] = copy;
        local = "#/components/" + JsonPointer.Escape(kind) + "/" + JsonPointer.Escape(name);
        _hoisted[key] = local;
        _ctx.Origins[local] = DocumentIdentity.Element(_ctx.FileId(file.FullPath), "#" + fragment);
        o["$ref"] = local;
        _localRefs.Add(o);
        _work.Push(new Work(copy, file, name, kind, w.InlineDepth, true));
        return true;
    }

    /// <summary>A target whose kind cannot be named (e.g. a 3.0 path item) is copied in place of the reference.</summary>
    private bool Inline(JsonObject o, LoadedFile file, JsonNode target, Work w, SourceSpan span)
    {
        if (target is not JsonObject t || w.InlineDepth >= MaxInlineDepth)
        {
            _ctx.Diagnostics.Error(w.InlineDepth >= MaxInlineDepth ? DiagnosticCodes.RefCycle : DiagnosticCodes.InvalidRef,
                w.InlineDepth >= MaxInlineDepth ? "$refs nest too deeply (a cycle of inlined references?)" : "$ref target is not an object",
                span);
            o.Remove("$ref");
            return true;
        }

        o.Remove("$ref");
        foreach (var (k, v) in t)
        {
            if (!o.ContainsKey(k))
            {
                o[k] = v is null ? null : CloneLocated(v);
            }
        }

        _work.Push(new Work(o, file, w.ParentKey, w.GrandKey, w.InlineDepth + 1, w.InNameMap));
        return false;
    }

    /// <summary>Which components map a referenced object belongs in, from the keys above the $ref.</summary>
    private static string? ContextKind(string? parent, string? grand) => (grand, parent) switch
    {
        ("properties" or "patternProperties" or "$defs" or "definitions" or "allOf" or "oneOf" or "anyOf" or "prefixItems" or "schemas", _) => "schemas",
        (_, "schema" or "items" or "not" or "additionalProperties" or "contains" or "propertyNames" or "if" or "then" or "else" or "itemSchema") => "schemas",
        ("parameters", _) => "parameters",
        ("responses", _) => "responses",
        (_, "requestBody") => "requestBodies",
        ("headers", _) => "headers",
        ("callbacks", _) => "callbacks",
        ("examples", _) => "examples",
        ("links", _) => "links",
        ("securitySchemes", _) => "securitySchemes",
        _ => null,
    };

    private static JsonObject Container(JsonObject parent, string key)
    {
        if (parent[key] is JsonObject existing)
        {
            return existing;
        }

        var created = new JsonObject();
        parent[key] = created;
        return created;
    }

    private static string UniqueName(JsonObject bucket, string name)
    {
        var candidate = name;
        for (var i = 2; bucket.ContainsKey(candidate); i++)
        {
            candidate = name + "_" + i;
        }

        return candidate;
    }

    private static string Sanitize(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            sb.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        }

        return sb.Length == 0 ? "Ref" : sb.ToString();
    }

    /// <summary>Deep copy that keeps every node's source position (an iterative walk: no recursion on deep input).</summary>
    private JsonNode CloneLocated(JsonNode source)
    {
        var root = Shallow(source);
        var pending = new Stack<(JsonNode From, JsonNode To)>();
        pending.Push((source, root));
        while (pending.Count > 0)
        {
            var (from, to) = pending.Pop();
            _ctx.Index.Copy(from, to);
            switch (from)
            {
                case JsonObject fo:
                    foreach (var (k, v) in fo)
                    {
                        var c = v is null ? null : Shallow(v);
                        ((JsonObject)to)[k] = c;
                        if (v is not null)
                        {
                            pending.Push((v, c!));
                        }
                    }

                    break;
                case JsonArray fa:
                    foreach (var v in fa)
                    {
                        var c = v is null ? null : Shallow(v);
                        ((JsonArray)to).Add(c);
                        if (v is not null)
                        {
                            pending.Push((v, c!));
                        }
                    }

                    break;
            }
        }

        return root;
    }

    private static JsonNode Shallow(JsonNode n) => n switch
    {
        JsonObject => new JsonObject(),
        JsonArray => new JsonArray(),
        _ => n.DeepClone(),
    };

    /// <summary>Reports refs that only point at refs in a loop and cuts each loop by dropping one $ref.</summary>
    private void CutCycles()
    {
        var reported = new HashSet<JsonObject>(ReferenceEqualityComparer.Instance);
        foreach (var start in _localRefs)
        {
            var visited = new HashSet<JsonObject>(ReferenceEqualityComparer.Instance);
            var current = start;
            while (current.TryGetPropertyValue("$ref", out var r) && r is JsonValue v && v.TryGetValue<string>(out var text) && text.StartsWith('#'))
            {
                if (!visited.Add(current))
                {
                    if (reported.Add(current))
                    {
                        _ctx.Editing();
                        _ctx.Diagnostics.Error(DiagnosticCodes.RefCycle, $"$ref cycle: '{text}' leads back to itself through references only",
                            _ctx.Index.Span(r, _ctx.Index.FileSpan(_ctx.MainFile.Index)));
                        current.Remove("$ref");
                    }

                    break;
                }

                var tokens = JsonPointer.Split(text);
                if (tokens is null || JsonPointer.Find(_main, tokens, out _) is not JsonObject next)
                {
                    break;
                }

                current = next;
            }
        }
    }
}
