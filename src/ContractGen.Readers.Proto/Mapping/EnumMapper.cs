using System.Collections.Immutable;
using ContractGen.Model;

namespace ContractGen.Readers.Proto.Mapping;

/// <summary>An enum → <see cref="EnumDef"/>: closed for proto2 and editions' CLOSED, open otherwise.</summary>
internal static class EnumMapper
{
    public static EnumDef Map(TypeEntry entry)
    {
        var e = entry.Enum!;
        var source = entry.File.Source;
        var values = ImmutableArray.CreateBuilder<EnumValue>(e.Value.Count);
        for (var i = 0; i < e.Value.Count; i++)
        {
            var v = e.Value[i];
            var path = $"{entry.SourcePath}.2.{i}";
            var vext = ExtensionData.Empty.ToBuilder();
            OptionsJson.AddFields(vext, v.Options, "deprecated");
            values.Add(new EnumValue
            {
                Id = entry.FullName + "." + v.Name,
                Name = v.Name,
                Number = v.Number,
                Value = OptionsJson.String(v.Name),
                Span = source.Span(path),
                Docs = source.Docs(path),
                Deprecated = v.Options?.Deprecated == true,
                Extensions = vext.ToImmutable(),
            });
        }

        var ext = ExtensionData.Empty.ToBuilder();
        OptionsJson.AddFields(ext, e.Options, "deprecated", "allow_alias");
        return new EnumDef
        {
            Id = entry.FullName,
            Name = e.Name,
            ParentId = entry.ParentFullName,
            Values = values.ToImmutable(),
            Closed = entry.Features.ClosedEnums,
            ValueKind = ScalarKind.String,
            AllowAlias = e.Options?.AllowAlias == true,
            ReservedNumbers = FileMapper.Ranges(e.ReservedRange, r => (r.Start, r.End), endExclusive: false),
            ReservedNames = e.ReservedName.ToImmutableArray(),
            Span = source.Span(entry.SourcePath),
            Docs = source.Docs(entry.SourcePath),
            Deprecated = e.Options?.Deprecated == true,
            Extensions = ext.ToImmutable(),
        };
    }
}
