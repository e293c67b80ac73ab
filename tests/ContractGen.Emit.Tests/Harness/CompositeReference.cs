namespace ContractGen.Emit.Tests.Harness;

/// <summary>
/// The plain backtracking definition of a composite match (§3.2), as every runtime implemented it before the linear
/// table: the first variable takes the longest non-empty run (with escapes, not ending inside a <c>%XX</c>) after which
/// the rest matches, then the next. Exponential in the variables for hostile segments: only for short inputs.
/// </summary>
public static class CompositeReference
{
    /// <summary>The parts of a pattern: literal text, or null for a variable.</summary>
    public static List<string?> Parts(string pattern)
    {
        var parts = new List<string?>();
        var i = 0;
        while (i < pattern.Length)
        {
            var open = pattern.IndexOf('{', i);
            if (open == i)
            {
                parts.Add(null);
                i = pattern.IndexOf('}', i) + 1;
                continue;
            }

            var end = open < 0 ? pattern.Length : open;
            parts.Add(pattern[i..end]);
            i = end;
        }

        return parts;
    }

    /// <summary>The raw runs of the variables, in order, or null when the segment does not match.</summary>
    public static List<string>? Runs(string segment, List<string?> parts, bool escapes)
    {
        var bounds = new int[2 * parts.Count];
        if (!Match(segment, parts, 0, 0, escapes, bounds))
        {
            return null;
        }

        return Enumerable.Range(0, parts.Count).Where(i => parts[i] is null).Select(i => segment[bounds[2 * i]..bounds[(2 * i) + 1]]).ToList();
    }

    private static bool Match(string segment, List<string?> parts, int part, int pos, bool escapes, int[] bounds)
    {
        if (part == parts.Count)
        {
            return pos == segment.Length;
        }

        if (parts[part] is { } literal)
        {
            return segment.AsSpan(pos).StartsWith(literal, StringComparison.Ordinal) && Match(segment, parts, part + 1, pos + literal.Length, escapes, bounds);
        }

        for (var end = segment.Length; end > pos; end--)
        {
            if (escapes && (segment[end - 1] == '%' || (end - 2 >= pos && segment[end - 2] == '%')))
            {
                continue;
            }

            if (Match(segment, parts, part + 1, end, escapes, bounds))
            {
                (bounds[2 * part], bounds[(2 * part) + 1]) = (pos, end);
                return true;
            }
        }

        return false;
    }
}
