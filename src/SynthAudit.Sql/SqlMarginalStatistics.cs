using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using SynthAudit.Core.Marginals;

namespace SynthAudit.Sql;

/// <summary>The marginal statistics computed by an SQL engine over tables loaded with <see cref="SqlDialect.CreateTable"/>.</summary>
/// <remarks>Each statement's result is cached, so the real side's statistics serve both the synthetic comparison and the
/// holdout floor, and, through <see cref="ForSynthetic"/>, every synthetic set of a comparison. Not thread-safe: one audit
/// at a time uses an instance and its views.</remarks>
public sealed class SqlMarginalStatistics : IMarginalStatistics, IDisposable
{
    /// <summary>The most column sets per contingency statement.</summary>
    public const int SetsPerStatement = 128;

    /// <summary>The most distinct binned members per contingency statement (one <c>GROUPING</c> flag each).</summary>
    public const int MembersPerStatement = 48;

    private readonly DbConnection _connection;
    private readonly SqlDialect _dialect;
    private readonly IReadOnlyDictionary<MarginalSide, string> _tables;
    private readonly IReadOnlyDictionary<string, string> _columns;
    private readonly Action? _onDispose;
    private readonly bool _ownsConnection;
    private readonly IReadOnlyList<string> _synthetics;
    private readonly Dictionary<string, object> _cache;

    /// <summary>Wraps an open connection whose tables are already loaded.</summary>
    /// <param name="connection">The open connection; disposed with this instance.</param>
    /// <param name="dialect">The dialect of the connection's engine.</param>
    /// <param name="tables">The table of each side present.</param>
    /// <param name="columns">The table column of each input column name.</param>
    /// <param name="onDispose">Called after the connection is closed (removes temporary files).</param>
    /// <param name="synthetics">Every synthetic table loaded, for <see cref="ForSynthetic"/> (a comparison loads several); the
    /// synthetic table of <paramref name="tables"/> alone when null.</param>
    public SqlMarginalStatistics(DbConnection connection, SqlDialect dialect, IReadOnlyDictionary<MarginalSide, string> tables,
        IReadOnlyDictionary<string, string> columns, Action? onDispose = null, IReadOnlyList<string>? synthetics = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(dialect);
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(columns);
        _connection = connection;
        _dialect = dialect;
        _tables = tables;
        _columns = columns;
        _onDispose = onDispose;
        _ownsConnection = true;
        _synthetics = synthetics ?? (tables.TryGetValue(MarginalSide.Synthetic, out var synthetic) ? [synthetic] : []);
        _cache = new Dictionary<string, object>(StringComparer.Ordinal);
    }

    private SqlMarginalStatistics(SqlMarginalStatistics owner, string synthetic)
    {
        _connection = owner._connection;
        _dialect = owner._dialect;
        _columns = owner._columns;
        _synthetics = owner._synthetics;
        _cache = owner._cache;
        _tables = new Dictionary<MarginalSide, string>(owner._tables) { [MarginalSide.Synthetic] = synthetic };
    }

    /// <inheritdoc />
    public string Engine => _dialect.Name;

    /// <summary>The statements run so far (for the record and for tests).</summary>
    public int Statements { get; private set; }

    /// <inheritdoc />
    public bool Has(MarginalSide side) => _tables.ContainsKey(side);

