namespace ContractGen.Emit.Engine;

/// <summary>The language × artifact matrix of emitters.</summary>
public sealed class EmitterRegistry
{
    private readonly SortedDictionary<(string Language, string Artifact), IEmitter> _emitters = new(KeyComparer.Instance);

    public EmitterRegistry Add(IEmitter emitter)
    {
        if (!_emitters.TryAdd((emitter.Language, emitter.Artifact), emitter))
        {
            throw new InvalidOperationException($"an emitter for {emitter.Language} × {emitter.Artifact} is already registered");
        }

        return this;
    }

    public IReadOnlyList<string> Languages => _emitters.Keys.Select(k => k.Language).Distinct().ToList();

    public IReadOnlyList<string> Artifacts => _emitters.Keys.Select(k => k.Artifact).Distinct().Order(StringComparer.Ordinal).ToList();

    public IEmitter? Find(string language, string artifact) =>
        _emitters.TryGetValue((language, artifact), out var emitter) ? emitter : null;

    private sealed class KeyComparer : IComparer<(string Language, string Artifact)>
    {
        public static readonly KeyComparer Instance = new();

        public int Compare((string Language, string Artifact) x, (string Language, string Artifact) y)
        {
            var c = string.CompareOrdinal(x.Language, y.Language);
            return c != 0 ? c : string.CompareOrdinal(x.Artifact, y.Artifact);
        }
    }
}
