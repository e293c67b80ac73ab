namespace ContractGen.Breaking;

/// <summary>
/// A breaking-change rule: an UPPER_SNAKE id, a one-sentence purpose, its categories, default level and the
/// formats it applies to. The handler compares one previous/current pair; pairing lives in the engine.
/// Rules are discovered by reflection: adding a rule is adding one file under Rules/.
/// </summary>
public abstract class BreakingRule
{
    public abstract string Id { get; }

    public abstract string Purpose { get; }

    public abstract IReadOnlyList<string> Categories { get; }

    public virtual RuleLevel DefaultLevel => RuleLevel.Error;

    public abstract FormatSet Formats { get; }

    /// <summary>A rule that says the same as this one; when it is enabled this rule stays silent (no double reports).</summary>
    public virtual string? SupersededBy => null;

    internal abstract Type PairType { get; }

    internal abstract void Run(Pair pair, CheckContext context);
}

/// <summary>A rule whose handler sees one kind of pair.</summary>
public abstract class BreakingRule<TPair> : BreakingRule
    where TPair : Pair
{
    protected static readonly IReadOnlyList<string> File = Breaking.Categories.FileOnly;
    protected static readonly IReadOnlyList<string> PackageOnly = Breaking.Categories.PackageOnly;
    protected static readonly IReadOnlyList<string> FilePackage = Breaking.Categories.FilePackage;
    protected static readonly IReadOnlyList<string> FilePackageWireJson = Breaking.Categories.FilePackageWireJson;
    protected static readonly IReadOnlyList<string> AllProto = Breaking.Categories.AllProto;
    protected static readonly IReadOnlyList<string> WireJsonOnly = Breaking.Categories.WireJsonOnly;
    protected static readonly IReadOnlyList<string> WireJsonWire = Breaking.Categories.WireJsonWire;
    protected static readonly IReadOnlyList<string> WireOnly = Breaking.Categories.WireOnly;
    protected static readonly IReadOnlyList<string> OpenApiOnly = Breaking.Categories.OpenApiOnly;
    protected static readonly IReadOnlyList<string> AsyncApiOnly = Breaking.Categories.AsyncApiOnly;
    protected static readonly IReadOnlyList<string> Schemas = Breaking.Categories.Schemas;
    protected static readonly IReadOnlyList<string> Everywhere = Breaking.Categories.Everywhere;
    protected static readonly IReadOnlyList<string> ProtoAndOpenApi = Breaking.Categories.ProtoAndOpenApi;

    internal sealed override Type PairType => typeof(TPair);

    internal sealed override void Run(Pair pair, CheckContext context) => Check((TPair)pair, context);

    public abstract void Check(TPair pair, CheckContext context);
}
