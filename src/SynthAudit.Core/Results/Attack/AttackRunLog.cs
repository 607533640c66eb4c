using System.Collections.Immutable;

namespace SynthAudit.Core.Results.Attack;

/// <summary>What the attack did: the generator, the runs, their failures and the time taken.</summary>
/// <param name="Generator">The generator command template, or <c>builtin mst</c>/<c>builtin aim</c> with its budget.</param>
/// <param name="RunsPlanned">Runs planned (<c>--runs</c>).</param>
/// <param name="RunsSucceeded">Runs whose output was used.</param>
/// <param name="Retries">Runs that failed once and were retried.</param>
/// <param name="Failures">Runs that failed after the retry (counted, never hidden).</param>
/// <param name="WallSeconds">Wall-clock seconds of the whole attack.</param>
/// <param name="GeneratorSeconds">Summed seconds spent in the generator.</param>
public sealed record AttackRunLog(string Generator, int RunsPlanned, int RunsSucceeded, int Retries, ImmutableArray<AttackRunFailure> Failures,
    double WallSeconds, double GeneratorSeconds);
