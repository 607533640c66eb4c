namespace SynthAudit.Core.Metrics;

/// <summary>The closed range a metric's value lies in; bounds may be infinite.</summary>
public readonly record struct ValueRange(double Min, double Max)
{
    /// <summary>The unit interval [0, 1].</summary>
    public static ValueRange Unit => new(0, 1);

    /// <summary>Whether <paramref name="value"/> lies in the range (with a small tolerance).</summary>
    public bool Contains(double value) => value >= Min - 1e-12 && value <= Max + 1e-12;
}
