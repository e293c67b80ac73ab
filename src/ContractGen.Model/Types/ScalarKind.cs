namespace ContractGen.Model;

/// <summary>
/// Scalar kinds. The proto kinds are kept exact (the breaking checker needs wire groups);
/// <see cref="Integer"/> and <see cref="Number"/> are JSON Schema's unsized kinds.
/// </summary>
public enum ScalarKind
{
    Bool,
    String,
    Bytes,
    Int32,
    Int64,
    UInt32,
    UInt64,
    SInt32,
    SInt64,
    Fixed32,
    Fixed64,
    SFixed32,
    SFixed64,
    Float,
    Double,
    Integer,
    Number,
    Null,
}
