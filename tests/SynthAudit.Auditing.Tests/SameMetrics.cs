using SynthAudit.Core.Results;

namespace SynthAudit.Auditing.Tests;

/// <summary>Asserts that two audits have the same metric values: status, value, interval, baseline and breakdown, exactly.</summary>
internal static class SameMetrics
{
    public static void Assert(AuditResult expected, AuditResult actual)
    {
        Xunit.Assert.Equal(expected.Metrics.Select(m => m.Metric.Id), actual.Metrics.Select(m => m.Metric.Id));
        foreach (var (e, a) in expected.Metrics.Zip(actual.Metrics))
        {
            var id = e.Metric.Id;
            Xunit.Assert.True(e.Status == a.Status, id + ": status " + e.Status + " vs " + a.Status + " (" + a.Reason + ")");
            Xunit.Assert.True(Equals(e.Value, a.Value), id + ": value " + e.Value + " vs " + a.Value);
            Xunit.Assert.True(Equals(e.Ci, a.Ci), id + ": interval " + e.Ci + " vs " + a.Ci);
            Xunit.Assert.True(Equals(e.Baseline, a.Baseline), id + ": baseline " + e.Baseline + " vs " + a.Baseline);
            Xunit.Assert.Equal(e.Breakdown.Select(b => b.ToString()), a.Breakdown.Select(b => b.ToString()));
        }

        Xunit.Assert.Equal(expected.Schema.Select(c => (c.Name, c.Kind, c.Role)), actual.Schema.Select(c => (c.Name, c.Kind, c.Role)));
    }
}
