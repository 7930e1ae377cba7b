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

    /// <summary>The first day <see cref="ForDay"/> accepts: every zone's midnight of it is a representable instant.</summary>
    public static readonly DateOnly FirstDay = DateOnly.MinValue.AddDays(1);

    /// <summary>The last day <see cref="ForDay"/> accepts: the midnight after it is a representable instant too.</summary>
    public static readonly DateOnly LastDay = DateOnly.MaxValue.AddDays(-1);

    // No zone's offset from UTC has ever reached this far, so a day's first instant lies within it of UTC midnight.
    private static readonly TimeSpan MaxUtcOffset = TimeSpan.FromHours(15);

    /// <summary>
    /// The calendar day <paramref name="date"/> as lived in <paramref name="zone"/>: from its local midnight
    /// to the next one, which is 23 or 25 hours apart on the days the clocks change, and empty for a day a zone
    /// skipped (Pacific/Apia had no 30 December 2011).
    /// </summary>
    public static TimeWindow ForDay(DateOnly date, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentOutOfRangeException.ThrowIfLessThan(date, FirstDay);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(date, LastDay);
        return new TimeWindow(StartOfDay(date, zone), StartOfDay(date.AddDays(1), zone));
    }

    /// <summary>
    /// The first instant whose local time in <paramref name="zone"/> is at or after midnight of <paramref name="date"/>:
    /// the first of two midnights when the clocks fall back over it, the jump when they spring over it.
    /// Found by bisecting instants, because turning instants into local time is reliable even around odd
    /// transitions, while asking a zone about a local time (invalid? ambiguous? which offset?) is not.
    /// </summary>
    private static DateTimeOffset StartOfDay(DateOnly date, TimeZoneInfo zone)
    {
        var midnight = date.ToDateTime(TimeOnly.MinValue);
        var utcMidnight = new DateTimeOffset(midnight, TimeSpan.Zero);
        var low = utcMidnight - MaxUtcOffset;
        var high = utcMidnight + MaxUtcOffset;

        // Transitions happen on whole seconds, so bisecting to the second finds them exactly.
        while (high - low > TimeSpan.FromSeconds(1))
        {
            var middle = low + TimeSpan.FromSeconds(Math.Floor((high - low).TotalSeconds / 2));
            if (TimeZoneInfo.ConvertTime(middle, zone).DateTime >= midnight)
            {
                high = middle;
            }
            else
            {
                low = middle;
            }
        }

        return high; // Throughout, low is before the day and high inside it.
    }
}
