using TimeTracking.WebApi.IntegrationTests.Contract.Client.Models;
using TimeTracking.WebApi.IntegrationTests.Fixtures;

namespace TimeTracking.WebApi.IntegrationTests.Contract;

public sealed class RunningTasksThroughClientTests(AuthenticatedApiFactory api) : ThroughClientTests(api)
{
    private const string Operation = "GET /tasks/running";

    [Fact]
    [Covers(Operation, 200)]
    public async Task Running_OfTheCaller_ListsOnlyTheirRunningTasks()
    {
        var alice = As(Alice);
        var stopped = await alice.Track.PostAsync(new StartTaskCommand { Description = "Write report" });
        await alice.Stop.PostAsync(new StopTaskCommand { Id = stopped!.Id });
        var running = await alice.Track.PostAsync(new StartTaskCommand { Description = "Review pull request" });
        await As(Bob).Track.PostAsync(new StartTaskCommand { Description = "Bob's" });
        Api.Clock.Advance(TimeSpan.FromMinutes(30));

        var tasks = await alice.Tasks.Running.GetAsync();

        tasks.Should().ContainSingle();
        tasks![0].Should().BeEquivalentTo(new TaskDetails
        {
            Id = running!.Id,
            UserId = Alice,
            Description = "Review pull request",
            StartTime = ApiFactory.DefaultNow,
            EndTime = null,
            Running = true,
            TimeSpent = 1800,
        });
        tasks[0].AdditionalData.Should().BeEmpty("the API answers no field the document does not declare");
    }

    [Fact]
    [Covers(Operation, 400)]
    public async Task Running_UserIdZero_AnswersTheDocumentedValidationProblem() =>
        await ShouldAnswerDocumentedValidationProblemAsync(
            () => As(Alice).Tasks.Running.GetAsync(request => request.QueryParameters.UserId = 0), Operation);

    [Fact]
    [Covers(Operation, 401)]
    public async Task Running_WithoutToken_AnswersTheDocumented401() =>
        await ShouldAnswerDocumentedProblemAsync(() => Anonymous().Tasks.Running.GetAsync(), Operation, 401);

    [Fact]
    [Covers(Operation, 403)]
    public async Task Running_OfAnotherUser_AnswersTheDocumented403() =>
        await ShouldAnswerDocumentedProblemAsync(
            () => As(Alice).Tasks.Running.GetAsync(request => request.QueryParameters.UserId = Bob), Operation, 403);
}
