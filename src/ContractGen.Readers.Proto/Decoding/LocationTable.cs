namespace ContractGen.Readers.Proto.Decoding;

/// <summary>
/// The locations of one file's serialized SourceCodeInfo, indexed by descriptor path without materialising
/// Location messages: per location the path (in a shared int pool), up to four span numbers and where its comments
/// are in the bytes; comment strings are decoded only when asked for. When several locations share a path the first
/// one is kept (protoc lists a declaration's own location before those of its parts). Expects bytes that
/// <see cref="SetSplitter"/> checked (or that Google.Protobuf serialized).
/// </summary>
internal sealed class LocationTable
{
    private readonly ReadOnlyMemory<byte> _bytes;
    private readonly List<int> _paths;
    private readonly List<Entry> _entries;
    private readonly Dictionary<ulong, int> _byHash;

    private LocationTable(ReadOnlyMemory<byte> bytes, int locations)
    {
        _bytes = bytes;
        _entries = new List<Entry>(locations);
        _byHash = new Dictionary<ulong, int>(locations);
        _paths = new List<int>(locations * 6);
    }

    public static LocationTable Empty { get; } = new(ReadOnlyMemory<byte>.Empty, 0);

    public static LocationTable Read(ReadOnlyMemory<byte> sourceCodeInfo)
    {
        var span = sourceCodeInfo.Span;
        var table = new LocationTable(sourceCodeInfo, CountLocations(span));
        var r = new WireReader(span);
        while (!r.AtEnd && r.TryReadTag(out var field, out var wireType))
        {
            if (field == 1 && wireType == WireReader.Len && r.TryReadLength(out var at, out var n))
            {
                table.Add(span.Slice(at, n), at);
            }
            else if (!r.TrySkip(wireType))
            {
                break;
            }
        }

        return table;
    }

    private static int CountLocations(ReadOnlySpan<byte> sourceCodeInfo)
    {
        var count = 0;
        var r = new WireReader(sourceCodeInfo);
        while (!r.AtEnd && r.TryReadTag(out var field, out var wireType))
        {
            if (field == 1 && wireType == WireReader.Len)
            {
                count++;
            }

            if (!r.TrySkip(wireType))
            {
                break;
            }
        }

        return count;
    }

    /// <summary>The location at a path written as "4.0.2.1", or null.</summary>
    public Location? Find(string path)
    {
        Span<int> ints = stackalloc int[32];
        var count = Parse(path, ref ints);
        var key = ints[..count];
        if (!_byHash.TryGetValue(Hash(key), out var i))
        {
            return null;
        }

        for (; i >= 0; i = _entries[i].Next)
        {
            var e = _entries[i];
            if (e.PathLength == count && System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_paths).Slice(e.PathStart, count).SequenceEqual(key))
            {
                return new Location(this, e);
            }
        }

