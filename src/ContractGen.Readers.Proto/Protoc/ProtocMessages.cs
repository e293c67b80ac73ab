using System.Globalization;
using System.Text.RegularExpressions;
using ContractGen.Model;

namespace ContractGen.Readers.Proto.Protoc;

/// <summary>Turns protoc's stderr (gcc style: <c>file:line:col: message</c>, or <c>file: message</c>) into diagnostics.</summary>
public static partial class ProtocMessages
{
    [GeneratedRegex(@"^(?<file>.+?):(?<line>\d+):(?<col>\d+): (?<msg>.*)$")]
    private static partial Regex Located();

    [GeneratedRegex(@"^(?<file>.+?): (?<msg>.*)$")]
    private static partial Regex FileOnly();

    /// <summary>Every non-empty line becomes one diagnostic; <paramref name="display"/> maps protoc's paths to the user's.</summary>
    public static List<Diagnostic> Parse(string stderr, Func<string, string> display)
    {
        var result = new List<Diagnostic>();
        foreach (var raw in stderr.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                continue;
            }

            SourceSpan span;
            string message;
            var m = Located().Match(line);
            if (m.Success)
            {
                span = new SourceSpan(display(m.Groups["file"].Value), Int(m.Groups["line"].Value), Int(m.Groups["col"].Value));
                message = m.Groups["msg"].Value;
            }
            else if (FileOnly().Match(line) is { Success: true } f && !f.Groups["file"].Value.Contains(' '))
            {
                span = new SourceSpan(display(f.Groups["file"].Value), 0, 0);
                message = f.Groups["msg"].Value;
            }
            else
            {
                span = SourceSpan.None;
                message = line;
            }

            var warning = message.StartsWith("warning: ", StringComparison.Ordinal);
            if (warning)
            {
                message = message["warning: ".Length..];
            }

            result.Add(warning
                ? Diagnostic.Warning(ProtoCodes.ProtocWarning, message, span)
                : Diagnostic.Error(ProtoCodes.ProtocError, message, span));
        }

        return result;
    }

    private static int Int(string s) => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0;
}
