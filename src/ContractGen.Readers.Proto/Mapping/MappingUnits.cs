using System.Runtime.ExceptionServices;
using ContractGen.Model;

namespace ContractGen.Readers.Proto.Mapping;

/// <summary>The result of one unit of mapping work and the context it ran in (its diagnostics and wanted types).</summary>
internal readonly record struct Unit<T>(T Value, MappingContext Context);

/// <summary>
/// Runs units of mapping work in parallel, each with its own <see cref="MappingContext"/>, and merges what they report
/// in the order of the inputs, so the result does not depend on the degree of parallelism or on scheduling.
/// </summary>
internal sealed class MappingUnits(TypeIndex index, DiagnosticBag diagnostics, int parallelism)
{
    private readonly HashSet<(string, SourceSpan)> _unresolvedSeen = new();

    /// <summary>Maps every input (results in input order) and merges the units' diagnostics into the run's.</summary>
    public Unit<TResult>[] Run<TInput, TResult>(IReadOnlyList<TInput> inputs, Func<MappingContext, TInput, TResult> map)
    {
        var units = new Unit<TResult>[inputs.Count];
        For(inputs.Count, parallelism, i => units[i] = One(inputs[i], map));

        foreach (var unit in units)
        {
            Merge(unit.Context);
        }

        return units;
    }

    /// <summary>
    /// Runs body(0 … count-1), in parallel when allowed; an exception reaches the caller as a serial run would have
    /// thrown it (not wrapped in an AggregateException), so the reader reports it like any other internal error.
    /// </summary>
    public static void For(int count, int parallelism, Action<int> body)
    {
        if (parallelism <= 1 || count < 2)
        {
            for (var i = 0; i < count; i++)
            {
                body(i);
            }

            return;
        }

        try
        {
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, body);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
    }

    private Unit<TResult> One<TInput, TResult>(TInput input, Func<MappingContext, TInput, TResult> map)
    {
        var ctx = new MappingContext(index);
        return new Unit<TResult>(map(ctx, input), ctx);
    }

    private void Merge(MappingContext ctx)
    {
        if (ctx.Diagnostics.Count > 0)
        {
            diagnostics.AddRange(ctx.Diagnostics.ToImmutableSorted());
        }

        foreach (var (key, diagnostic) in ctx.Unresolved)
        {
            if (_unresolvedSeen.Add(key))
            {
                diagnostics.Add(diagnostic);
            }
        }
    }
}
