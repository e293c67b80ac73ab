using System.Collections.Immutable;
using System.CommandLine;
using ContractGen.Breaking;
using ContractGen.Cli.Config;
using ContractGen.Model;

namespace ContractGen.Cli.Inputs;

/// <summary>
/// The flags of <c>contractgen breaking</c> that mirror the <c>breaking:</c> section of contractgen.yaml. A flag given on
/// the command line replaces the configuration's value (levels are merged, the flag winning).
/// </summary>
public sealed class BreakingFlags
{
    /// <summary>No previous version named.</summary>
    public const string MissingAgainst = "CG5102";

    /// <summary>A --level value that is not RULE=error|warning|info|off.</summary>
    public const string BadLevel = "CG5103";

    private readonly Option<string[]> _use = new("--use") { Description = "Categories (FILE, PACKAGE, WIRE_JSON, WIRE, OPENAPI, ASYNCAPI) or rule IDs to check; replaces breaking.use.", HelpName = "CATEGORY|RULE" };
    private readonly Option<string[]> _except = new("--except") { Description = "Categories or rule IDs to leave out; replaces breaking.except.", HelpName = "CATEGORY|RULE" };
    private readonly Option<string[]> _ignore = new("--ignore") { Description = "File glob whose findings are ignored (repeatable).", HelpName = "GLOB" };
    private readonly Option<string[]> _ignoreElement = new("--ignore-element") { Description = "Element id or glob (acme.v1.Book, #/components/schemas/Pet, getOrder) whose findings are ignored.", HelpName = "ELEMENT" };
    private readonly Option<bool> _ignoreUnstable = new("--ignore-unstable") { Description = "Ignore alpha/beta/v0 protobuf packages and x-stability: experimental elements." };
    private readonly Option<string[]> _level = new("--level") { Description = "Level override RULE=error|warning|info|off (repeatable).", HelpName = "RULE=LEVEL" };
    private readonly Option<bool> _deprecateBeforeRemove = new("--deprecate-before-remove") { Description = "Allow removing operations and channels that were deprecated in the previous version." };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _use, _except, _ignore, _ignoreElement, _ignoreUnstable, _level, _deprecateBeforeRemove })
        {
            command.Options.Add(option);
        }
    }

    public BreakingOptions Options(ParseResult parse, ContractGenConfig config, DiagnosticBag problems)
    {
        var b = config.Breaking;
        static ImmutableArray<string> Pick(string[]? flag, IReadOnlyList<string> configured) =>
            flag is { Length: > 0 } ? [.. flag] : [.. configured];
        var where = config.FilePath is { } path ? new SourceSpan(path, 0, 0) : SourceSpan.None;
        var levels = ImmutableSortedDictionary.CreateBuilder<string, RuleLevel?>(StringComparer.Ordinal);
        foreach (var (rule, level) in b.Levels.Select(kv => (kv.Key, kv.Value)).Concat(Split(parse.GetValue(_level), problems)))
        {
            if (Level(level, out var parsed))
            {
                levels[rule] = parsed;
            }
            else
            {
                problems.Error(BadLevel, $"breaking level for {rule}: '{level}' is not error, warning, info or off", where);
            }
        }

        var options = new BreakingOptions
        {
            Use = b.Use.Count > 0 || parse.GetValue(_use) is { Length: > 0 } ? Pick(parse.GetValue(_use), b.Use) : BreakingOptions.Default.Use,
            Except = Pick(parse.GetValue(_except), b.Except),
            IgnorePaths = [.. b.Ignore.Concat(parse.GetValue(_ignore) ?? [])],
            IgnoreElements = [.. b.IgnoreElements.Concat(parse.GetValue(_ignoreElement) ?? [])],
            IgnoreUnstablePackages = b.IgnoreUnstable || parse.GetValue(_ignoreUnstable),
            Levels = levels.ToImmutable(),
            DeprecateBeforeRemove = b.DeprecateBeforeRemove || parse.GetValue(_deprecateBeforeRemove),
        };
        problems.AddRange(RuleSelection.Validate(options, where));
        return options;
    }

    private static IEnumerable<(string Rule, string Level)> Split(string[]? values, DiagnosticBag problems)
    {
        foreach (var value in values ?? [])
        {
            var eq = value.IndexOf('=');
            if (eq <= 0)
            {
                problems.Error(BadLevel, $"--level '{value}': expected RULE=error|warning|info|off", SourceSpan.None);
                continue;
            }

            yield return (value[..eq], value[(eq + 1)..]);
        }
    }

    private static bool Level(string text, out RuleLevel? level)
    {
        level = text switch { "error" => RuleLevel.Error, "warning" => RuleLevel.Warning, "info" => RuleLevel.Info, _ => null };
        return level is not null || text == "off";
    }
}
