using System.Text;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Data;

namespace SynthAudit.Auditing.Attacking;

/// <summary>Writes shadow training sets as CSV: the real file's header, then the chosen target and population rows, each
/// cell spelled as <see cref="CsvTableWriter"/> spells it.</summary>
internal sealed class ShadowTrainingCsv
{
    private readonly string _header;
    private readonly string[] _targetLines;
    private readonly string[] _populationLines;

    public ShadowTrainingCsv(Table real, IReadOnlyList<int> targetRows, Table population)
    {
        _header = string.Join(',', real.Columns.Select(c => CsvTableWriter.Quote(c.Name)));
        _targetLines = [.. targetRows.Select(r => Line(real, r))];
        _populationLines = [.. Enumerable.Range(0, population.RowCount).Select(r => Line(population, r))];
    }

    /// <summary>The CSV of one run: the member targets and the population rows, in an order shuffled by <paramref name="random"/>.</summary>
    public byte[] Build(bool[] members, int[] populationRows, Random random)
    {
        var lines = new List<string>(populationRows.Length + members.Length);
        for (var t = 0; t < members.Length; t++)
        {
            if (members[t])
            {
                lines.Add(_targetLines[t]);
            }
        }

        lines.AddRange(populationRows.Select(r => _populationLines[r]));
        var array = lines.ToArray();
        random.Shuffle(array);
        var text = new StringBuilder(_header.Length + (array.Length * 64));
        text.Append(_header).Append('\n');
        foreach (var line in array)
        {
            text.Append(line).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string Line(Table table, int row) => string.Join(',', table.Columns.Select(c => CsvTableWriter.Format(c, row)));
}