        return null;
    }

    private void Add(ReadOnlySpan<byte> location, int baseOffset)
    {
        var e = new Entry { PathStart = _paths.Count, Leading = (-1, 0), Trailing = (-1, 0), Next = -1 };
        Span<int> spanValues = stackalloc int[4];
        var r = new WireReader(location);
        while (!r.AtEnd && r.TryReadTag(out var field, out var wireType))
        {
            if (wireType != WireReader.Len || !r.TryReadLength(out var at, out var n))
            {
                if (!r.TrySkip(wireType))
                {
                    break;
                }

                continue;
            }

            switch (field)
            {
                case 1:
                    e.PathLength += ReadInts(location.Slice(at, n), _paths);
                    break;
                case 2:
                    var values = new WireReader(location.Slice(at, n));
                    while (!values.AtEnd && values.TryReadVarint(out var v))
                    {
                        if (e.SpanCount < 4)
                        {
                            spanValues[e.SpanCount] = (int)v;
                        }

                        e.SpanCount++;
                    }

                    break;
                case 3:
                    e.Leading = (baseOffset + at, n);
                    break;
                case 4:
                    e.Trailing = (baseOffset + at, n);
                    break;
            }
        }

        (e.S0, e.S1, e.S2, e.S3) = (spanValues[0], spanValues[1], spanValues[2], spanValues[3]);
        var path = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_paths).Slice(e.PathStart, e.PathLength);
        var hash = Hash(path);
        var index = _entries.Count;
        if (_byHash.TryGetValue(hash, out var first))
        {
            for (var i = first; ; i = _entries[i].Next)
            {
                var other = _entries[i];
                if (other.PathLength == e.PathLength && System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_paths).Slice(other.PathStart, other.PathLength).SequenceEqual(path))
                {
                    _paths.RemoveRange(e.PathStart, e.PathLength);
                    return;
                }

                if (other.Next < 0)
                {
                    _entries[i] = other with { Next = index };
                    break;
                }
            }
        }
        else
        {
            _byHash[hash] = index;
        }

        _entries.Add(e);
    }

    private static int ReadInts(ReadOnlySpan<byte> packed, List<int> into)
    {
        var r = new WireReader(packed);
        var count = 0;
        while (!r.AtEnd && r.TryReadVarint(out var v))
        {
            into.Add((int)v);
            count++;
        }

        return count;
    }

    /// <summary>"4.0.2.1" → [4, 0, 2, 1]; "" → []. Paths are written by the mappers, so they are well formed.</summary>
    private static int Parse(string path, ref Span<int> into)
    {
        if (path.Length == 0)
        {
            return 0;
        }

        var count = 0;
        var value = 0;
        var negative = false;
        foreach (var c in path)
        {
            if (c == '.')
            {
                Put(ref into, count++, negative ? -value : value);
                value = 0;
                negative = false;
            }
            else if (c == '-')
            {
                negative = true;
            }
            else
            {
                value = (value * 10) + (c - '0');
            }
        }

        Put(ref into, count++, negative ? -value : value);
        return count;
    }

    private static void Put(ref Span<int> into, int i, int value)
    {
        if (i >= into.Length)
        {
            var bigger = new int[into.Length * 2];
            into.CopyTo(bigger);
            into = bigger;
        }

        into[i] = value;
    }

    private static ulong Hash(ReadOnlySpan<int> path)
    {
        var h = 14695981039346656037UL;
        foreach (var v in path)
        {
            h = (h ^ (uint)v) * 1099511628211UL;
        }

        return h ^ (ulong)path.Length;
    }

    private ReadOnlySpan<byte> Utf8((int Offset, int Length) at) =>
        at.Offset < 0 ? ReadOnlySpan<byte>.Empty : _bytes.Span.Slice(at.Offset, at.Length);

    internal record struct Entry
    {
        public int PathStart;
        public int PathLength;
        public int SpanCount;
        public int S0;
        public int S1;
        public int S2;
        public int S3;
        public (int Offset, int Length) Leading;
        public (int Offset, int Length) Trailing;
        public int Next;
    }

    /// <summary>One location: span numbers as protoc wrote them (0-based) and its comments.</summary>
    public readonly struct Location
    {
        private readonly LocationTable _table;
        private readonly Entry _entry;

        internal Location(LocationTable table, Entry entry)
        {
            _table = table;
            _entry = entry;
        }

        public int SpanCount => _entry.SpanCount;

        public int StartLine => _entry.S0;

        public int StartColumn => _entry.S1;

        /// <summary>The end line of a four-number span; a three-number span ends on its start line.</summary>
        public int EndLine => _entry.SpanCount == 4 ? _entry.S2 : _entry.S0;

        /// <summary>The leading comments as UTF-8 (empty when there are none).</summary>
        public ReadOnlySpan<byte> LeadingComments => _table.Utf8(_entry.Leading);

        public ReadOnlySpan<byte> TrailingComments => _table.Utf8(_entry.Trailing);
    }
}
