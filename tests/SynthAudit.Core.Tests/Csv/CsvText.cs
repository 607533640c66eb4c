using System.Text;
using SynthAudit.Core.Csv;

namespace SynthAudit.Core.Tests.Csv;

/// <summary>Reads CSV given as text or bytes, named <c>data.csv</c> in messages.</summary>
internal static class CsvText
{
    public const string Name = "data.csv";

    public static CsvFile Read(string text, CsvReadOptions? options = null) => ReadBytes(Encoding.UTF8.GetBytes(text), options);

    public static CsvFile ReadBytes(byte[] bytes, CsvReadOptions? options = null)
    {
        using var stream = new MemoryStream(bytes);
        return CsvTableReader.Read(stream, Name, options);
    }

    public static string ErrorOf(string text, CsvReadOptions? options = null) => ErrorOfBytes(Encoding.UTF8.GetBytes(text), options);

    public static string ErrorOfBytes(byte[] bytes, CsvReadOptions? options = null)
    {
        var ex = Assert.ThrowsAny<SynthAudit.Core.Errors.InputException>(() => ReadBytes(bytes, options));
        Assert.DoesNotContain('\n', ex.Message);
        Assert.Equal(2, ex.ExitCode);
        return ex.Message;
    }
}
