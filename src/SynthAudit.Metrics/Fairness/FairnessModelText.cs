using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Utility;

namespace SynthAudit.Metrics.Fairness;

/// <summary>Warnings shared by the model-level fairness measures.</summary>
internal static class FairnessModelText
{
    /// <summary>Warnings about the holdout predictions: a different positive class, rows outside every group.</summary>
    public static List<string> Warnings(AuditInput input, HoldoutPredictions predictions, ModelDisparity models)
    {
        var warnings = new List<string>();
        if (input.Target is { } target && BinaryTarget.TryCreate(input.Real, target, out _) is { } binary
            && !string.Equals(binary.Positive, predictions.PositiveClass, StringComparison.Ordinal))
        {
            warnings.Add("the utility models treat " + predictions.PositiveClass + " as positive, the label-level fairness metrics "
                + binary.Positive);
        }

        if (models.UnassignedRows > 0)
        {
            warnings.Add(FairnessText.Count(models.UnassignedRows)
                + " holdout rows have a protected combination absent from the real and synthetic data; left out of the model gaps");
        }

        return warnings;
    }
}
