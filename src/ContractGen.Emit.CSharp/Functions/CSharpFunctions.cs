using ContractGen.Emit.CSharp.Conventions;
using Scriban.Runtime;

namespace ContractGen.Emit.CSharp.Functions;

/// <summary>The functions C# templates may call; every escaping goes through <see cref="CSharpLiterals"/> and <see cref="CSharpNames"/>.</summary>
public static class CSharpFunctions
{
    public static ScriptObject Create()
    {
        var functions = new ScriptObject();
        functions.Import("cs_string", new Func<string?, string>(CSharpLiterals.String));
        functions.Import("cs_comment", new Func<string, string>(CSharpLiterals.Comment));
        functions.Import("cs_xml", new Func<string, string>(CSharpLiterals.Xml));
        functions.Import("cs_pascal", new Func<string, string>(CSharpNames.Pascal));
        return functions;
    }
}
