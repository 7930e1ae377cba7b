using TimeTracking.Application.Tasks.GetDailyTimes;
using static TimeTracking.Application.UnitTests.TestData;

namespace TimeTracking.Application.UnitTests.Tasks.GetDailyTimes;

public sealed class GetDailyTimesValidatorTests
{
    private readonly GetDailyTimesValidator _validator = new();

    [Fact]
    public void Validate_ValidQuery_Passes()
    {
        var result = _validator.Validate(ValidGetDailyTimes());

        result.Errors.Should().BeEmpty();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(long.MinValue)]
    public void Validate_NonPositiveUserId_FailsOnUserId(long nonPositiveUserId)
    {
        var result = _validator.Validate(ValidGetDailyTimes() with { UserId = nonPositiveUserId });

        result.Errors.Select(failure => failure.PropertyName).Should().Equal("UserId");
    }

    [Theory]
    [InlineData("2023-02-30")] // no such day
    [InlineData("2023-02-29")] // not a leap year
    [InlineData("2023-13-01")]
    [InlineData("2023-7-1")]
    [InlineData("07/16/2023")]
    [InlineData("16.07.2023")]
    [InlineData("2023-07-16T00:00:00")]
    [InlineData("yesterday")]
    [InlineData("")]
    [InlineData(" 2023-07-16")]
    [InlineData("2023-07-16 ")]
    [InlineData("0001-01-01")] // before the first day every zone can represent
    [InlineData("9999-12-31")] // its end, the next midnight, cannot be represented
    public void Validate_DateNotARealYyyyMmDdDay_FailsOnDate(string badDate)
    {
        var result = _validator.Validate(ValidGetDailyTimes() with { Date = badDate });

        result.Errors.Select(failure => failure.PropertyName).Should().Equal("Date");
    }

    [Fact]
    public void Validate_NullDate_FailsOnDate()
    {
        var result = _validator.Validate(ValidGetDailyTimes() with { Date = null! });

        result.Errors.Select(failure => failure.PropertyName).Should().Equal("Date");
    }

    [Fact]
    public void Validate_LeapDay_Passes()
    {
        var result = _validator.Validate(ValidGetDailyTimes() with { Date = "2024-02-29" });

        result.Errors.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("Europe/Berlinn")]
    [InlineData("")]
    [InlineData(" Europe/Berlin")]
    [InlineData("../../etc/passwd")]
    [InlineData("europe/berlin")] // not the canonical spelling
    [InlineData("Pacific Standard Time")] // a Windows name, not IANA
    public void Validate_UnknownTimeZone_FailsOnTz(string unknownZone)
    {
        var result = _validator.Validate(ValidGetDailyTimes() with { TimeZone = unknownZone });

        result.Errors.Select(failure => failure.PropertyName).Should().Equal("tz");
    }

    [Fact]
    public void Validate_NoTimeZone_Passes()
    {
        var result = _validator.Validate(ValidGetDailyTimes() with { TimeZone = null });

        result.Errors.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Europe/Berlin")]
    [InlineData("America/Santiago")]
    [InlineData("UTC")]
    public void Validate_KnownIanaTimeZone_Passes(string zone)
    {
        var result = _validator.Validate(ValidGetDailyTimes() with { TimeZone = zone });

        result.Errors.Should().BeEmpty();
    }

    [Fact]
    public void Validate_SeveralBadFields_ReportsEachOfThem()
    {
        var result = _validator.Validate(new GetDailyTimesQuery(0, "yesterday", "Mars/Olympus_Mons"));

        result.Errors.Select(failure => failure.PropertyName).Should().BeEquivalentTo("UserId", "Date", "tz");
    }
}
