namespace TimeTracking.Domain.Time;

/// <summary>The half-open interval of instants [<see cref="Start"/>, <see cref="End"/>).</summary>
public readonly record struct TimeWindow
{
    public TimeWindow(DateTimeOffset start, DateTimeOffset end)
    {
        if (end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, "A window cannot end before it starts.");
        }

        Start = start.ToUniversalTime();
        End = end.ToUniversalTime();
    }

    public DateTimeOffset Start { get; }

    public DateTimeOffset End { get; }

    public TimeSpan Length => End - Start;

    /// <summary>
    /// The calendar day <paramref name="date"/> as lived in <paramref name="zone"/>: from its local midnight
    /// to the next one, which is 23 or 25 hours apart on the days the clocks change.
    /// </summary>
    public static TimeWindow ForDay(DateOnly date, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return new TimeWindow(StartOfDay(date, zone), StartOfDay(date.AddDays(1), zone));
    }

    private static DateTimeOffset StartOfDay(DateOnly date, TimeZoneInfo zone)
    {
        var midnight = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);

        if (zone.IsInvalidTime(midnight))
        {
            // The clocks skip midnight (e.g. America/Santiago in September): the day begins at the jump,
            // which is midnight read with the offset in force just before it.
            return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight.AddHours(-1)));
        }

        // When midnight happens twice, the day begins at the first of them: the larger offset.
        var offset = zone.IsAmbiguousTime(midnight)
            ? zone.GetAmbiguousTimeOffsets(midnight).Max()
            : zone.GetUtcOffset(midnight);
        return new DateTimeOffset(midnight, offset);
    }
}
