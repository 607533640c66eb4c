using System.Collections.Immutable;
using System.Globalization;
using SynthAudit.Core.Errors;

namespace SynthAudit.Core.Csv;

/// <summary>Accumulates one column while a file streams past: numbers and a dictionary encoding side by side.</summary>
/// <remarks>The dictionary of a column that is numeric so far is dropped once it passes <see cref="DictionaryCap"/>
/// distinct values (a continuous column), so a million distinct floats never become a million strings.</remarks>
internal sealed class CsvColumnBuilder
{
    internal const int DictionaryCap = 4096;

    private readonly string _path;
    private readonly byte[][] _missingTokens;
    private readonly ChunkedBuffer<double> _numbers = new();
    private readonly ChunkedBuffer<int> _codes = new();
    private Dictionary<string, int>? _dictionary = new(StringComparer.Ordinal);
    private List<string>? _levels = [];
    private int _numericCount;
    private int _textCount;
    private int _missingCount;
    private long? _firstTextLine;
    private string? _firstText;
    private long? _textAfterDropLine;

    public CsvColumnBuilder(string path, string name, byte[][] missingTokens)
    {
        _path = path;
        Name = name;
        _missingTokens = missingTokens;
    }

    public string Name { get; }

    public void Add(CsvHelper.CsvReader reader, int index, long line)
    {
        var span = reader.GetSpan(index);
        if (span.Length == 0 || IsMissingToken(span))
        {
            _missingCount++;
            _numbers.Add(double.NaN);
            if (_dictionary is not null)
            {
                _codes.Add(-1);
            }

            return;
        }

        string? field = null;
        if (double.TryParse(span, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            if (!double.IsFinite(value))
            {
                throw new InputException(_path, "an infinite value is not allowed (use an empty field or NA for missing)", line, Name);
            }

            _numericCount++;
            _numbers.Add(value);
        }
        else
        {
            if (!System.Text.Unicode.Utf8.IsValid(span))
            {
                throw new InputException(_path, "is not UTF-8 text", line, Name);
            }

            field = reader.GetString(index);
            if (_textCount == 0)
            {
                _firstTextLine = line;
                _firstText = field;
            }

            _textCount++;
            _numbers.Add(double.NaN);
            if (_dictionary is null)
            {
                _textAfterDropLine ??= line;
            }
        }

        if (_dictionary is not null)
        {
            field ??= reader.GetString(index);
            if (!_dictionary.TryGetValue(field, out var code))
            {
                code = _levels!.Count;
                _dictionary.Add(field, code);
                _levels.Add(field);
            }

            _codes.Add(code);
            if (_levels!.Count > DictionaryCap && _textCount == 0)
            {
                _dictionary = null;
                _levels = null;
                _codes.Clear();
            }
        }
    }

    private bool IsMissingToken(ReadOnlySpan<byte> span)
    {
        foreach (var token in _missingTokens)
        {
            if (span.Length == token.Length && System.Text.Ascii.EqualsIgnoreCase(span, token))
            {
                return true;
            }
        }

        return false;
    }

    public CsvColumnData Build()
    {
        var nonMissing = _numericCount + _textCount;
        if (_textCount > 0 && _numericCount > 0 && (_textAfterDropLine is not null || _numericCount >= 0.95 * nonMissing))
        {
            var shown = _firstText!.Length > 40 ? _firstText[..40] + "..." : _firstText;
            throw new InputException(_path, "text value '" + shown + "' in a column whose other values are numbers", _firstTextLine, Name);
        }

        if (_textCount == 0)
        {
            var numbers = _numbers.ToArray();
            _numbers.Clear();
            return _dictionary is null
                ? new CsvColumnData(Name, numbers, null, default, _missingCount, null, null)
                : new CsvColumnData(Name, numbers, _codes.ToArray(), [.. _levels!], _missingCount, null, null);
        }

        _numbers.Clear();
        return new CsvColumnData(Name, null, _codes.ToArray(), [.. _levels!], _missingCount, _firstTextLine, _firstText);
    }
}
