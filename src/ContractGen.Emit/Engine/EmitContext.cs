using ContractGen.Model;

namespace ContractGen.Emit.Engine;

/// <summary>
/// Everything one generation run hands to emitters: the model, the options and the diagnostics bag. Data derived
/// from the model that several emitters need (the compiled route table, …) is computed once per run through
/// <see cref="Shared{T}"/>, so every language sees the same table and its diagnostics are reported once.
/// </summary>
public sealed class EmitContext(ContractModel model, EmitOptions options, DiagnosticBag diagnostics)
{
    private readonly Dictionary<Type, object> _shared = new();

    public ContractModel Model { get; } = model;

    public EmitOptions Options { get; } = options;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>Provides a precomputed value (tests and harnesses seed the route table this way).</summary>
    public EmitContext Seed<T>(T value)
        where T : class
    {
        _shared[typeof(T)] = value;
        return this;
    }

    /// <summary>Computes <typeparamref name="T"/> on first use and returns the same instance afterwards.</summary>
    public T Shared<T>(Func<EmitContext, T> compute)
        where T : class
    {
        if (!_shared.TryGetValue(typeof(T), out var value))
        {
            value = compute(this);
            _shared[typeof(T)] = value;
        }

        return (T)value;
    }
}
