using ContractGen.Model;

namespace ContractGen.Breaking;

public sealed class DocumentPair(PairScope scope, SourceDocument? previous, SourceDocument? current)
    : ElementPair<SourceDocument>(scope, previous, current);

/// <summary>A proto package and the files that declare it on each side.</summary>
public sealed class PackagePair(PairScope scope, string package, IReadOnlyList<SourceDocument> previous, IReadOnlyList<SourceDocument> current)
    : Pair(scope)
{
    public string Package { get; } = package;

    public IReadOnlyList<SourceDocument> Previous { get; } = previous;

    public IReadOnlyList<SourceDocument> Current { get; } = current;

    public override SourceSpan DefaultLocation => (Current.Count > 0 ? Current[0] : Previous[0]).Span;
}

/// <summary>Named types paired by id (proto messages and enums).</summary>
public sealed class TypePair(PairScope scope, TypeDef? previous, TypeDef? current)
    : ElementPair<TypeDef>(scope, previous, current);

/// <summary>Fields of a paired message, paired by number (proto).</summary>
public sealed class FieldPair(PairScope scope, RecordDef previousRecord, RecordDef currentRecord, FieldDef? previous, FieldDef? current)
    : ElementPair<FieldDef>(scope, previous, current)
{
    public RecordDef PreviousRecord { get; } = previousRecord;

    public RecordDef CurrentRecord { get; } = currentRecord;

    public override SourceSpan DefaultLocation => (Current ?? (Element?)CurrentRecord)!.Span;
}

/// <summary>Values of a paired enum with the same number (aliases make each side a list).</summary>
public sealed class EnumValuePair(PairScope scope, EnumDef previousEnum, EnumDef currentEnum, long number, IReadOnlyList<EnumValue> previous, IReadOnlyList<EnumValue> current)
    : Pair(scope)
{
    public EnumDef PreviousEnum { get; } = previousEnum;

    public EnumDef CurrentEnum { get; } = currentEnum;

    public long Number { get; } = number;

    public IReadOnlyList<EnumValue> Previous { get; } = previous;

    public IReadOnlyList<EnumValue> Current { get; } = current;

    public override SourceSpan DefaultLocation => Current.Count > 0 ? Current[0].Span : CurrentEnum.Span;
}

public sealed class ServicePair(PairScope scope, Service? previous, Service? current)
    : ElementPair<Service>(scope, previous, current);

public sealed class OperationPair(PairScope scope, Operation? previous, Operation? current)
    : ElementPair<Operation>(scope, previous, current);

/// <summary>HTTP bindings of a paired operation (primary with primary, additional ones by method and path).</summary>
public sealed class HttpBindingPair(PairScope scope, Operation previousOperation, Operation currentOperation, HttpBinding? previous, HttpBinding? current)
    : Pair(scope)
{
    public Operation PreviousOperation { get; } = previousOperation;

    public Operation CurrentOperation { get; } = currentOperation;

    public HttpBinding? Previous { get; } = previous;

    public HttpBinding? Current { get; } = current;

    public override SourceSpan DefaultLocation => Located(Current?.Span, CurrentOperation.Span);

    internal static SourceSpan Located(SourceSpan? span, SourceSpan fallback) => span is { IsKnown: true } s ? s : fallback;
}

/// <summary>Parameters of a paired binding, by location and name (a parameter that only moved is paired by name).</summary>
public sealed class ParameterPair(PairScope scope, HttpBindingPair binding, HttpParameter? previous, HttpParameter? current)
    : Pair(scope)
{
    public HttpBindingPair Binding { get; } = binding;

    public HttpParameter? Previous { get; } = previous;

    public HttpParameter? Current { get; } = current;

    public override SourceSpan DefaultLocation => HttpBindingPair.Located(Current?.Span, Binding.DefaultLocation);
}

public sealed class RequestBodyPair(PairScope scope, HttpBindingPair binding, RequestBody? previous, RequestBody? current)
    : Pair(scope)
{
    public HttpBindingPair Binding { get; } = binding;

    public RequestBody? Previous { get; } = previous;

    public RequestBody? Current { get; } = current;

    public override SourceSpan DefaultLocation => HttpBindingPair.Located(Current?.Span, Binding.DefaultLocation);
}

/// <summary>Responses of a paired binding, by status.</summary>
public sealed class ResponsePair(PairScope scope, HttpBindingPair binding, HttpResponse? previous, HttpResponse? current)
    : Pair(scope)
{
    public HttpBindingPair Binding { get; } = binding;

    public HttpResponse? Previous { get; } = previous;

    public HttpResponse? Current { get; } = current;

    public override SourceSpan DefaultLocation => HttpBindingPair.Located(Current?.Span, Binding.DefaultLocation);
}

public sealed class ChannelPair(PairScope scope, Channel? previous, Channel? current)
    : ElementPair<Channel>(scope, previous, current);

public sealed class MessagePair(PairScope scope, Message? previous, Message? current)
    : ElementPair<Message>(scope, previous, current);

public sealed class MessageOperationPair(PairScope scope, MessageOperation? previous, MessageOperation? current)
    : ElementPair<MessageOperation>(scope, previous, current);

public sealed class ServerPair(PairScope scope, Server? previous, Server? current)
    : ElementPair<Server>(scope, previous, current);