    /// <inheritdoc />
    public long RowCount(MarginalSide side) => Cached(_dialect.RowCount(Table(side)), reader =>
    {
        reader.Read();
        return (object)Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture);
    }) is long n ? n : 0;

    /// <inheritdoc />
    public ValueCounts Values(MarginalSide side, string column) => (ValueCounts)Cached(_dialect.ValueCounts(Table(side), Column(column)), reader =>
    {
        var values = ImmutableArray.CreateBuilder<double>();
        var counts = ImmutableArray.CreateBuilder<long>();
        long missing = 0;
        while (reader.Read())
        {
            var n = Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture);
            if (reader.IsDBNull(0))
            {
                missing += n;
            }
            else
            {
                values.Add(reader.GetDouble(0));
                counts.Add(n);
            }
        }

        return new ValueCounts(values.ToImmutable(), counts.ToImmutable(), missing);
    });

    /// <inheritdoc />
    public CategoryCounts Categories(MarginalSide side, string column) => (CategoryCounts)Cached(_dialect.CategoryCounts(Table(side), Column(column)), reader =>
    {
        var counts = ImmutableDictionary.CreateBuilder<string, long>(StringComparer.Ordinal);
        long missing = 0;
        while (reader.Read())
        {
            var n = Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture);
            if (reader.IsDBNull(0))
            {
                missing += n;
            }
            else
            {
                counts.Add(reader.GetString(0), n);
            }
        }

        return new CategoryCounts(counts.ToImmutable(), missing);
    });

    /// <inheritdoc />
    public IReadOnlyList<CellCounts> Cells(MarginalSide side, IReadOnlyList<IReadOnlyList<MarginalColumn>> sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        var result = new List<CellCounts>(sets.Count);
        var start = 0;
        while (start < sets.Count)
        {
            // One statement per chunk of sets with at most MembersPerStatement distinct binned members.
            var members = new List<MarginalColumn>();
            var chunk = new List<int[]>();
            for (var s = start; s < sets.Count && chunk.Count < SetsPerStatement; s++)
            {
                var added = sets[s].Count(m => !members.Contains(m));
                if (chunk.Count > 0 && members.Count + added > MembersPerStatement)
                {
                    break;
                }

                chunk.Add([.. sets[s].Select(m => IndexOf(members, m))]);
            }

            var bound = members.Select(m => (Column(m.Name), m)).ToList();
            var tables = (CellCounts[])Cached(_dialect.CellCounts(Table(side), bound, chunk), reader => ReadCells(reader, members.Count, chunk));
            result.AddRange(tables);
            start += chunk.Count;
        }

        return result;
    }

    /// <inheritdoc />
    public PairMoments Moments(MarginalSide side, string x, string y) => (PairMoments)Cached(_dialect.Moments(Table(side), Column(x), Column(y)), reader =>
    {
        reader.Read();
        long Long(int i) => reader.IsDBNull(i) ? 0 : Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture);
        double Double(int i) => reader.IsDBNull(i) ? 0 : Convert.ToDouble(reader.GetValue(i), CultureInfo.InvariantCulture);
        return new PairMoments(Long(0), Long(1), Long(2),
            new CrossSums(Double(3), Double(4), Double(5), Double(6), Double(7)),
            new CrossSums(Double(8), Double(9), Double(10), Double(11), Double(12)));
    });

    /// <summary>The synthetic tables loaded (one for an audit, one per set for a comparison).</summary>
    public int SyntheticCount => _synthetics.Count;

    /// <summary>A view in which <see cref="MarginalSide.Synthetic"/> is the <paramref name="index"/>-th synthetic table loaded,
    /// sharing this instance's connection and statement cache, so the real and holdout statistics are computed once for every
    /// synthetic set of a comparison. Disposing the view leaves the connection open; dispose this instance.</summary>
    /// <param name="index">0 to <see cref="SyntheticCount"/> − 1, in load order.</param>
    public SqlMarginalStatistics ForSynthetic(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _synthetics.Count);
        return new SqlMarginalStatistics(this, _synthetics[index]);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsConnection)
        {
            _connection.Dispose();
            _onDispose?.Invoke();
        }
    }

    private static int IndexOf(List<MarginalColumn> members, MarginalColumn member)
    {
        var i = members.IndexOf(member);
        if (i < 0)
        {
            members.Add(member);
            i = members.Count - 1;
        }

        return i;
    }

    private static CellCounts[] ReadCells(DbDataReader reader, int members, List<int[]> sets)
    {
        // A row belongs to every set whose members are exactly the grouped ones (a set asked twice gets the table twice).
        var bySignature = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var s = 0; s < sets.Count; s++)
        {
            var signature = string.Join(",", sets[s].Order());
            if (!bySignature.TryGetValue(signature, out var list))
            {
                bySignature[signature] = list = [];
            }

            list.Add(s);
        }

        var builders = sets.Select(_ => new Dictionary<string, long>(StringComparer.Ordinal)).ToArray();
        var grouped = new List<int>(3);
        while (reader.Read())
        {
            grouped.Clear();
            for (var m = 0; m < members; m++)
            {
                if (Convert.ToInt64(reader.GetValue(m), CultureInfo.InvariantCulture) == 0)
                {
                    grouped.Add(m);
                }
            }

            var n = Convert.ToInt64(reader.GetValue(2 * members), CultureInfo.InvariantCulture);
            foreach (var s in bySignature[string.Join(",", grouped)])
            {
                var key = string.Join('\u001F', sets[s].Select(m => reader.IsDBNull(members + m)
                    ? "\0"
                    : Convert.ToString(reader.GetValue(members + m), CultureInfo.InvariantCulture)));
                builders[s].Add(key, n);
            }
        }

        return [.. builders.Select(b => new CellCounts(b.ToImmutableDictionary(StringComparer.Ordinal)))];
    }

    private string Table(MarginalSide side) =>
        _tables.TryGetValue(side, out var table) ? table : throw new InvalidOperationException("the engine holds no " + side + " table");

    private string Column(string name) =>
        _columns.TryGetValue(name, out var column) ? column : throw new InvalidOperationException("the engine holds no column '" + name + "'");

    private object Cached(string sql, Func<DbDataReader, object> read)
    {
        if (_cache.TryGetValue(sql, out var hit))
        {
            return hit;
        }

        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var value = read(reader);
        Statements++;
        _cache[sql] = value;
        return value;
    }
}
