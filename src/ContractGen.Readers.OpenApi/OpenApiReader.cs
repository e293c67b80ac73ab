using System.Text;
using ContractGen.Model;
using ContractGen.Readers.OpenApi.Loading;
using ContractGen.Readers.OpenApi.Mapping;

namespace ContractGen.Readers.OpenApi;

/// <summary>
/// Reads OpenAPI 3.0 / 3.1 (and 3.2 as far as Microsoft.OpenApi reads it), JSON or YAML, into the model.
/// Never throws on bad input: every problem is a located CG2xxx diagnostic.
/// </summary>
public sealed class OpenApiReader : IContractReader
{
    /// <summary>Stack for one document's load and mapping: deep (but accepted) input must never overflow it.</summary>
    private const int StackSize = 64 * 1024 * 1024;

    public ContractFormat Format => ContractFormat.OpenApi;

    /// <summary>.json/.yaml/.yml whose root has an <c>openapi</c> key (Swagger 2.0 is claimed too, to report it clearly).</summary>
    public bool CanRead(string path, string? head)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext is not (".json" or ".yaml" or ".yml"))
        {
            return false;
        }

        return head is not null && RootKeySniffer.HasRootKey(head, "openapi", "swagger");
    }

    public ReadResult Read(IReadOnlyList<string> paths, ReaderOptions options, CancellationToken cancellationToken = default)
    {
        var models = new List<ContractModel>();
        var diagnostics = new DiagnosticBag();
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            models.Add(ReadOne(path, options, diagnostics, cancellationToken));
        }

        return new ReadResult(ContractModel.Merge(models, diagnostics, DiagnosticCodes.DuplicateElement), diagnostics.ToImmutableSorted());
    }

    /// <summary>Loads and maps one document (on a thread with a large stack).</summary>
    public static ContractModel ReadOne(string path, ReaderOptions options, DiagnosticBag diagnostics, CancellationToken cancellationToken = default)
    {
        ContractModel model = ContractModel.Empty;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                var loaded = OpenApiDocumentLoader.Load(path, options, diagnostics, cancellationToken);
                model = DocumentMapper.Map(loaded, diagnostics);
            }
            catch (OperationCanceledException ex)
            {
                failure = ex;
            }
            catch (Exception ex)
            {
                diagnostics.Error(DiagnosticCodes.LibraryFailure, $"internal error while reading the document: {ex.GetType().Name}: {ex.Message}", new SourceSpan(path, 0, 0));
            }
        }, StackSize);
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            throw failure;
        }

        return model;
    }
}

/// <summary>Cheap check of a file head for a top-level key in JSON or YAML.</summary>
internal static class RootKeySniffer
{
    public static bool HasRootKey(string head, params string[] keys)
    {
        foreach (var line in head.Split('\n'))
        {
            var l = line.TrimEnd('\r');
            foreach (var key in keys)
            {
                if (l.StartsWith(key + ":", StringComparison.Ordinal) || l.StartsWith("\"" + key + "\":", StringComparison.Ordinal) ||
                    l.StartsWith("'" + key + "':", StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        var compact = new StringBuilder();
        foreach (var c in head)
        {
            if (!char.IsWhiteSpace(c))
            {
                compact.Append(c);
            }
        }

        var s = compact.ToString();
        return s.StartsWith('{') && keys.Any(k => HasJsonKeyAtDepth1(s, k));
    }

    private static bool HasJsonKeyAtDepth1(string s, string key)
    {
        var depth = 0;
        var inString = false;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }

                continue;
            }

            switch (c)
            {
                case '{' or '[':
                    depth++;
                    break;
                case '}' or ']':
                    depth--;
                    break;
                case '"':
                    if (depth == 1 && string.CompareOrdinal(s, i, "\"" + key + "\":", 0, key.Length + 3) == 0)
                    {
                        return true;
                    }

                    inString = true;
                    break;
            }
        }

        return false;
    }
}
