using System.Text.Json.Nodes;

namespace ContractGen.Readers.OpenApi.Loading;

/// <summary>
/// Microsoft.OpenApi's read of the main tree on its own thread (with the reader's large stack), started before the
/// bundler runs. Both only read the tree; <see cref="Discard"/> (called before the bundler's first edit) waits for
/// the read to end and marks its result unusable.
/// </summary>
internal sealed class EarlyRead
{
    private const int StackSize = 64 * 1024 * 1024;

    private readonly Thread _thread;

    private EarlyRead(JsonObject root, string fullPath)
    {
        _thread = new Thread(() =>
        {
            try
            {
                Result = OpenApiDocumentLoader.Library(root, fullPath);
            }
            catch (Exception ex)
            {
                Failure = ex;
            }
        }, StackSize)
        { IsBackground = true, Name = "contractgen OpenAPI library read" };
    }

    public Microsoft.OpenApi.Reader.ReadResult? Result { get; private set; }

    /// <summary>What the library threw (reported like a failed sequential read).</summary>
    public Exception? Failure { get; private set; }

    public bool Discarded { get; private set; }

    public static EarlyRead Start(JsonObject root, string fullPath)
    {
        var read = new EarlyRead(root, fullPath);
        read._thread.Start();
        return read;
    }

    public void Discard()
    {
        Wait();
        Discarded = true;
    }

    public void Wait() => _thread.Join();
}
