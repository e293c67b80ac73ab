using ContractGen.Emit.Go.Conventions;
using Scriban.Runtime;

namespace ContractGen.Emit.Go.Functions;

/// <summary>The functions Go templates may call; every escaping goes through <see cref="GoLiterals"/> and <see cref="GoNames"/>.</summary>
public static class GoFunctions
{
    public static ScriptObject Create()
    {
        var functions = new ScriptObject();
        functions.Import("go_string", new Func<string, string>(GoLiterals.String));
        functions.Import("go_comment", new Func<string, string>(GoLiterals.Comment));
        functions.Import("go_exported", new Func<string, string>(GoNames.Exported));
        return functions;
    }
}
