using System.Diagnostics.Tracing;

namespace ContractGen.Benchmarks;

/// <summary>Scratch profile: the runtime's allocation ticks (one per ~100 KB allocated) counted by type name.</summary>
internal sealed class AllocationTicks : EventListener
{
    private readonly Dictionary<string, long> _bytes = new(StringComparer.Ordinal);

    public bool On { get; set; }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!On || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null)
        {
            return;
        }

        var name = e.PayloadNames!.IndexOf("TypeName") is var i and >= 0 ? e.Payload[i] as string ?? "?" : "?";
        var amount = e.PayloadNames.IndexOf("AllocationAmount64") is var j and >= 0 ? Convert.ToInt64(e.Payload[j]) : 100_000;
        lock (_bytes)
        {
            _bytes[name] = _bytes.GetValueOrDefault(name) + amount;
        }
    }

    public string Report(int top) => string.Join("\n", _bytes.OrderByDescending(kv => kv.Value).Take(top).Select(kv => $"{kv.Value / 1024 / 1024,6} MB  {kv.Key}"));
}
