using ContractGen.Emit.TypeScript.Conventions;
using Scriban.Runtime;

namespace ContractGen.Emit.TypeScript.Functions;

/// <summary>The functions TypeScript templates may call; every escaping goes through <see cref="TypeScriptLiterals"/> and <see cref="TypeScriptNames"/>.</summary>
public static class TypeScriptFunctions
{
    public static ScriptObject Create()
    {
        var functions = new ScriptObject();
        functions.Import("ts_string", new Func<string?, string>(TypeScriptLiterals.String));
        functions.Import("ts_comment", new Func<string, string>(TypeScriptLiterals.Comment));
        functions.Import("ts_camel", new Func<string, string>(TypeScriptNames.Camel));
        functions.Import("ts_pascal", new Func<string, string>(TypeScriptNames.Pascal));
        return functions;
    }
}
