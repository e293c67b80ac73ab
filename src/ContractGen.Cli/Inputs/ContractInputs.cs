using System.CommandLine;
using ContractGen.Cli.Config;
using ContractGen.Cli.Hosting;
using ContractGen.Model;
using ContractGen.Readers;

namespace ContractGen.Cli.Inputs;

/// <summary>
/// The input part shared by every command that reads contracts: <c>&lt;files or folders&gt;... [-I DIR]... [--protoc PATH]</c>.
/// Values given on the command line override contractgen.yaml (<c>inputs</c>, <c>include</c>, <c>protoc</c>).
/// Usage: keep one instance in a field, call <see cref="AddTo"/> in Define and <see cref="Load"/> in Execute.
/// </summary>
public sealed class ContractInputs
{
    public Argument<string[]> Paths { get; } = new("inputs")
    {
        Description = "Contract files or folders (.proto, .binpb, OpenAPI, AsyncAPI). Default: 'inputs' of contractgen.yaml.",
        Arity = ArgumentArity.ZeroOrMore,
        HelpName = "files or folders",
    };

    public Option<string[]> Include { get; } = new("--include", "-I")
    {
        Description = "Proto include root (repeatable); replaces 'include' of contractgen.yaml.",
        HelpName = "DIR",
    };

    public Option<string?> Protoc { get; } = new("--protoc")
    {
        Description = "protoc to run instead of the bundled one.",
        HelpName = "PATH",
    };

    public ContractInputs()
    {
        // Inputs are free-form strings, so an unknown option would otherwise be taken for a file name.
        Paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-' && !File.Exists(token.Value) && !Directory.Exists(token.Value))
                {
                    result.AddError($"Unrecognized option '{token.Value}'.");
                }
            }
        });
    }

    public void AddTo(Command command)
    {
        command.Arguments.Add(Paths);
        command.Options.Add(Include);
        command.Options.Add(Protoc);
    }

    /// <summary>The load request: flags first, then the configuration.</summary>
    public LoadRequest Request(ParseResult parse, CliContext context, ContractGenConfig config)
    {
        var paths = parse.GetValue(Paths) ?? [];
        var include = parse.GetValue(Include) ?? [];
        var protoc = parse.GetValue(Protoc);
        return new LoadRequest
        {
            Inputs = paths.Length > 0 ? paths : config.Inputs,
            BaseDirectory = context.CurrentDirectory,
            Options = new ReaderOptions
            {
                IncludePaths = include.Length > 0 ? include.Select(p => Path.GetFullPath(p, context.CurrentDirectory)).ToList() : config.Include,
                ProtocPath = protoc is not null ? Path.GetFullPath(protoc, context.CurrentDirectory) : config.Protoc,
                AllowRemoteRefs = config.AllowRemoteRefs,
            },
        };
    }

    /// <summary>Loads the contracts (<see cref="CliContext.Loader"/>).</summary>
    public LoadResult Load(ParseResult parse, CliContext context, ContractGenConfig config, CancellationToken cancellationToken = default) =>
        context.Loader.Load(Request(parse, context, config), cancellationToken);
}
