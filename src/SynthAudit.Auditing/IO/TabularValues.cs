namespace SynthAudit.Auditing.IO;

/// <summary>Conversions of typed values to the numbers our tables hold, shared by the Parquet, data-frame and table readers.</summary>
internal static class TabularValues
{
    /// <summary>Seconds since 1970-01-01T00:00:00Z; a time without a zone (or a local one) is taken as UTC, as CSV dates are.</summary>
    public static double Seconds(DateTime value) =>
        (new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)) - DateTimeOffset.UnixEpoch).TotalSeconds;

    /// <summary>Seconds since 1970-01-01T00:00:00Z.</summary>
    public static double Seconds(DateTimeOffset value) => (value - DateTimeOffset.UnixEpoch).TotalSeconds;

    /// <summary>The instant of <paramref name="seconds"/> since 1970-01-01T00:00:00Z, as a UTC <see cref="DateTime"/>.</summary>
    public static DateTime Instant(double seconds) => DateTime.UnixEpoch.AddTicks((long)Math.Round(seconds * TimeSpan.TicksPerSecond));
}
