using SynthAudit.Core.Csv;
using SynthAudit.Core.Errors;
using SynthAudit.Core.Results.Compliance;
using SynthAudit.Core.Schema;

namespace SynthAudit.Auditing.Pipeline;

/// <summary>Checks the declared threat model against the data: every declared column must exist (exit 2 before any metric
/// runs), and a declared column the attacks cannot use is worth a warning.</summary>
internal static class ThreatModelCheck
{
    /// <summary>Throws when a declared quasi-identifier or secret is not a column of the real data.</summary>
    /// <exception cref="ConfigException">A declared column is missing (one line naming the option, the column and the file).</exception>
    public static void Check(ThreatModel? model, CsvFile real)
    {
        ArgumentNullException.ThrowIfNull(real);
        if (model is null)
        {
            return;
        }

        foreach (var (option, names) in new[] { ("--quasi-identifiers", model.QuasiIdentifiers), ("--secrets", model.Secrets) })
        {
            foreach (var name in names)
            {
                if (real.Find(name) is null)
                {
                    throw new ConfigException(null, option, "column '" + name + "' is not in " + real.Path);
                }
            }
        }
    }

    /// <summary>Warnings for declared columns the attacks leave out (excluded, or identifiers).</summary>
    public static IEnumerable<string> Warnings(ThreatModel? model, TableSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (model is null)
        {
            yield break;
        }

        var used = schema.Used.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var name in model.QuasiIdentifiers.Concat(model.Secrets).Where(n => !used.Contains(n)))
        {
            yield return "declared column '" + name + "' is excluded from the metrics (excluded or identifier-like), so the attacks do not use it";
        }
    }
}
