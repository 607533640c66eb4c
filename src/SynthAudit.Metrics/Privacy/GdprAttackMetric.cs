using SynthAudit.Core.Metrics;

namespace SynthAudit.Metrics.Privacy;

/// <summary>The shared frame of the three Anonymeter-style attacks (singling out, linkability, inference): the attack settings,
/// and the checks every one of them makes before it attacks (a holdout for the control attack, enough usable rows).</summary>
public abstract class GdprAttackMetric : IMetric
{
    /// <summary>Creates the metric with the given attack settings.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    protected GdprAttackMetric(AttackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
    }

    /// <summary>The attack settings.</summary>
    public AttackOptions Options { get; }

    /// <summary>Attacks (targets or queries) per side.</summary>
    public int Attacks => Options.Attacks;

    /// <inheritdoc />
    public abstract MetricDescriptor Descriptor { get; }

    /// <inheritdoc />
    public MetricResult Compute(AuditInput input, MetricContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        if (input.Holdout is null)
        {
            return MetricResult.Skipped(Descriptor, "needs --holdout");
        }

        return PrivacyData.CannotRun(input, needsHoldout: true) is { } reason
            ? MetricResult.Skipped(Descriptor, reason)
            : Attack(input, context, ct);
    }

    /// <summary>Runs the attack on an input that has a holdout and enough rows on every side.</summary>
    protected abstract MetricResult Attack(AuditInput input, MetricContext context, CancellationToken ct);
}
