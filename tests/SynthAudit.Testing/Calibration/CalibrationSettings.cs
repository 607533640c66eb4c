namespace SynthAudit.Testing.Calibration;

/// <summary>The sizes of a calibration run.</summary>
/// <param name="TrainRows">Train rows (Adult: a subsample of <c>fixtures/adult/train.csv</c>; German credit: at most 500 of its 1,000).</param>
/// <param name="Attacks">Attacks per side of the three GDPR attacks.</param>
/// <param name="Iterations">Mirror-descent iterations of the MST estimate.</param>
public sealed record CalibrationSettings(int TrainRows = 3000, int Attacks = 500, int Iterations = 300);
