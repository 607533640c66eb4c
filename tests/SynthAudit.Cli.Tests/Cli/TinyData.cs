using System.Globalization;
using System.Text;

namespace SynthAudit.Cli.Tests.Cli;

/// <summary>Small deterministic CSV files for end-to-end CLI tests.</summary>
public static class TinyData
{
    /// <summary>Writes a CSV with columns age, hours, sex, income of <paramref name="rows"/> rows; <paramref name="shift"/> moves the numbers.</summary>
    public static string Write(TempFolder folder, string name, int rows, int seed, double shift = 0)
    {
        var sb = new StringBuilder("age,hours,sex,income\n");
        var state = (uint)(seed * 2654435761u + 1);
        for (var i = 0; i < rows; i++)
        {
            state = state * 1664525u + 1013904223u;
            var age = 20 + (state >> 24) % 50 + shift;
            state = state * 1664525u + 1013904223u;
            var hours = 10 + (state >> 25) % 50 + shift;
            state = state * 1664525u + 1013904223u;
            var sex = (state >> 31) == 0 ? "F" : "M";
            state = state * 1664525u + 1013904223u;
            var income = (state >> 30) == 0 ? ">50K" : "<=50K";
            sb.Append(CultureInfo.InvariantCulture, $"{age},{hours},{sex},{income}\n");
        }

        return folder.Write(name, sb.ToString());
    }
}
