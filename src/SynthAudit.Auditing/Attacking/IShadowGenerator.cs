using SynthAudit.Core.Csv;

namespace SynthAudit.Auditing.Attacking;

/// <summary>A generator the attack can run many times: shadow training CSV in, synthetic CSV out.</summary>
internal interface IShadowGenerator
{
    /// <summary>How the run log names it.</summary>
    string Description { get; }

    /// <summary>Runs the generator once on <paramref name="trainCsv"/> (UTF-8 CSV bytes with a header).</summary>
    /// <exception cref="ShadowGeneratorFailure">The run failed.</exception>
    CsvFile Generate(int run, int attempt, byte[] trainCsv, int rows, ulong seed, CancellationToken ct);
}
