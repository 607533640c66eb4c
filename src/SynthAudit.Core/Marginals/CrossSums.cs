namespace SynthAudit.Core.Marginals;

/// <summary>First and second sums of two variables: <c>Σx, Σy, Σx², Σy², Σxy</c>.</summary>
/// <param name="X">Σx.</param>
/// <param name="Y">Σy.</param>
/// <param name="XX">Σx².</param>
/// <param name="YY">Σy².</param>
/// <param name="XY">Σxy.</param>
public readonly record struct CrossSums(double X, double Y, double XX, double YY, double XY);
