using ContractGen.Model;

namespace ContractGen.Breaking;

/// <summary>How serious a finding is: error fails the gate, warning and info are reported only.</summary>
public enum RuleLevel
{
    Info,
    Warning,
    Error,
}

/// <summary>The contract formats a rule applies to.</summary>
[Flags]
public enum FormatSet
{
    None = 0,
    Proto = 1,
    OpenApi = 2,
    AsyncApi = 4,
    /// <summary>Formats with HTTP bindings.</summary>
    Http = Proto | OpenApi,
    /// <summary>Formats whose payloads are JSON Schemas.</summary>
    Schema = OpenApi | AsyncApi,
    All = Proto | OpenApi | AsyncApi,
}

/// <summary>One breaking (or noteworthy) change: the rule, its level, and where it is (current file; previous file for deletions).</summary>
public sealed record Finding(string Rule, RuleLevel Level, string Message, SourceSpan Location, string Element)
{
    public static string LevelName(RuleLevel level) => level switch
    {
        RuleLevel.Error => "error",
        RuleLevel.Warning => "warning",
        _ => "info",
    };
}

internal static class FormatSets
{
    public static FormatSet Of(ContractFormat format) => format switch
    {
        ContractFormat.Proto => FormatSet.Proto,
        ContractFormat.OpenApi => FormatSet.OpenApi,
        _ => FormatSet.AsyncApi,
    };
}
