using FluentValidation;
using Microsoft.Extensions.Time.Testing;
using TimeTracking.Application.Behaviors;
using TimeTracking.Application.Tasks.GetDailyTimes;
using TimeTracking.Application.UnitTests.Fakes;
using static TimeTracking.Application.UnitTests.TestData;

namespace TimeTracking.Application.UnitTests.Tasks.GetDailyTimes;

/// <summary>
/// The validation behaviour in front of the handler, as the mediator runs them: whatever the client sends is either
/// refused as a validation error (a 400) or answered; any other exception would reach the client as a 500.
/// </summary>
public sealed class GetDailyTimesPipelineTests
{
    private readonly ValidationBehavior<GetDailyTimesQuery, IReadOnlyList<TaskTime>> _validation =
        new([new GetDailyTimesValidator()]);

    private readonly GetDailyTimesHandler _handler =
        new(new InMemoryTaskRepository(), new FakeTimeProvider(Utc(2023, 8, 1)));

    [Theory]
    [InlineData("9999-12-31", null)] // the day after does not exist in DateOnly
    [InlineData("9999-12-31", "America/New_York")]
    [InlineData("0001-01-01", "Asia/Tokyo")] // local midnight is before DateTimeOffset.MinValue in UTC
    public async Task Send_DateAtTheEdgeOfTheCalendar_IsRefusedAsValidationErrorOrAnswered(string date, string? zone)
    {
        var query = new GetDailyTimesQuery(UserId, date, zone);

        var thrown = await Record.ExceptionAsync(
            async () => await _validation.Handle(query, _handler.Handle, CancellationToken.None));

        thrown.Should().Match(exception => exception == null || exception is ValidationException,
            "a client's mistake must be a 400, not a 500; got {0}", thrown?.GetType().Name);
    }
}
