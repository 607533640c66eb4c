using System.Globalization;
using SynthAudit.Core.Csv;
using SynthAudit.Generation;
using SynthAudit.Generation.Domain;
using SynthAudit.Generation.Privacy;

namespace SynthAudit.Auditing.Attacking;

/// <summary>One of our own DP generators (MST or AIM), run in-process with a seeded noise source per run.</summary>
internal sealed class BuiltinShadowGenerator : IShadowGenerator
{
    private readonly ISyntheticGenerator _generator;
    private readonly DomainSpec _domain;
    private readonly PrivacyBudget _budget;

    public BuiltinShadowGenerator(ISyntheticGenerator generator, DomainSpec domain, PrivacyBudget budget, string domainSource)
    {
        _generator = generator;
        _domain = domain;
        _budget = budget;
        Description = string.Create(CultureInfo.InvariantCulture,
            $"builtin {generator.Method} (epsilon {budget.Epsilon:G6}, delta {budget.Delta:G3}, domain {domainSource}), in-process");
    }

    public string Description { get; }

    public CsvFile Generate(int run, int attempt, byte[] trainCsv, int rows, ulong seed, CancellationToken ct)
    {
        var input = CsvTableReader.Read(new MemoryStream(trainCsv, writable: false), "shadow training set");
        var options = new GenerationOptions { Budget = _budget, Rows = rows, Seed = (long)(seed ^ (ulong)attempt) };
        using var random = new SeededDpRandom((long)(seed ^ (ulong)attempt));
        var result = _generator.Generate(input, _domain, options, random, ct);
        using var buffer = new MemoryStream();
        CsvTableWriter.Write(result.Synthetic, buffer);
        buffer.Position = 0;
        return CsvTableReader.Read(buffer, string.Create(CultureInfo.InvariantCulture, $"synthetic output of run {run}"));
    }
}
