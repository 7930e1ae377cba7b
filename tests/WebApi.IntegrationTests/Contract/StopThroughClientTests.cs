using TimeTracking.WebApi.IntegrationTests.Contract.Client.Models;
using TimeTracking.WebApi.IntegrationTests.Fixtures;

namespace TimeTracking.WebApi.IntegrationTests.Contract;

public sealed class StopThroughClientTests(AuthenticatedApiFactory api) : ThroughClientTests(api)
{
    private const string Operation = "POST /stop";

    [Fact]
    [Covers(Operation, 200)]
    public async Task Stop_RunningTask_StopsItAtTheServersNow()
    {
        var alice = As(Alice);
        var started = await alice.Track.PostAsync(new StartTaskCommand { Description = "Write report" });
        Api.Clock.Advance(TimeSpan.FromMinutes(30));

        var stopped = await alice.Stop.PostAsync(new StopTaskCommand { Id = started!.Id });

        stopped!.Id.Should().Be(started.Id);
        var task = await alice.Tasks[started.Id!.Value].GetAsync();
        task!.EndTime.Should().Be(ApiFactory.DefaultNow.AddMinutes(30));
    }

    [Fact]
    [Covers(Operation, 400)]
    public async Task Stop_IdZero_AnswersTheDocumentedValidationProblem() =>
        await ShouldAnswerDocumentedValidationProblemAsync(() => As(Alice).Stop.PostAsync(new StopTaskCommand { Id = 0 }), Operation);

    [Fact]
    [Covers(Operation, 401)]
    public async Task Stop_WithoutToken_AnswersTheDocumented401() =>
        await ShouldAnswerDocumentedProblemAsync(() => Anonymous().Stop.PostAsync(new StopTaskCommand { Id = 1 }), Operation, 401);

    [Fact]
    [Covers(Operation, 404)]
    public async Task Stop_AnotherUsersTask_AnswersTheDocumented404()
    {
        var bobs = await As(Bob).Track.PostAsync(new StartTaskCommand { Description = "Bob's" });

        await ShouldAnswerDocumentedProblemAsync(() => As(Alice).Stop.PostAsync(new StopTaskCommand { Id = bobs!.Id }), Operation, 404);
    }

    [Fact]
    [Covers(Operation, 409, TaskStateConflict)]
    public async Task Stop_Twice_AnswersTheDocumented409()
    {
        var alice = As(Alice);
        var started = await alice.Track.PostAsync(new StartTaskCommand { Description = "Write report" });
        await alice.Stop.PostAsync(new StopTaskCommand { Id = started!.Id });

        await ShouldAnswerDocumentedProblemAsync(
            () => alice.Stop.PostAsync(new StopTaskCommand { Id = started.Id }), Operation, 409, TaskStateConflict);
    }

    [Fact]
    [Covers(Operation, 409, KeyInProgress)]
    public async Task Stop_WhileTheFirstWithItsKeyIsInProgress_AnswersTheDocumented409()
    {
        var alice = As(Alice);
        var started = await alice.Track.PostAsync(new StartTaskCommand { Description = "Write report" });
        var body = new StopTaskCommand { Id = started!.Id };

        await WhileInProgressAsync(
            () => alice.Stop.PostAsync(body, WithKey("in-progress")),
            () => ShouldAnswerDocumentedProblemAsync(() => alice.Stop.PostAsync(body, WithKey("in-progress")), Operation, 409, KeyInProgress));
    }

    [Fact]
    [Covers(Operation, 422)]
    public async Task Stop_KeyReusedForAnotherTask_AnswersTheDocumented422()
    {
        var alice = As(Alice);
        var first = await alice.Track.PostAsync(new StartTaskCommand { Description = "Write report" });
        var second = await alice.Track.PostAsync(new StartTaskCommand { Description = "Review" });
        await alice.Stop.PostAsync(new StopTaskCommand { Id = first!.Id }, WithKey("used"));

        await ShouldAnswerDocumentedProblemAsync(
            () => alice.Stop.PostAsync(new StopTaskCommand { Id = second!.Id }, WithKey("used")), Operation, 422);
    }

    [Fact]
    [Covers(Operation, 413)]
    public async Task Stop_BodyOver64KiB_AnswersTheDocumented413()
    {
        var body = new StopTaskCommand { Id = 1 };
        Oversize(body);

        await ShouldAnswerDocumentedProblemAsync(() => As(Alice).Stop.PostAsync(body), Operation, 413);
    }
}
