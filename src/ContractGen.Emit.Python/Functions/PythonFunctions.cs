using ContractGen.Emit.Python.Conventions;
using Scriban.Runtime;

namespace ContractGen.Emit.Python.Functions;

/// <summary>The functions Python templates may call; every escaping goes through <see cref="PythonLiterals"/> and <see cref="PythonNames"/>.</summary>
public static class PythonFunctions
{
    public static ScriptObject Create()
    {
        var functions = new ScriptObject();
        functions.Import("py_string", new Func<string?, string>(PythonLiterals.String));
        functions.Import("py_comment", new Func<string, string>(PythonLiterals.Comment));
        functions.Import("py_snake", new Func<string, string>(PythonNames.Snake));
        functions.Import("py_pascal", new Func<string, string>(PythonNames.Pascal));
        return functions;
    }
}
