using TimeTracking.Application.Abstractions;
using TimeTracking.Application.Tasks.ListTasks;
using static TimeTracking.Application.UnitTests.TestData;

namespace TimeTracking.Application.UnitTests.Tasks.ListTasks;

public sealed class ListTasksValidatorTests
{
    private static readonly ListTasksQuery Valid = new(UserId, "2023-07-10", "2023-07-16", "Europe/Berlin", 50);

    private readonly ListTasksValidator _validator = new();

    [Fact]
    public void Validate_ValidQuery_Passes() => _validator.Validate(Valid).Errors.Should().BeEmpty();

    [Fact]
    public void Validate_OnlyTheRequiredFields_Passes() =>
        _validator.Validate(new ListTasksQuery(UserId, "2023-07-10", "2023-07-10")).Errors.Should().BeEmpty();

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Validate_NonPositiveUserId_FailsOnUserId(long userId) =>
        Failures(Valid with { UserId = userId }).Should().Equal("UserId");

    [Theory]
    [InlineData("2023-02-30")]
    [InlineData("2023-7-10")]
    [InlineData("")]
    [InlineData("0001-01-01")]
    public void Validate_FromNotARealDay_FailsOnFromOnly(string from) =>
        Failures(Valid with { From = from }).Should().Equal("From");

    [Theory]
    [InlineData("2023-02-30")]
    [InlineData("tomorrow")]
    [InlineData("9999-12-31")]
    public void Validate_ToNotARealDay_FailsOnToOnly(string to) =>
        Failures(Valid with { To = to }).Should().Equal("To");

    [Fact]
    public void Validate_ToBeforeFrom_FailsOnTo()
    {
        var result = _validator.Validate(Valid with { From = "2023-07-10", To = "2023-07-09" });

        result.Errors.Should().ContainSingle().Which.ErrorMessage.Should().Be("to must be the same day as from or a later one.");
    }

    [Theory]
    [InlineData("2023-07-10", "2023-07-10")] // one day
    [InlineData("2024-01-01", "2024-12-31")] // a leap year: 366 days
    [InlineData("2023-03-01", "2024-02-29")] // 366 days across a leap day
    public void Validate_OneTo366Days_Passes(string from, string to) =>
        _validator.Validate(Valid with { From = from, To = to }).Errors.Should().BeEmpty();

    [Theory]
    [InlineData("2023-01-01", "2024-01-02", 367)]
    [InlineData("2000-01-01", "2023-01-01", 8402)]
    public void Validate_MoreThan366Days_FailsOnToSayingHowMany(string from, string to, int days)
    {
        var result = _validator.Validate(Valid with { From = from, To = to });

        result.Errors.Should().ContainSingle().Which.ErrorMessage
            .Should().Be($"from and to span {days} days; at most 366 can be asked for at once.");
    }

    [Theory]
    [InlineData("europe/berlin")]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("W. Europe Standard Time")]
    public void Validate_NotACanonicalIanaZone_FailsOnTz(string zone) =>
        Failures(Valid with { TimeZone = zone }).Should().Equal("tz");

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(501)]
    [InlineData(int.MaxValue)]
    public void Validate_LimitOutside1To500_FailsOnLimit(int limit) =>
        Failures(Valid with { Limit = limit }).Should().Equal("Limit");

    [Theory]
    [InlineData(1)]
    [InlineData(500)]
    public void Validate_LimitAtTheBounds_Passes(int limit) =>
        _validator.Validate(Valid with { Limit = limit }).Errors.Should().BeEmpty();

    [Fact]
    public void Validate_CursorOfTheSameQuery_Passes() =>
        _validator.Validate(Valid with { Cursor = CursorFor(Valid) }).Errors.Should().BeEmpty();

    [Fact]
    public void Validate_CursorOfTheSameQueryWithAnotherLimit_Passes() =>
        _validator.Validate(Valid with { Limit = 7, Cursor = CursorFor(Valid with { Limit = 500 }) }).Errors.Should().BeEmpty();

    public static TheoryData<ListTasksQuery> OtherQueries => new()
    {
        Valid with { UserId = OtherUserId },
        Valid with { UserId = null },
        Valid with { From = "2023-07-09" },
        Valid with { To = "2023-07-17" },
        Valid with { TimeZone = null },
        Valid with { TimeZone = "Europe/Paris" },
    };

    [Theory]
    [MemberData(nameof(OtherQueries))]
    public void Validate_CursorOfAnotherQuery_FailsOnCursor(ListTasksQuery other)
    {
        var result = _validator.Validate(Valid with { Cursor = CursorFor(other) });

        result.Errors.Should().ContainSingle().Which.ErrorMessage
            .Should().Be("cursor belongs to another listing: send it with the user_id, from, to and tz it came with.");
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a cursor")]
    [InlineData("not-a-cursor")]
    [InlineData("AQ")]
    [InlineData("%%%")]
    public void Validate_MalformedCursor_FailsOnCursor(string cursor) =>
        Failures(Valid with { Cursor = cursor }).Should().Equal("Cursor");

    [Fact]
    public void Validate_CursorAlteredInSpelling_FailsOnCursor()
    {
        var cursor = CursorFor(Valid);

        Failures(Valid with { Cursor = cursor + "=" }).Should().Equal("Cursor");
        Failures(Valid with { Cursor = " " + cursor }).Should().Equal("Cursor");
        Failures(Valid with { Cursor = cursor[..^1] }).Should().Equal("Cursor");
    }

    [Fact]
    public void Validate_SeveralBadFields_ReportsEachOfThem() =>
        Failures(new ListTasksQuery(0, "x", "y", "Nowhere", 0, "z"))
            .Should().BeEquivalentTo("UserId", "From", "To", "tz", "Limit", "Cursor");

    private static string CursorFor(ListTasksQuery query) =>
        new ListingCursor(new TaskPosition(Utc(2023, 7, 12, 9), 17), ListingCursor.FingerprintOf(query)).Encode();

    private IEnumerable<string> Failures(ListTasksQuery query) =>
        _validator.Validate(query).Errors.Select(failure => failure.PropertyName);
}
