using TimeTracking.Domain.Time;
using static TimeTracking.Domain.UnitTests.TestData;

namespace TimeTracking.Domain.UnitTests.Time;

public sealed class TimeWindowTests
{
    [Fact]
    public void Constructor_WithEndBeforeStart_Throws()
    {
        var act = () => new TimeWindow(Utc(2023, 7, 16, 10), Utc(2023, 7, 16, 9));

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("end");
    }

    [Fact]
    public void Constructor_WithEndEqualToStart_IsEmptyWindow()
    {
        var window = new TimeWindow(Utc(2023, 7, 16, 10), Utc(2023, 7, 16, 10));

        window.Length.Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void Constructor_WithLocalOffsets_StoresBoundsInUtc()
    {
        var window = new TimeWindow(Instant("2023-07-16T00:00:00+02:00"), Instant("2023-07-17T00:00:00+02:00"));

        window.Start.Should().BeExactly(Utc(2023, 7, 15, 22));
        window.End.Should().BeExactly(Utc(2023, 7, 16, 22));
    }

    [Fact]
    public void ForDay_WithNullZone_Throws()
    {
        var act = () => TimeWindow.ForDay(new DateOnly(2023, 7, 16), null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("zone");
    }

    [Fact]
    public void ForDay_InUtc_Is24HoursFromMidnightUtc()
    {
        var window = TimeWindow.ForDay(new DateOnly(2023, 7, 16), TimeZoneInfo.Utc);

        window.Start.Should().BeExactly(Utc(2023, 7, 16));
        window.End.Should().BeExactly(Utc(2023, 7, 17));
        window.Length.Should().Be(TimeSpan.FromHours(24));
    }

    [Theory]
    // An ordinary summer day: CEST, 24 hours.
    [InlineData("Europe/Berlin", "2023-07-16", "2023-07-15T22:00:00Z", "2023-07-16T22:00:00Z", 24)]
    // Spring forward at 02:00 CET -> 03:00 CEST: 23 hours.
    [InlineData("Europe/Berlin", "2023-03-26", "2023-03-25T23:00:00Z", "2023-03-26T22:00:00Z", 23)]
    // Fall back at 03:00 CEST -> 02:00 CET: 25 hours.
    [InlineData("Europe/Berlin", "2023-10-29", "2023-10-28T22:00:00Z", "2023-10-29T23:00:00Z", 25)]
    // Spring forward at 02:00 EST -> 03:00 EDT: 23 hours.
    [InlineData("America/New_York", "2023-03-12", "2023-03-12T05:00:00Z", "2023-03-13T04:00:00Z", 23)]
    // Fall back at 02:00 EDT -> 01:00 EST: 25 hours.
    [InlineData("America/New_York", "2023-11-05", "2023-11-05T04:00:00Z", "2023-11-06T05:00:00Z", 25)]
    public void ForDay_RunsFromLocalMidnightToNextLocalMidnight(
        string zone, string date, string expectedStart, string expectedEnd, int expectedHours)
    {
        var window = TimeWindow.ForDay(Date(date), Zone(zone));

        window.Start.Should().BeExactly(Instant(expectedStart));
        window.End.Should().BeExactly(Instant(expectedEnd));
        window.Length.Should().Be(TimeSpan.FromHours(expectedHours));
    }

    [Fact]
    public void ForDay_WhenMidnightIsSkipped_StartsAtTheJump()
    {
        // tzdata on this machine: America/Santiago, 2023-09-03T04:00:00Z is 23:59:59 -04 + 1 s = 01:00:00 -03.
        // Local midnight does not exist, so the day begins at 01:00 local.
        var window = TimeWindow.ForDay(new DateOnly(2023, 9, 3), Zone("America/Santiago"));

        window.Start.Should().BeExactly(Instant("2023-09-03T04:00:00Z"));
        window.End.Should().BeExactly(Instant("2023-09-04T03:00:00Z"));
        window.Length.Should().Be(TimeSpan.FromHours(23));
    }

    [Fact]
    public void ForDay_DayBeforeSkippedMidnight_EndsAtTheJump()
    {
        var window = TimeWindow.ForDay(new DateOnly(2023, 9, 2), Zone("America/Santiago"));

        window.Start.Should().BeExactly(Instant("2023-09-02T04:00:00Z"));
        window.End.Should().BeExactly(Instant("2023-09-03T04:00:00Z"));
    }

    [Fact]
    public void ForDay_WhenMidnightHappensTwice_StartsAtTheFirstMidnight()
    {
        // tzdata on this machine: America/Havana falls back at 01:00 CDT -> 00:00 CST on 2023-11-05, so local
        // midnight happens at 04:00Z and again at 05:00Z.
        var window = TimeWindow.ForDay(new DateOnly(2023, 11, 5), Zone("America/Havana"));

        window.Start.Should().BeExactly(Instant("2023-11-05T04:00:00Z"));
        window.End.Should().BeExactly(Instant("2023-11-06T05:00:00Z"));
        window.Length.Should().Be(TimeSpan.FromHours(25));
    }

    [Fact]
    public void ForDay_DayBeforeDoubledMidnight_EndsAtTheFirstMidnight()
    {
        var window = TimeWindow.ForDay(new DateOnly(2023, 11, 4), Zone("America/Havana"));

        window.End.Should().BeExactly(Instant("2023-11-05T04:00:00Z"));
        window.Length.Should().Be(TimeSpan.FromHours(24));
    }

    [Fact]
    public void ForDay_DayThatNeverHappened_IsEmpty()
    {
        // tzdata on this machine (zdump): Pacific/Apia jumped from 2011-12-29 23:59:59 -10 to 2011-12-31 00:00 +14
        // at 2011-12-30T10:00Z, skipping the 30th entirely. The day has no instants: an empty window at the jump.
        // Fails today: .NET's local-time queries are wrong around this 24-hour jump (it calls 2011-12-30 00:00
        // invalid at +13, 01:00 valid at +14), so ForDay builds an end before its start and throws.
        var window = TimeWindow.ForDay(new DateOnly(2011, 12, 30), Zone("Pacific/Apia"));

        window.Start.Should().BeExactly(Instant("2011-12-30T10:00:00Z"));
        window.Length.Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void ForDay_DayBeforeTheSkippedDay_IsAWhole24Hours()
    {
        // Fails today: the next midnight is read with the offset .NET reports for 23:00 (-11, "ambiguous"), so the
        // day ends at 11:00Z and takes the first hour of 2011-12-31 (local) with it.
        var window = TimeWindow.ForDay(new DateOnly(2011, 12, 29), Zone("Pacific/Apia"));

        window.Start.Should().BeExactly(Instant("2011-12-29T10:00:00Z"));
        window.End.Should().BeExactly(Instant("2011-12-30T10:00:00Z"));
    }
}
