using System.Text;
using System.Xml;

namespace ContractGen.Breaking.Output;

/// <summary>JUnit XML: one test suite per file, one test case per finding; errors are failures, warnings and info pass with a note.</summary>
public sealed class JunitFormatter : IFindingFormatter
{
    public string Name => "junit";

    public string Format(BreakingResult result)
    {
        var sb = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, NewLineChars = "\n", OmitXmlDeclaration = false, Encoding = new UTF8Encoding(false) };
        using (var w = XmlWriter.Create(new StringWriterUtf8(sb), settings))
        {
            var errors = result.Count(RuleLevel.Error);
            w.WriteStartElement("testsuites");
            w.WriteAttributeString("name", "contractgen breaking");
            w.WriteAttributeString("tests", Math.Max(1, result.Findings.Length).ToString(System.Globalization.CultureInfo.InvariantCulture));
            w.WriteAttributeString("failures", errors.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (result.Findings.Length == 0)
            {
                w.WriteStartElement("testsuite");
                w.WriteAttributeString("name", "contractgen breaking");
                w.WriteAttributeString("tests", "1");
                w.WriteAttributeString("failures", "0");
                w.WriteStartElement("testcase");
                w.WriteAttributeString("classname", "contractgen.breaking");
                w.WriteAttributeString("name", "no breaking changes");
                w.WriteEndElement();
                w.WriteEndElement();
            }

            foreach (var group in result.Findings.GroupBy(f => f.Location.File.Length > 0 ? f.Location.File : "(no file)"))
            {
                w.WriteStartElement("testsuite");
                w.WriteAttributeString("name", group.Key);
                w.WriteAttributeString("tests", group.Count().ToString(System.Globalization.CultureInfo.InvariantCulture));
                w.WriteAttributeString("failures", group.Count(f => f.Level == RuleLevel.Error).ToString(System.Globalization.CultureInfo.InvariantCulture));
                foreach (var f in group)
                {
                    w.WriteStartElement("testcase");
                    w.WriteAttributeString("classname", group.Key);
                    w.WriteAttributeString("name", $"{f.Rule}:{f.Location.Line}:{f.Location.Column}");
                    w.WriteStartElement(f.Level == RuleLevel.Error ? "failure" : "system-out");
                    if (f.Level == RuleLevel.Error)
                    {
                        w.WriteAttributeString("type", f.Rule);
                        w.WriteAttributeString("message", f.Message);
                    }

                    w.WriteString($"{(f.Location.File.Length > 0 ? FindingFormatters.Where(f) + ": " : "")}{f.Rule}: {f.Message}");
                    w.WriteEndElement();
                    w.WriteEndElement();
                }

                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        return sb.Append('\n').ToString();
    }

    private sealed class StringWriterUtf8(StringBuilder sb) : StringWriter(sb, System.Globalization.CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
