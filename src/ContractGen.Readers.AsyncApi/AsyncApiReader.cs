using ContractGen.Model;
using ContractGen.Readers.AsyncApi.Documents;
using ContractGen.Readers.AsyncApi.Mapping;

namespace ContractGen.Readers.AsyncApi;

/// <summary>
/// Reads AsyncAPI 2.0–2.6, 3.0 and 3.1 documents (YAML or JSON) into the model. Documents are validated against the
/// official AsyncAPI JSON Schemas and the checks the reference parser lacks; every problem is a located CG3xxx
/// diagnostic, never an exception.
/// </summary>
public sealed class AsyncApiReader : IContractReader
{
    public ContractFormat Format => ContractFormat.AsyncApi;

    public bool CanRead(string path, string? head)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext is not (".yaml" or ".yml" or ".json"))
        {
            return false;
        }

        return head is null || DocumentReader.LooksLikeAsyncApi(head);
    }

    public ReadResult Read(IReadOnlyList<string> paths, ReaderOptions options, CancellationToken cancellationToken = default)
    {
        var report = new Reporter();
        var models = new List<ContractModel>();
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                models.Add(DocumentReader.Read(path, options, report));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                report.Error(Codes.Internal, $"internal error while reading this AsyncAPI document ({e.GetType().Name}: {e.Message}); please report it", new SourceSpan(path, 0, 0));
            }
        }

        var model = ContractModel.Merge(models, report.Bag, Codes.DuplicateElement);
        return new ReadResult(model, report.Bag.ToImmutableSorted());
    }
}
