using ContractGen.Model;

namespace ContractGen.Breaking;

/// <summary>
/// Pairs the address parameters of two versions of a channel: by their position in the address when both addresses
/// are known (so renaming <c>{id}</c> to <c>{orderId}</c> keeps the pair), else by name.
/// </summary>
public static class ChannelParameters
{
    public static IEnumerable<(ChannelParameter? Previous, ChannelParameter? Current)> Pair(Channel previous, Channel current)
    {
        var p = previous.Parameters.ToList();
        var c = current.Parameters.ToList();
        if (previous.Address is { } pa && current.Address is { } ca)
        {
            var pNames = pa.Variables.Select(v => v.FieldPath).ToList();
            var cNames = ca.Variables.Select(v => v.FieldPath).ToList();
            for (var i = 0; i < Math.Min(pNames.Count, cNames.Count); i++)
            {
                var pp = p.FirstOrDefault(x => x.Name == pNames[i]);
                var cp = c.FirstOrDefault(x => x.Name == cNames[i]);
                if (pp is not null && cp is not null)
                {
                    p.Remove(pp);
                    c.Remove(cp);
                    yield return (pp, cp);
                }
            }
        }

        foreach (var (pp, cp) in Pairing.ByKey(p, c, x => x.Name))
        {
            yield return (pp, cp);
        }
    }
}
