using System.Collections.Immutable;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ContractGen.Model;
using ContractGen.Readers.AsyncApi.Documents;
using ContractGen.Readers.AsyncApi.Json;
using ContractGen.Readers.AsyncApi.Refs;
using ContractGen.Readers.AsyncApi.Validation;

namespace ContractGen.Readers.AsyncApi.Mapping;

/// <summary>One entry document: load, pick the version, validate, resolve refs, map with the 2.x or 3.x reader.</summary>
internal static partial class DocumentReader
{
    [GeneratedRegex(@"(^|[\s{,])[""']?asyncapi[""']?\s*:", RegexOptions.Multiline)]
    private static partial Regex AsyncApiKey();

    public static bool LooksLikeAsyncApi(string head) => AsyncApiKey().IsMatch(head);

    public static ContractModel Read(string path, ReaderOptions options, Reporter report)
    {
        var full = Path.GetFullPath(path);
        var index = new NodeIndex();
        var cache = new DocumentCache(index, report);
        var file = cache.Load(full, path);
        if (!file.Loaded)
        {
            return ContractModel.Empty;
        }

        var start = new SourceSpan(path, 1, 1);
        if (file.Root is not JsonObject root)
        {
            report.Error(Codes.NotAsyncApi, "not an AsyncAPI document: the root must be a mapping with an 'asyncapi' key", index.Span(file.Root) is { IsKnown: true } s ? s : start);
            return ContractModel.Empty;
        }

        var version = root.Str("asyncapi");
        if (version is null)
        {
            if (root.ContainsKey("asyncapi"))
            {
                report.Error(Codes.UnsupportedVersion, $"'asyncapi' must be a version string such as \"3.0.0\" (quote it); supported: {string.Join(", ", OfficialSchemas.Versions)}", index.ValueSpan(root, "asyncapi"));
            }
            else
            {
                report.Error(Codes.NotAsyncApi, "not an AsyncAPI document: the 'asyncapi' version key is missing", start);
            }

            return ContractModel.Empty;
        }

        if (!OfficialSchemas.IsSupported(version))
        {
            report.Error(Codes.UnsupportedVersion, $"AsyncAPI version '{version}' is not supported; supported: {string.Join(", ", OfficialSchemas.Versions)}", index.ValueSpan(root, "asyncapi"));
            return ContractModel.Empty;
        }

        SchemaValidator.Validate(file, version, index, report);
        var rootDir = options.Root is { } r ? Path.GetFullPath(r) : Path.GetDirectoryName(full)!;
        var resolver = new RefResolver(cache, report, file, rootDir, options.DocumentId(path));
        RefWalker.Walk(root, resolver);
        var ctx = new ReadContext(file, root, version, resolver, report);
        if (ctx.IsV3)
        {
            new V3.V3Reader(ctx).Read();
        }
        else
        {
            new V2.V2Reader(ctx).Read();
        }

        return Build(ctx, path);
    }

    private static ContractModel Build(ReadContext ctx, string path)
    {
        var info = ctx.Root.Obj("info");
        var document = new SourceDocument
        {
            Id = ctx.Refs.DocumentId,
            Path = path,
            Format = ContractFormat.AsyncApi,
            SpecVersion = ctx.Version,
            Title = info.Str("title"),
            ApiVersion = info.Str("version"),
            Docs = new Docs(null, info.Str("description")) is { IsEmpty: false } d ? d : Docs.Empty,
            Extensions = ctx.Root.Extensions(),
            Span = new SourceSpan(path, 1, 1),
        };
        return new ContractModel
        {
            Documents = [document],
            Types = ctx.Schemas.Registry.All,
            Channels = ctx.Channels.OrderBy(c => c.Id, StringComparer.Ordinal).ToImmutableArray(),
            Messages = ctx.Messages.All.OrderBy(m => m.Id, StringComparer.Ordinal).ToImmutableArray(),
            MessageOperations = ctx.Operations.OrderBy(o => o.Id, StringComparer.Ordinal).ToImmutableArray(),
            Servers = ctx.Servers.OrderBy(s => s.Id, StringComparer.Ordinal).ToImmutableArray(),
            SecuritySchemes = ctx.Schemes.Values.OrderBy(s => s.Id, StringComparer.Ordinal).ToImmutableArray(),
        };
    }
}
