using System.Collections.Immutable;
using SynthAudit.Core.Provenance;

namespace SynthAudit.Generation.Privacy;

/// <summary>The ρ-zCDP odometer with a hard filter: every noisy operation is charged here first.</summary>
/// <remarks>Adaptive sequential composition of zCDP: the run is (Σρ_i)-zCDP. A charge that would make Σρ_i exceed the
/// total by more than a relative 1e-12 is refused with <see cref="PrivacyBudgetExceededException"/> before any data is
/// touched.</remarks>
public sealed class PrivacyAccountant
{
    private const double RelativeSlack = 1e-12;
    private readonly List<DpLedgerEntry> _ledger = [];

    /// <summary>Creates an odometer with a total budget ρ.</summary>
    public PrivacyAccountant(double totalRho)
    {
        if (!(totalRho > 0) || double.IsInfinity(totalRho))
        {
            throw new ArgumentOutOfRangeException(nameof(totalRho), "rho must be positive and finite");
        }

        TotalRho = totalRho;
    }

    /// <summary>The total budget.</summary>
    public double TotalRho { get; }

    /// <summary>The budget spent so far.</summary>
    public double SpentRho { get; private set; }

    /// <summary>The budget left (never negative).</summary>
    public double RemainingRho => Math.Max(0, TotalRho - SpentRho);

    /// <summary>Every charge in order.</summary>
    public ImmutableArray<DpLedgerEntry> Ledger => [.. _ledger];

    /// <summary>Whether a charge of <paramref name="rho"/> would be accepted.</summary>
    public bool CanSpend(double rho) => rho >= 0 && SpentRho + rho <= TotalRho * (1 + RelativeSlack);

    /// <summary>Charges <paramref name="rho"/> for <paramref name="purpose"/> or throws.</summary>
    /// <exception cref="PrivacyBudgetExceededException">The charge would exceed the budget.</exception>
    public void Spend(double rho, string purpose, string mechanism, string detail)
    {
        if (!(rho >= 0) || double.IsInfinity(rho))
        {
            throw new ArgumentOutOfRangeException(nameof(rho), "a charge must be a non-negative finite number");
        }

        if (!CanSpend(rho))
        {
            throw new PrivacyBudgetExceededException(purpose, rho, RemainingRho);
        }

        SpentRho += rho;
        _ledger.Add(new DpLedgerEntry(purpose, mechanism, rho, detail));
    }
}
