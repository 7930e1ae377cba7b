using FluentValidation;
using Microsoft.Extensions.Time.Testing;
using TimeTracking.Application.Behaviors;
using TimeTracking.Application.Tasks.GetDailyTimes;
using TimeTracking.Application.UnitTests.Fakes;
using static TimeTracking.Application.UnitTests.TestData;

namespace TimeTracking.Application.UnitTests.Tasks.GetDailyTimes;

/// <summary>
/// The validation behaviour in front of the handler, as the mediator runs them: a day the calendar cannot hold is
/// refused as a validation error (a 400); any other exception would reach the client as a 500.
/// </summary>
public sealed class GetDailyTimesPipelineTests
{
    private readonly ValidationBehavior<GetDailyTimesQuery, IReadOnlyList<TaskTime>> _validation =
        new([new GetDailyTimesValidator()]);

    private readonly GetDailyTimesHandler _handler =
        new(new InMemoryTaskRepository(), FakeCurrentUser.Unauthenticated, new FakeTimeProvider(Utc(2023, 8, 1)));

    [Theory]
    [InlineData("9999-12-31", null)] // the day after does not exist in DateOnly
    [InlineData("9999-12-31", "America/New_York")]
    [InlineData("0001-01-01", "Asia/Tokyo")] // local midnight is before DateTimeOffset.MinValue in UTC
    public async Task Send_DateAtTheEdgeOfTheCalendar_IsRefusedAsValidationError(string date, string? zone)
    {
        var query = new GetDailyTimesQuery(UserId, date, zone);

        var send = async () => await _validation.Handle(query, _handler.Handle, CancellationToken.None);

        (await send.Should().ThrowAsync<ValidationException>())
            .Which.Errors.Should().ContainSingle(failure => failure.PropertyName == "Date");
    }

    [Theory]
    [InlineData("0001-01-02", "Asia/Tokyo")]
    [InlineData("9999-12-30", "Pacific/Kiritimati")]
    [InlineData("9999-12-30", "Pacific/Niue")]
    public async Task Send_FirstAndLastSupportedDays_AreAnsweredInEveryZone(string date, string zone)
    {
        var query = new GetDailyTimesQuery(UserId, date, zone);

        var times = await _validation.Handle(query, _handler.Handle, CancellationToken.None);

        times.Should().BeEmpty();
    }
}
