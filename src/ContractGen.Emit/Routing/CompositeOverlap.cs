namespace ContractGen.Emit.Routing;

/// <summary>
/// Whether two composite skeletons (<c>{}.{}</c>, <c>img-{}.png</c>) can match a common segment: an emptiness
/// check of the intersection of two small automata (a variable is "one or more characters other than '/'").
/// </summary>
internal static class CompositeOverlap
{
    private const char Other = '\uFFFF';

    private enum Kind
    {
        Char,
        Any,
        AnyStar,
    }

    private readonly record struct Element(Kind Kind, char Char);

    public static bool CanOverlap(string skeletonA, string skeletonB)
    {
        var a = Elements(skeletonA);
        var b = Elements(skeletonB);
        var alphabet = skeletonA.Concat(skeletonB).Where(c => c is not '{' and not '}').Append(Other).Distinct().ToList();
        var seen = new HashSet<(int, int)>();
        var queue = new Queue<(int, int)>();
        queue.Enqueue((0, 0));
        seen.Add((0, 0));
        while (queue.Count > 0)
        {
            var (p, q) = queue.Dequeue();
            var ca = Closure(a, p);
            var cb = Closure(b, q);
            if (ca.Contains(a.Count) && cb.Contains(b.Count))
            {
                return true;
            }

            foreach (var symbol in alphabet)
            {
                foreach (var p2 in Step(a, ca, symbol))
                {
                    foreach (var q2 in Step(b, cb, symbol))
                    {
                        if (seen.Add((p2, q2)))
                        {
                            queue.Enqueue((p2, q2));
                        }
                    }
                }
            }
        }

        return false;
    }

    private static List<Element> Elements(string skeleton)
    {
        var list = new List<Element>();
        for (var i = 0; i < skeleton.Length; i++)
        {
            if (skeleton[i] == '{' && i + 1 < skeleton.Length && skeleton[i + 1] == '}')
            {
                list.Add(new Element(Kind.Any, '\0'));
                list.Add(new Element(Kind.AnyStar, '\0'));
                i++;
            }
            else
            {
                list.Add(new Element(Kind.Char, skeleton[i]));
            }
        }

        return list;
    }

    private static HashSet<int> Closure(List<Element> elements, int position)
    {
        var set = new HashSet<int> { position };
        while (position < elements.Count && elements[position].Kind == Kind.AnyStar)
        {
            set.Add(++position);
        }

        return set;
    }

    private static IEnumerable<int> Step(List<Element> elements, HashSet<int> from, char symbol)
    {
        foreach (var p in from)
        {
            if (p >= elements.Count)
            {
                continue;
            }

            var e = elements[p];
            if (e.Kind == Kind.AnyStar)
            {
                yield return p;
            }
            else if (e.Kind == Kind.Any || e.Char == symbol)
            {
                yield return p + 1;
            }
        }
    }
}
