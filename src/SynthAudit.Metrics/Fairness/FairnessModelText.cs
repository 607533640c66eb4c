using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Utility;

namespace SynthAudit.Metrics.Fairness;

/// <summary>Warnings shared by the model-level fairness measures.</summary>
internal static class FairnessModelText
{
    /// <summary>Warnings about the holdout predictions: rows outside every group.</summary>
    public static List<string> Warnings(ModelDisparity models)
    {
        var warnings = new List<string>();
        if (models.UnassignedRows > 0)
        {
            warnings.Add(FairnessText.Count(models.UnassignedRows)
                + " holdout rows have a protected combination absent from the real and synthetic data; left out of the model gaps");
        }

        return warnings;
    }
}
