using Microsoft.Kiota.Abstractions;
using TimeTracking.WebApi.IntegrationTests.Contract.Client.Models;
using TimeTracking.WebApi.IntegrationTests.Fixtures;

namespace TimeTracking.WebApi.IntegrationTests.Contract;

public sealed class DailyReportThroughClientTests(AuthenticatedApiFactory api) : ThroughClientTests(api)
{
    private const string Operation = "GET /reports/daily";

    [Fact]
    [Covers(Operation, 200)]
    public async Task Daily_OverTwoDays_ListsEachDayWithItsTotals()
    {
        var alice = As(Alice);
        var started = await alice.Track.PostAsync(new StartTaskCommand { Description = "Write report" });
        Api.Clock.Advance(TimeSpan.FromHours(1));
        await alice.Stop.PostAsync(new StopTaskCommand { Id = started!.Id });

        var days = await alice.Reports.Daily.GetAsync(request =>
        {
            request.QueryParameters.From = "2023-07-17";
            request.QueryParameters.To = "2023-07-18";
            request.QueryParameters.Tz = "Europe/Berlin";
        });

        days.Should().BeEquivalentTo(
            [
                new DayTotal { Date = new Date(2023, 7, 17), TotalSeconds = 0, TaskCount = 0 },
                new DayTotal { Date = new Date(2023, 7, 18), TotalSeconds = 3600, TaskCount = 1 },
            ],
            options => options.WithStrictOrdering());
    }

    [Fact]
    [Covers(Operation, 400)]
    public async Task Daily_EndingBeforeItStarts_AnswersTheDocumentedValidationProblem() =>
        await ShouldAnswerDocumentedValidationProblemAsync(
            () => As(Alice).Reports.Daily.GetAsync(request =>
            {
                request.QueryParameters.From = "2023-07-18";
                request.QueryParameters.To = "2023-07-17";
            }),
            Operation);

    [Fact]
    [Covers(Operation, 401)]
    public async Task Daily_WithoutToken_AnswersTheDocumented401() =>
        await ShouldAnswerDocumentedProblemAsync(
            () => Anonymous().Reports.Daily.GetAsync(request =>
            {
                request.QueryParameters.From = "2023-07-17";
                request.QueryParameters.To = "2023-07-18";
            }),
            Operation,
            401);

    [Fact]
    [Covers(Operation, 403)]
    public async Task Daily_OfAnotherUser_AnswersTheDocumented403() =>
        await ShouldAnswerDocumentedProblemAsync(
            () => As(Alice).Reports.Daily.GetAsync(request =>
            {
                request.QueryParameters.UserId = Bob;
                request.QueryParameters.From = "2023-07-17";
                request.QueryParameters.To = "2023-07-18";
            }),
            Operation,
            403);
}
