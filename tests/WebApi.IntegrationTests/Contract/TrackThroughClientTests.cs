using TimeTracking.WebApi.IntegrationTests.Contract.Client.Models;
using TimeTracking.WebApi.IntegrationTests.Fixtures;

namespace TimeTracking.WebApi.IntegrationTests.Contract;

public sealed class TrackThroughClientTests(AuthenticatedApiFactory api) : ThroughClientTests(api)
{
    private const string Operation = "POST /track";

    [Fact]
    [Covers(Operation, 200)]
    public async Task Track_WithoutUserId_StartsATaskForTheCaller()
    {
        var alice = As(Alice);

        var started = await alice.Track.PostAsync(new StartTaskCommand { Description = "Write report" });

        started!.Id.Should().BePositive();
        started.AdditionalData.Should().BeEmpty("the API answers no field the document does not declare");
        var task = await alice.Tasks[started.Id!.Value].GetAsync();
        task!.UserId.Should().Be(Alice);
        task.Description.Should().Be("Write report");
        task.Running.Should().BeTrue();
    }

    [Fact]
    [Covers(Operation, 200)]
    public async Task Track_RepeatedWithItsKey_ReplaysTheFirstAnswerAndSaysSo()
    {
        var alice = As(Alice);
        var body = new StartTaskCommand { Description = "Write report" };
        var first = await alice.Track.PostAsync(body, WithKey("track-once"));
        var headers = ResponseHeaders();

        var repeated = await alice.Track.PostAsync(body, request =>
        {
            WithKey("track-once")(request);
            request.Options.Add(headers);
        });

        repeated!.Id.Should().Be(first!.Id);
        headers.ResponseHeaders["Idempotent-Replayed"].Should().Equal("true");
        (await alice.Tasks.Running.GetAsync()).Should().ContainSingle("a replay starts no second task");
    }

    [Fact]
    [Covers(Operation, 400)]
    public async Task Track_BlankDescription_AnswersTheDocumentedValidationProblem() =>
        await ShouldAnswerDocumentedValidationProblemAsync(
            () => As(Alice).Track.PostAsync(new StartTaskCommand { UserId = Alice, Description = " " }), Operation);

    [Fact]
    [Covers(Operation, 401)]
    public async Task Track_WithoutToken_AnswersTheDocumented401() =>
        await ShouldAnswerDocumentedProblemAsync(
            () => Anonymous().Track.PostAsync(new StartTaskCommand { Description = "Write report" }), Operation, 401);

    [Fact]
    [Covers(Operation, 403)]
    public async Task Track_ForAnotherUser_AnswersTheDocumented403() =>
        await ShouldAnswerDocumentedProblemAsync(
            () => As(Alice).Track.PostAsync(new StartTaskCommand { UserId = Bob, Description = "Write report" }), Operation, 403);

    [Fact]
    [Covers(Operation, 409)]
    public async Task Track_WhileTheFirstWithItsKeyIsInProgress_AnswersTheDocumented409()
    {
        var alice = As(Alice);
        var body = new StartTaskCommand { Description = "Write report" };

        await WhileInProgressAsync(
            () => alice.Track.PostAsync(body, WithKey("in-progress")),
            () => ShouldAnswerDocumentedProblemAsync(() => alice.Track.PostAsync(body, WithKey("in-progress")), Operation, 409));
    }

    [Fact]
    [Covers(Operation, 413)]
    public async Task Track_BodyOver64KiB_AnswersTheDocumented413()
    {
        var body = new StartTaskCommand { Description = "Write report" };
        Oversize(body);

        await ShouldAnswerDocumentedProblemAsync(() => As(Alice).Track.PostAsync(body), Operation, 413);
    }

    [Fact]
    [Covers(Operation, 422)]
    public async Task Track_KeyReusedForAnotherBody_AnswersTheDocumented422()
    {
        var alice = As(Alice);
        await alice.Track.PostAsync(new StartTaskCommand { Description = "Write report" }, WithKey("used"));

        await ShouldAnswerDocumentedProblemAsync(
            () => alice.Track.PostAsync(new StartTaskCommand { Description = "Review" }, WithKey("used")), Operation, 422);
    }
}
