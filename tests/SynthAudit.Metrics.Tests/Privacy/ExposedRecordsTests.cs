using System.Collections.Immutable;
using SynthAudit.Core.Data;
using SynthAudit.Metrics.Privacy;

namespace SynthAudit.Metrics.Tests.Privacy;

/// <summary>The most-exposed-records view of the distance attack: counts against chance, and a profile of pooled categories only.</summary>
public sealed class ExposedRecordsTests
{
    [Fact]
    public void Entries_TwentyMembersAboveEveryFreshRecord_CountsTwentyAgainstChance()
    {
        // Arrange: fresh scores 0..99; 20 members score 200 (exposed), 80 members 0..79.
        var (members, fresh, rows, table) = Case(exposedLevels: ["A"]);

        // Act
        var entries = ExposedRecords.Entries(members, fresh, rows, table, 0.95);

        // Assert: at 1 % FPR one fresh row (99) is let through, so chance predicts 1 of 100 members.
        var one = entries.Single(e => e.Key == "exposed_records_at_fpr_0.01");
        Assert.Equal(20, one.Value);
        Assert.Equal(1.0, one.Baseline!.Value, 12);
        var tenth = entries.Single(e => e.Key == "exposed_records_at_fpr_0.001");
        Assert.Equal(20, tenth.Value);
        Assert.Equal(0.0, tenth.Baseline!.Value, 12);
        Assert.True(one.Ci!.Value.Low < 20 && one.Ci.Value.High > 20);
    }

    [Fact]
    public void Entries_ExposedRecordsShareOneLevel_ProfileNamesItWithItsBaseline()
    {
        // Arrange: every exposed member has c = A (20 of 100 members overall); d spreads them 5 per level.
        var (members, fresh, rows, table) = Case(exposedLevels: ["A"]);

        // Act
        var entries = ExposedRecords.Entries(members, fresh, rows, table, 0.95);

        // Assert
        var c = entries.Single(e => e.Key == "exposed_profile.c");
        Assert.Equal(1.0, c.Value);
        Assert.Equal(0.2, c.Baseline!.Value, 12);
        Assert.Contains("c = A", c.Note, StringComparison.Ordinal);
        Assert.DoesNotContain(entries, e => e.Key == "exposed_profile.d");
    }

    [Fact]
    public void Entries_FewerThanTenExposed_NoProfile()
    {
        // Arrange: only 9 members above every fresh record.
        var (members, fresh, rows, table) = Case(exposedLevels: ["A"], exposed: 9);

        // Act
        var entries = ExposedRecords.Entries(members, fresh, rows, table, 0.95);

        // Assert
        Assert.Equal(9, entries.Single(e => e.Key == "exposed_records_at_fpr_0.01").Value);
        Assert.DoesNotContain(entries, e => e.Key.StartsWith("exposed_profile", StringComparison.Ordinal));
    }

    private static (double[] Members, double[] Fresh, int[] Rows, Table Train) Case(string[] exposedLevels, int exposed = 20)
    {
        var members = Enumerable.Range(0, 100).Select(i => i < exposed ? 200.0 : i - exposed).ToArray();
        var fresh = Enumerable.Range(0, 100).Select(i => (double)i).ToArray();
        var rows = Enumerable.Range(0, 100).ToArray();
        var c = rows.Select(i => i < exposed ? 0 : 1).ToArray();
        var d = rows.Select(i => i % 4).ToArray();
        var table = new Table("train",
        [
            new CategoricalColumn("c", c, [exposedLevels[0], "B"]),
            new CategoricalColumn("d", d, ImmutableArray.Create("p", "q", "r", "s")),
        ]);
        return (members, fresh, rows, table);
    }
}
