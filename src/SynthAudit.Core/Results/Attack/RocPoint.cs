namespace SynthAudit.Core.Results.Attack;

/// <summary>One point of a ROC curve.</summary>
/// <param name="Fpr">The false-positive rate.</param>
/// <param name="Tpr">The true-positive rate.</param>
public readonly record struct RocPoint(double Fpr, double Tpr);
