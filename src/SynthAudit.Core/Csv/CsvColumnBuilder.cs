using System.Collections.Immutable;
using System.Text;
using System.Text.Unicode;
using SynthAudit.Core.Errors;

namespace SynthAudit.Core.Csv;

/// <summary>Accumulates one column while a file streams past, straight from the UTF-8 bytes of its fields.</summary>
/// <remarks>
/// A column moves through three states. <b>Numeric with levels</b>: every value so far is a number; each distinct spelling
/// gets a code (looked up by its bytes, so a repeated value is neither parsed again nor turned into a string), which keeps
/// the original spelling should the schema treat the column as categorical. <b>Numeric</b>: past
/// <see cref="DictionaryCap"/> distinct values (a continuous column) the codes are dropped and values are parsed directly.
/// <b>Text</b>: at the first value that is not a number, the numbers are dropped and only codes are kept.
/// Arrays are allocated once at an upper bound of the row count (the caller's line count), so nothing is copied while
/// reading; the final trim copies only when the bound was not exact.
/// </remarks>
internal sealed class CsvColumnBuilder
{
    internal const int DictionaryCap = 4096;

    private readonly string _path;
    private readonly CsvMissingTokens _missing;
    private readonly CsvLineLocator _lines;
    private readonly Utf8LevelTable _table = new();
    private readonly List<string> _levels = [];
    private readonly List<double> _levelNumbers = [];
    private int _capacity;
    private double[]? _numbers;
    private int[]? _codes;
    private State _state = State.Empty;
    private int _missingCount;
    private int _leadingMissing;
    private long? _firstTextOffset;
    private string? _firstText;

    public CsvColumnBuilder(string path, string name, CsvMissingTokens missing, CsvLineLocator lines, int capacity)
    {
        _path = path;
        _lines = lines;
        Name = name;
        _missing = missing;
        _capacity = Math.Max(capacity, 16);
    }

    private enum State
    {
        Empty,
        NumericWithLevels,
        Numeric,
        Text,
    }

    public string Name { get; }

    /// <summary>Adds the field of data row <paramref name="row"/> (0-based, consecutive) of the record that starts at byte
    /// <paramref name="offset"/> of the input; spaces and tabs around the value are ignored.</summary>
    public void Add(ReadOnlySpan<byte> span, int row, long offset)
    {
        if (span.Length > 0 && (span[0] is (byte)' ' or (byte)'\t' || span[^1] is (byte)' ' or (byte)'\t'))
        {
            span = span.Trim(" \t"u8);
        }

        if (span.Length == 0 || _missing.IsMissing(span))
        {
            AddMissing(row);
            return;
        }

        if (row >= _capacity)
        {
            Grow(row);
        }

        switch (_state)
        {
            case State.Numeric:
                AddNumber(span, row, offset);
                break;
            case State.Text:
                AddText(span, row, offset);
                break;
            case State.NumericWithLevels:
                AddNumberWithLevel(span, row, offset);
                break;
            default:
                Start(span, row, offset);
                break;
        }
    }

    private void AddMissing(int row)
    {
        _missingCount++;
        switch (_state)
        {
            case State.Empty:
                _leadingMissing++;
                return;
            case State.Numeric:
                if (row >= _capacity)
                {
                    Grow(row);
                }

                _numbers![row] = double.NaN;
                return;
            case State.Text:
                if (row >= _capacity)
                {
                    Grow(row);
                }

                _codes![row] = -1;
                return;
            default:
                if (row >= _capacity)
                {
                    Grow(row);
                }

                _numbers![row] = double.NaN;
                _codes![row] = -1;
                return;
        }
    }

    /// <summary>The first non-missing value decides the starting state.</summary>
    private void Start(ReadOnlySpan<byte> span, int row, long offset)
    {
        _codes = new int[_capacity];
        _codes.AsSpan(0, row).Fill(-1);
        if (TryParseNumber(span, offset, out _))
        {
            _numbers = new double[_capacity];
            _numbers.AsSpan(0, row).Fill(double.NaN);
            _state = State.NumericWithLevels;
            AddNumberWithLevel(span, row, offset);
        }
        else
        {
            _state = State.Text;
            AddText(span, row, offset);
        }
    }

    private void AddNumber(ReadOnlySpan<byte> span, int row, long offset)
    {
        if (TryParseNumber(span, offset, out var value))
        {
            _numbers![row] = value;
            return;
        }

        // Past the level cap the codes of earlier rows are gone, so the column cannot become text: by then it has
        // thousands of distinct numbers, and the text is a data error.
        var text = Decode(span, offset);
        throw new InputException(_path, "text value '" + Shorten(text) + "' in a column whose other values are numbers", _lines.LineOf(offset), Name);
    }

