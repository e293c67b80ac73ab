using System.Collections.Immutable;
using ContractGen.Model;

namespace ContractGen.Readers.Proto.Mapping;

/// <summary>A message → <see cref="RecordDef"/>; real oneofs become unions, proto3-optional (synthetic) oneofs do not.</summary>
internal static class MessageMapper
{
    public static RecordDef Map(MappingContext ctx, TypeEntry entry)
    {
        var m = entry.Message!;
        var source = entry.File.Source;
        var realOneofs = RealOneofs(m);
        var fields = ImmutableArray.CreateBuilder<FieldDef>(m.Field.Count);
        for (var i = 0; i < m.Field.Count; i++)
        {
            var f = m.Field[i];
            var oneof = f.HasOneofIndex && realOneofs.Contains(f.OneofIndex) ? m.OneofDecl[f.OneofIndex].Name : null;
            fields.Add(FieldMapper.Map(ctx, entry, f, i, oneof));
        }

        var unions = realOneofs.Order().Select(k => new Union
        {
            Name = m.OneofDecl[k].Name,
            Kind = UnionKind.ProtoOneof,
            Members = fields.Where((_, i) => m.Field[i].HasOneofIndex && m.Field[i].OneofIndex == k)
                .Select(f => new UnionMember(f.Name, f.Type)).ToImmutableArray(),
            Span = source.Span($"{entry.SourcePath}.8.{k}"),
        }).ToImmutableArray();

        var ext = ExtensionData.Empty.ToBuilder();
        OptionsJson.AddFields(ext, m.Options, "deprecated", "map_entry");
        GoogleApiOptions.Message(ext, m.Options);
        return new RecordDef
        {
            Id = entry.FullName,
            Name = m.Name,
            ParentId = entry.ParentFullName,
            Fields = fields.ToImmutable(),
            Oneofs = unions,
            AdditionalPropertiesAllowed = false,
            ReservedNumbers = FileMapper.Ranges(m.ReservedRange, r => (r.Start, r.End), endExclusive: true),
            ReservedNames = m.ReservedName.ToImmutableArray(),
            ExtensionRanges = FileMapper.Ranges(m.ExtensionRange, r => (r.Start, r.End), endExclusive: true),
            Span = source.Span(entry.SourcePath),
            Docs = source.Docs(entry.SourcePath),
            Deprecated = m.Options?.Deprecated == true,
            Extensions = ext.ToImmutable(),
        };
    }

    /// <summary>Indexes of oneofs that are not the synthetic ones protoc makes for proto3 <c>optional</c> fields.</summary>
    private static HashSet<int> RealOneofs(Google.Protobuf.Reflection.DescriptorProto m)
    {
        var real = new HashSet<int>();
        for (var k = 0; k < m.OneofDecl.Count; k++)
        {
            var members = m.Field.Where(f => f.HasOneofIndex && f.OneofIndex == k).ToList();
            if (members.Count == 0 || !members.TrueForAll(f => f.Proto3Optional))
            {
                real.Add(k);
            }
        }

        return real;
    }
}
