using SynthAudit.Core.Metrics;

namespace SynthAudit.Metrics.Fairness;

/// <summary>Checks and shared pieces of the label-level fairness metrics.</summary>
internal static class FairnessInputs
{
    /// <summary>The shared label-level analysis, or null with the reason to skip.</summary>
    public static LabelDisparity? Labels(AuditInput input, MetricContext context, FairnessOptions options, CancellationToken ct, out string reason)
    {
        if (input.Sensitive.IsEmpty)
        {
            reason = "needs --sensitive";
            return null;
        }

        if (input.Target is not { } target)
        {
            reason = "needs --target";
            return null;
        }

        if (input.Real.RowCount == 0 || input.Synthetic.RowCount == 0)
        {
            reason = "the real or synthetic data has no rows";
            return null;
        }

        var binary = BinaryTarget.TryCreate(input.Real, target, out reason);
        if (binary is null)
        {
            reason += "; the fairness label metrics need a binary target";
            return null;
        }

        return LabelDisparity.For(input, context, options, ct);
    }

    /// <summary>The breakdown entry naming the positive class and the rule that chose it.</summary>
    public static BreakdownEntry PositiveClassEntry(BinaryTarget target) =>
        new("positive class", null, Note: target.Column + " = " + target.Positive + " (" + target.Rule + ")");

    /// <summary>Warnings about rows left out for a missing target.</summary>
    public static IEnumerable<string> MissingTargetWarnings(LabelDisparity labels)
    {
        if (labels.RealMissingTarget > 0 || labels.SyntheticMissingTarget > 0)
        {
            yield return "rows with a missing target left out of the positive rates: " + FairnessText.Count(labels.RealMissingTarget)
                + " real, " + FairnessText.Count(labels.SyntheticMissingTarget) + " synthetic";
        }
    }

    /// <summary>The reason given when no grouping has two usable groups.</summary>
    public static string TooFewGroupsReason(FairnessOptions options) =>
        "fewer than two protected groups with at least " + FairnessText.Count(options.MinGroupSize)
        + " rows (known target) in both the real and the synthetic data";
}
