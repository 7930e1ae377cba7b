using TimeTracking.Application.Abstractions;
using TimeTracking.Application.Tasks.ListTasks;

namespace TimeTracking.Application.UnitTests.Tasks.ListTasks;

public sealed class ListingCursorTests
{
    public static TheoryData<DateTimeOffset, long> Positions => new()
    {
        { new DateTimeOffset(2023, 7, 18, 9, 0, 0, TimeSpan.Zero), 1 },
        { new DateTimeOffset(2023, 7, 18, 9, 0, 0, TimeSpan.Zero).AddTicks(1234567), long.MaxValue },
        { new DateTimeOffset(1, 1, 1, 0, 0, 0, TimeSpan.Zero), 42 },
        { DateTimeOffset.MaxValue, 42 },
    };

    [Theory]
    [MemberData(nameof(Positions))]
    public void Encode_ThenDecode_GivesThePositionAndFingerprintBack(DateTimeOffset start, long id)
    {
        var cursor = new ListingCursor(new TaskPosition(start, id), 0xDEADBEEF_01234567);

        var text = cursor.Encode();

        ListingCursor.TryDecode(text, out var decoded).Should().BeTrue();
        decoded.Should().Be(cursor);
        text.Should().MatchRegex("^[A-Za-z0-9_-]+$", "it travels in a query string unescaped");
    }

    [Fact]
    public void TryDecode_IdNotPositive_Fails()
    {
        var text = new ListingCursor(new TaskPosition(DateTimeOffset.UnixEpoch, 0), 1).Encode();

        ListingCursor.TryDecode(text, out _).Should().BeFalse();
    }

    [Fact]
    public void FingerprintOf_DependsOnEveryParameterButNotLimitOrCursor()
    {
        var query = new ListTasksQuery(42, "2023-07-10", "2023-07-16", "Europe/Berlin", 10, "x");

        ListingCursor.FingerprintOf(query with { Limit = 20, Cursor = null }).Should().Be(ListingCursor.FingerprintOf(query));
        new[]
        {
            query with { UserId = 43 },
            query with { UserId = null },
            query with { From = "2023-07-11" },
            query with { To = "2023-07-15" },
            query with { TimeZone = null },
        }.Select(ListingCursor.FingerprintOf).Should().NotContain(ListingCursor.FingerprintOf(query)).And.OnlyHaveUniqueItems();
    }
}
