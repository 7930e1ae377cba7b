using TimeTracking.WebApi.IntegrationTests.Contract.Client.Models;
using TimeTracking.WebApi.IntegrationTests.Fixtures;

namespace TimeTracking.WebApi.IntegrationTests.Contract;

public sealed class TimesThroughClientTests(AuthenticatedApiFactory api) : ThroughClientTests(api)
{
    private const string Operation = "GET /times";

    [Fact]
    [Covers(Operation, 200)]
    public async Task Times_OfTheCallersDay_ListsTheirTasksWithSecondsSpent()
    {
        var alice = As(Alice);
        var started = await alice.Track.PostAsync(new StartTaskCommand { Description = "Write report" });
        Api.Clock.Advance(TimeSpan.FromHours(1));
        await alice.Stop.PostAsync(new StopTaskCommand { Id = started!.Id });

        var times = await alice.Times.GetAsync(request =>
        {
            request.QueryParameters.UserId = Alice;
            request.QueryParameters.Date = "2023-07-18";
            request.QueryParameters.Tz = "Europe/Berlin";
        });

        times.Should().ContainSingle();
        times![0].Id.Should().Be(started.Id);
        times[0].Description.Should().Be("Write report");
        times[0].TimeSpent.Should().Be(3600);
        times[0].AdditionalData.Should().BeEmpty("the API answers no field the document does not declare");
    }

    [Fact]
    [Covers(Operation, 400)]
    public async Task Times_DayThatDoesNotExist_AnswersTheDocumentedValidationProblem() =>
        await ShouldAnswerDocumentedValidationProblemAsync(
            () => As(Alice).Times.GetAsync(request => request.QueryParameters.Date = "2023-02-30"), Operation);

    [Fact]
    [Covers(Operation, 401)]
    public async Task Times_WithoutToken_AnswersTheDocumented401() =>
        await ShouldAnswerDocumentedProblemAsync(
            () => Anonymous().Times.GetAsync(request => request.QueryParameters.Date = "2023-07-18"), Operation, 401);

    [Fact]
    [Covers(Operation, 403)]
    public async Task Times_OfAnotherUser_AnswersTheDocumented403() =>
        await ShouldAnswerDocumentedProblemAsync(
            () => As(Alice).Times.GetAsync(request =>
            {
                request.QueryParameters.UserId = Bob;
                request.QueryParameters.Date = "2023-07-18";
            }),
            Operation,
            403);
}
