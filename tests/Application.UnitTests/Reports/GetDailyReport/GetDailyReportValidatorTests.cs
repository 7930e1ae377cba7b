using TimeTracking.Application.Reports.GetDailyReport;
using static TimeTracking.Application.UnitTests.TestData;

namespace TimeTracking.Application.UnitTests.Reports.GetDailyReport;

public sealed class GetDailyReportValidatorTests
{
    private readonly GetDailyReportValidator _validator = new();

    private static GetDailyReportQuery Valid() => new(UserId, "2023-07-01", "2023-07-31", "Europe/Berlin");

    [Fact]
    public void Validate_ValidQuery_Passes()
    {
        var result = _validator.Validate(Valid());

        result.Errors.Should().BeEmpty();
    }

    [Theory]
    [InlineData("2023-07-18", "2023-07-18")] // one day
    [InlineData("2024-01-01", "2024-12-31")] // a leap year: 366 days
    [InlineData("2023-01-01", "2024-01-01")] // a year and a day
    [InlineData("2023-03-01", "2024-02-29")] // 366 days across a leap day
    public void Validate_RangeOfOneTo366Days_Passes(string from, string to)
    {
        var result = _validator.Validate(Valid() with { From = from, To = to });

        result.Errors.Should().BeEmpty();
    }

    [Theory]
    [InlineData(null)]
    [InlineData(5L)]
    public void Validate_NoUserIdOrAPositiveOne_Passes(long? userId)
    {
        var result = _validator.Validate(Valid() with { UserId = userId });

        result.Errors.Should().BeEmpty();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Validate_NonPositiveUserId_FailsOnUserId(long userId)
    {
        var result = _validator.Validate(Valid() with { UserId = userId });

        result.Errors.Select(failure => failure.PropertyName).Should().Equal("UserId");
    }

    [Theory]
    [InlineData("2023-02-30")]
    [InlineData("2023-7-1")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("0001-01-01")]
    public void Validate_FromNotARealDay_FailsOnFromOnly(string? from)
    {
        var result = _validator.Validate(Valid() with { From = from! });

        result.Errors.Select(failure => failure.PropertyName).Should().Equal("From");
    }

    [Theory]
    [InlineData("2023-02-30")]
    [InlineData("2023-07-31T00:00:00")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("9999-12-31")]
    public void Validate_ToNotARealDay_FailsOnToOnce(string? to)
    {
        var result = _validator.Validate(Valid() with { To = to! });

        result.Errors.Select(failure => failure.PropertyName).Should().Equal("To");
    }

    [Fact]
    public void Validate_ToBeforeFrom_FailsOnTo()
    {
        var result = _validator.Validate(Valid() with { From = "2023-07-18", To = "2023-07-17" });

        result.Errors.Should().ContainSingle()
            .Which.Should().BeEquivalentTo(new { PropertyName = "To", ErrorMessage = "to must be the same day as from or a later one." });
    }

    [Theory]
    [InlineData("2023-01-01", "2024-01-02")] // 367 days
    [InlineData("2024-01-01", "2025-01-01")] // a leap year and a day
    [InlineData("0001-01-02", "9999-12-30")]
    public void Validate_RangeOver366Days_FailsOnTo(string from, string to)
    {
        var result = _validator.Validate(Valid() with { From = from, To = to });

        var failure = result.Errors.Should().ContainSingle().Subject;
        failure.PropertyName.Should().Be("To");
        failure.ErrorMessage.Should().EndWith("days; at most 366 can be asked for at once.");
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("europe/berlin")]
    [InlineData("")]
    public void Validate_UnknownTimeZone_FailsOnTz(string zone)
    {
        var result = _validator.Validate(Valid() with { TimeZone = zone });

        result.Errors.Select(failure => failure.PropertyName).Should().Equal("tz");
    }

    [Fact]
    public void Validate_SeveralBadFields_ReportsEachOfThem()
    {
        var result = _validator.Validate(new GetDailyReportQuery(0, "yesterday", "today", "Mars/Olympus_Mons"));

        result.Errors.Select(failure => failure.PropertyName).Should().BeEquivalentTo("UserId", "From", "To", "tz");
    }
}
