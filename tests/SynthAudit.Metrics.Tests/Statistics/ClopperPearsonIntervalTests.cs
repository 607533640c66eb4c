using SynthAudit.Metrics.Statistics;
using SynthAudit.Testing;

namespace SynthAudit.Metrics.Tests.Statistics;

public sealed class ClopperPearsonIntervalTests
{
    [Fact]
    public void Of_NoSuccesses_UpperIsClosedForm()
    {
        // Arrange: k = 0 of n = 10 at 95 %: U = 1 − 0.025^(1/10) = 0.30849710781876083.
        // Act
        var ci = ClopperPearsonInterval.Of(0, 10)!.Value;

        // Assert
        Tolerance.Equal(0, ci.Low, 0);
        Tolerance.Equal(0.30849710781876083, ci.High, 1e-12);
    }

    [Fact]
    public void Of_AllSuccesses_LowerIsClosedForm()
    {
        // Arrange: k = n = 10 at 95 %: L = 0.025^(1/10) = 0.6915028921812392.
        // Act
        var ci = ClopperPearsonInterval.Of(10, 10)!.Value;

        // Assert
        Tolerance.Equal(0.6915028921812392, ci.Low, 1e-12);
        Tolerance.Equal(1, ci.High, 0);
    }

    [Fact]
    public void Of_OneOfTwo_SolvesTheQuadraticTails()
    {
        // Arrange: k = 1, n = 2: P(X ≥ 1; L) = 1 − (1 − L)² = 0.025 gives L = 1 − √0.975; P(X ≤ 1; U) = 1 − U² = 0.025 gives U = √0.975.
        // Act
        var ci = ClopperPearsonInterval.Of(1, 2)!.Value;

        // Assert
        Tolerance.Equal(0.012579117093425074, ci.Low, 1e-12);
        Tolerance.Equal(0.9874208829065749, ci.High, 1e-12);
    }

    [Fact]
    public void Of_NoTrials_IsNull()
    {
        // Arrange / Act / Assert
        Assert.Null(ClopperPearsonInterval.Of(0, 0));
    }
}
