using System.Text.Json.Nodes;
using ContractGen.Model;
using ContractGen.Readers.AsyncApi.Documents;
using ContractGen.Readers.AsyncApi.Json;

namespace ContractGen.Readers.AsyncApi.Refs;

/// <summary>A node together with the file it lives in and its JSON pointer there (null for detached copies).</summary>
internal sealed record Located(JsonNode? Node, SourceFile File, string? Pointer)
{
    public JsonObject? Object => Node as JsonObject;

    /// <summary>"asyncapi.yaml#/components/schemas/Pet" in the entry file, "common/schemas.yaml#/User" elsewhere.</summary>
    public string Id(RefResolver resolver) => resolver.IdOf(File, Pointer ?? "");
}

/// <summary>
/// Resolves JSON References: local pointers and relative files (against the referencing file), with a document
/// cache and cycle detection. Refs never leave the contract root and never reach the network.
/// </summary>
internal sealed class RefResolver(DocumentCache cache, Reporter report, SourceFile entry, string rootDir, string documentId)
{
    public SourceFile Entry => entry;

    /// <summary>The entry document's id (its path below the input root).</summary>
    public string DocumentId => documentId;

    public NodeIndex Index => cache.Index;

    public static bool IsRef(JsonNode? node, out JsonObject holder, out string? text)
    {
        holder = (node as JsonObject)!;
        text = null;
        if (node is JsonObject o && o.ContainsKey("$ref"))
        {
            text = o.Str("$ref");
            return true;
        }

        return false;
    }

    /// <summary>Where a node lives (following $refs when it is a Reference Object). Null when a $ref cannot be resolved.</summary>
    public Located? Deref(JsonNode? node, SourceFile? fileHint = null)
    {
        if (IsRef(node, out var holder, out _))
        {
            return Follow(holder);
        }

        var file = Index.FileOf(node) ?? fileHint ?? entry;
        return new Located(node, file, node is null ? null : Pointer.Of(node, file.Root));
    }

    /// <summary>Follows a Reference Object and any chain of refs behind it.</summary>
    public Located? Follow(JsonObject holder)
    {
        var visited = new HashSet<(string, string)>();
        JsonObject current = holder;
        while (true)
        {
            var target = Step(current);
            if (target is null)
            {
                return null;
            }

            if (!visited.Add((target.File.FullPath, target.Pointer ?? "")))
            {
                report.Error(Codes.RefCycle, $"$ref cycle: '{holder.Str("$ref")}' leads back to itself", Index.ValueSpan(holder, "$ref"));
                return null;
            }

            if (IsRef(target.Node, out var next, out _))
            {
                current = next;
                continue;
            }

            return target;
        }
    }

    /// <summary>One step: the node a single $ref names.</summary>
    private Located? Step(JsonObject holder)
    {
        var span = Index.ValueSpan(holder, "$ref");
        var text = holder.Str("$ref");
        if (text is null)
        {
            report.Error(Codes.RefInvalid, "$ref must be a string", span);
            return null;
        }

        var file = Index.FileOf(holder) ?? entry;
        var hash = text.IndexOf('#', StringComparison.Ordinal);
        var location = hash < 0 ? text : text[..hash];
        var fragment = hash < 0 ? "" : Uri.UnescapeDataString(text[(hash + 1)..]);
        if (location.Contains("://", StringComparison.Ordinal) || location.StartsWith("//", StringComparison.Ordinal) ||
            location.StartsWith("urn:", StringComparison.OrdinalIgnoreCase))
        {
            report.Error(Codes.RemoteRef, $"remote $ref '{text}' is not followed: contractgen never fetches from the network; copy the file next to the contract and use a relative path", span);
            return null;
        }

        var targetFile = file;
        if (location.Length > 0)
        {
            var dir = Path.GetDirectoryName(file.FullPath) ?? rootDir;
            string full;
            try
            {
                full = Path.GetFullPath(Path.Combine(dir, Uri.UnescapeDataString(location)));
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
            {
                report.Error(Codes.RefInvalid, $"invalid $ref '{text}'", span);
                return null;
            }

            if (!IsUnder(full, rootDir))
            {
                report.Error(Codes.RefOutsideRoot, $"$ref '{text}' leaves the contract root folder (refs must stay inside it)", span);
                return null;
            }

            targetFile = cache.Load(full, Display(full), span);
            if (!targetFile.Loaded)
            {
                // The load already reported why (missing, binary, syntax error).
                return null;
            }
        }

        var tokens = Pointer.Tokens(fragment);
        if (tokens is null)
        {
            report.Error(Codes.RefInvalid, $"$ref '{text}': the fragment must be a JSON pointer starting with '/'", span);
            return null;
        }

        var node = Pointer.Navigate(targetFile.Root, tokens, out var found);
        if (!found)
        {
            report.Error(Codes.DanglingRef, $"$ref '{text}' points at nothing", span);
            return null;
        }

        return new Located(node, targetFile, fragment);
    }

    /// <summary>Model id of a location: "#/pointer" in the entry file, "relative/path.yaml#/pointer" in others.</summary>
    /// <summary>
    /// The model id of what sits at <paramref name="pointer"/> in <paramref name="file"/>: the file's id (the entry
    /// document's id, or a referenced file's path below the same input root) + "#" + pointer (<see cref="DocumentIdentity"/>).
    /// </summary>
    public string IdOf(SourceFile file, string pointer)
    {
        var fileId = ReferenceEquals(file, entry) || file.FullPath == entry.FullPath
            ? documentId
            : DocumentIdentity.ReferencedFile(documentId, entry.FullPath, file.FullPath);
        return DocumentIdentity.Element(fileId, "#" + pointer);
    }

    private string Display(string full)
    {
        return Path.IsPathRooted(entry.DisplayPath) ? full : Path.GetRelativePath(Environment.CurrentDirectory, full);
    }

    private static bool IsUnder(string full, string root)
    {
        var r = Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar;
        return full.StartsWith(r, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }
}
