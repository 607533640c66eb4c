using System.Globalization;
using System.Text;
using System.Xml;
using SynthAudit.Core.IO;

namespace SynthAudit.Auditing.Gating;

/// <summary>Writes gate results as a JUnit XML file (one testcase per gate), atomically.</summary>
/// <remarks>Shape understood by GitHub, GitLab, Jenkins and Azure DevOps test reporters: a <c>testsuites</c> root holding one
/// <c>testsuite name="synthaudit gate"</c> with <c>tests</c> and <c>failures</c> counts; each gate is a <c>testcase</c> named
/// after its metric and bound, with a <c>failure</c> element (message and type PASS/FAIL/INCONCLUSIVE) when it counts as a
/// failure, and a <c>system-out</c> warning when an inconclusive gate passed. A gate of a cited policy pack carries its
/// threshold's <c>source</c> and <c>rationale</c> as testcase properties (the form pytest's <c>record_property</c> writes and
/// Jenkins, GitLab and Azure DevOps read) and in the failure text; the suite lists the policy's name.</remarks>
internal static class GateJUnitWriter
{
    /// <summary>The test suite's name.</summary>
    public const string SuiteName = "synthaudit gate";

    /// <summary>Writes <paramref name="results"/> to <paramref name="path"/>.</summary>
    public static void Write(string path, IReadOnlyList<GateResult> results, string policyPath, string auditPath, DateTimeOffset timestamp,
        string? policyName = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        var failures = results.Count(r => r.CountsAsFailure).ToString(CultureInfo.InvariantCulture);
        var tests = results.Count.ToString(CultureInfo.InvariantCulture);
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) };
        AtomicFile.Write(path, stream =>
        {
            using var xml = XmlWriter.Create(stream, settings);
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", SuiteName);
            xml.WriteAttributeString("tests", tests);
            xml.WriteAttributeString("failures", failures);
            xml.WriteAttributeString("errors", "0");
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", SuiteName);
            xml.WriteAttributeString("tests", tests);
            xml.WriteAttributeString("failures", failures);
            xml.WriteAttributeString("errors", "0");
            xml.WriteAttributeString("skipped", "0");
            xml.WriteAttributeString("timestamp", timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
            xml.WriteStartElement("properties");
            Property(xml, "policy", policyPath);
            if (policyName is not null)
            {
                Property(xml, "policy-name", policyName);
            }

            Property(xml, "audit", auditPath);
            xml.WriteEndElement();
            foreach (var r in results)
            {
                xml.WriteStartElement("testcase");
                xml.WriteAttributeString("classname", "synthaudit.gate." + r.Family.ToString().ToLowerInvariant());
                xml.WriteAttributeString("name", GateText.Name(r.Rule));
                xml.WriteAttributeString("time", "0");
                if (r.Rule.Source is not null || r.Rule.Rationale is not null)
                {
                    xml.WriteStartElement("properties");
                    if (r.Rule.Source is { } source)
                    {
                        Property(xml, "source", source);
                    }

                    if (r.Rule.Rationale is { } rationale)
                    {
                        Property(xml, "rationale", rationale);
                    }

                    xml.WriteEndElement();
                }

                var cited = r.Rule.Source is { } s ? "\nsource: " + s : string.Empty;
                if (r.CountsAsFailure)
                {
                    xml.WriteStartElement("failure");
                    xml.WriteAttributeString("message", GateText.Outcome(r.Outcome) + ": " + r.Message);
                    xml.WriteAttributeString("type", GateText.Outcome(r.Outcome));
                    xml.WriteString(GateText.Line(r) + cited);
                    xml.WriteEndElement();
                }
                else if (r.Outcome == GateOutcome.Inconclusive)
                {
                    xml.WriteElementString("system-out", "warning: " + GateText.Line(r) + cited);
                }
                else if (cited.Length > 0)
                {
                    xml.WriteElementString("system-out", GateText.Line(r) + cited);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        });
    }

    private static void Property(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement("property");
        xml.WriteAttributeString("name", name);
        xml.WriteAttributeString("value", value);
        xml.WriteEndElement();
    }
}
