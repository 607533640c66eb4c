using SynthAudit.Auditing.Ledger;

namespace SynthAudit.Cli.Tests.Ledger;

internal static class LedgerEntries
{
    public static LedgerEntry Sample(int i) => new(
        new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero).AddMinutes(i), "0.1.0", "audit", i,
        [new LedgerFile("real", "train.csv", new string('a', 64)), new LedgerFile("synthetic", "s" + i + ".csv", new string('b', 64))],
        [new LedgerHeadline("fidelity:fidelity.quality_score", 0.87, 0.85, 0.89), new LedgerHeadline("utility:utility.ratio", null, null, null)],
        [new LedgerFile("json", "out/audit.json", new string('c', 64))])
    {
        CommandLine = "synthaudit audit --real train.csv",
    };
}
