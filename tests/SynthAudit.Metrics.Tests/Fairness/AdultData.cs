using SynthAudit.Core.Csv;
using SynthAudit.Core.Data;
using SynthAudit.Core.Schema;
using SynthAudit.Testing;

namespace SynthAudit.Metrics.Tests.Fairness;

/// <summary>Adult train and holdout, aligned once for all fairness tests (target income-per-year, sensitive sex and race).</summary>
internal static class AdultData
{
    private static readonly Lazy<(Table Real, Table Holdout, TableSchema Schema)> s_adult = new(() =>
    {
        var real = CsvTableReader.Read(Fixtures.Path("adult", "train.csv"));
        var holdout = CsvTableReader.Read(Fixtures.Path("adult", "holdout.csv"));
        var schema = SchemaInference.Infer(real, new SchemaOptions { Target = "income-per-year", Sensitive = ["sex", "race"] }).Schema;
        var aligned = TableAligner.Align(schema, real, holdout: holdout);
        return (aligned.Real, aligned.Holdout!, schema);
    });

    /// <summary>The 22,793 train rows.</summary>
    public static Table Real => s_adult.Value.Real;

    /// <summary>The 9,768 holdout rows.</summary>
    public static Table Holdout => s_adult.Value.Holdout;

    /// <summary>The schema.</summary>
    public static TableSchema Schema => s_adult.Value.Schema;
}