    private void AddNumberWithLevel(ReadOnlySpan<byte> span, int row, long offset)
    {
        var code = _table.Find(span, out var hash);
        if (code < 0)
        {
            if (!TryParseNumber(span, offset, out var parsed))
            {
                SwitchToText();
                AddText(span, row, offset);
                return;
            }

            if (_table.Count >= DictionaryCap)
            {
                DropLevels();
                _numbers![row] = parsed;
                return;
            }

            code = _table.Add(span, hash);
            _levels.Add(Encoding.UTF8.GetString(span));
            _levelNumbers.Add(parsed);
        }

        _numbers![row] = _levelNumbers[code];
        _codes![row] = code;
    }

    private void AddText(ReadOnlySpan<byte> span, int row, long offset)
    {
        var code = _table.Find(span, out var hash);
        if (code < 0)
        {
            var text = Decode(span, offset);
            code = _table.Add(span, hash);
            _levels.Add(text);
            _levelNumbers.Add(TryParseNumber(span, offset, out var value) ? value : double.NaN);
            if (double.IsNaN(_levelNumbers[code]) && _firstTextOffset is null)
            {
                _firstTextOffset = offset;
                _firstText = text;
            }
        }

        _codes![row] = code;
    }

    private void SwitchToText()
    {
        _numbers = null;
        _state = State.Text;
    }

    private void DropLevels()
    {
        _codes = null;
        _state = State.Numeric;
    }

    /// <summary>Parses an invariant-culture number; NaN spelled out counts as missing, an infinity is an error.</summary>
    private bool TryParseNumber(ReadOnlySpan<byte> span, long offset, out double value)
    {
        if (!Utf8Number.TryParse(span, out value))
        {
            return false;
        }

        if (double.IsInfinity(value))
        {
            throw new InputException(_path, "an infinite value is not allowed (use an empty field or NA for missing)", _lines.LineOf(offset), Name);
        }

        return true;
    }

    /// <summary>Decodes a text field, rejecting NUL bytes and invalid UTF-8 (binary files) with the line.</summary>
    private string Decode(ReadOnlySpan<byte> span, long offset)
    {
        if (span.IndexOf((byte)0) >= 0)
        {
            throw new InputException(_path, "is not a text file (it contains NUL bytes)", _lines.LineOf(offset), Name);
        }

        if (!Utf8.IsValid(span))
        {
            throw new InputException(_path, "is not valid UTF-8 text (save the file as UTF-8)", _lines.LineOf(offset), Name);
        }

        return Encoding.UTF8.GetString(span);
    }

    private void Grow(int row)
    {
        var capacity = Math.Max(_capacity * 2, row + 1);
        if (_numbers is not null)
        {
            Array.Resize(ref _numbers, capacity);
        }

        if (_codes is not null)
        {
            Array.Resize(ref _codes, capacity);
        }

        _capacity = capacity;
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "..." : text;

    /// <summary>Finishes the column after <paramref name="rows"/> data rows.</summary>
    /// <exception cref="InputException">The column is numeric but for a few text values (at least 95 % numbers).</exception>
    public CsvColumnData Build(int rows)
    {
        switch (_state)
        {
            case State.Empty:
                var allMissing = new double[rows];
                allMissing.AsSpan().Fill(double.NaN);
                var noCodes = new int[rows];
                noCodes.AsSpan().Fill(-1);
                return new CsvColumnData(Name, allMissing, noCodes, [], _missingCount, null, null);
            case State.Numeric:
                return new CsvColumnData(Name, Trim(_numbers!, rows), null, default, _missingCount, null, null);
            case State.NumericWithLevels:
                return new CsvColumnData(Name, Trim(_numbers!, rows), Trim(_codes!, rows), [.. _levels], _missingCount, null, null);
            default:
                return BuildText(rows);
        }
    }

    private CsvColumnData BuildText(int rows)
    {
        var codes = Trim(_codes!, rows);
        var counts = new int[_levels.Count];
        foreach (var code in codes)
        {
            if (code >= 0)
            {
                counts[code]++;
            }
        }

        var numeric = 0;
        var text = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            if (double.IsNaN(_levelNumbers[i]))
            {
                text += counts[i];
            }
            else
            {
                numeric += counts[i];
            }
        }

        if (numeric > 0 && numeric >= 0.95 * (numeric + text))
        {
            throw new InputException(_path, "text value '" + Shorten(_firstText!) + "' in a column whose other values are numbers", _lines.LineOf(_firstTextOffset!.Value), Name);
        }

        return new CsvColumnData(Name, null, codes, [.. _levels], _missingCount, _firstTextOffset is null ? null : _lines.LineOf(_firstTextOffset.Value), _firstText);
    }

    private static T[] Trim<T>(T[] array, int rows)
    {
        if (array.Length != rows)
        {
            Array.Resize(ref array, rows);
        }

        return array;
    }
}
