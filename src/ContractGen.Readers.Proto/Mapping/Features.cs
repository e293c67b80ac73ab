using Google.Protobuf.Reflection;
using static Google.Protobuf.Reflection.FeatureSet.Types;

namespace ContractGen.Readers.Proto.Mapping;

/// <summary>
/// The resolved features that matter to the model: field presence, enum openness and repeated encoding. proto2 and
/// proto3 have fixed values; editions start from the edition's defaults (2023 and 2024: explicit presence, open enums,
/// packed) and each scope (file, message, field/enum) may override them.
/// </summary>
internal readonly record struct Features(FieldPresence Presence, bool ClosedEnums, bool Packed)
{
    public static Features ForFile(FileDescriptorProto file)
    {
        var start = file.Syntax switch
        {
            "proto3" => new Features(FieldPresence.Implicit, false, true),
            "editions" => new Features(FieldPresence.Explicit, false, true),
            _ => new Features(FieldPresence.Explicit, true, false),
        };
        return start.With(file.Options?.Features);
    }

    public Features With(FeatureSet? set)
    {
        if (set is null)
        {
            return this;
        }

        var result = this;
        if (set.HasFieldPresence && set.FieldPresence != FieldPresence.Unknown)
        {
            result = result with { Presence = set.FieldPresence };
        }

        if (set.HasEnumType && set.EnumType != EnumType.Unknown)
        {
            result = result with { ClosedEnums = set.EnumType == EnumType.Closed };
        }

        if (set.HasRepeatedFieldEncoding && set.RepeatedFieldEncoding != RepeatedFieldEncoding.Unknown)
        {
            result = result with { Packed = set.RepeatedFieldEncoding == RepeatedFieldEncoding.Packed };
        }

        return result;
    }
}
