using TimeTracking.WebApi.IntegrationTests.Contract.Client;
using TimeTracking.WebApi.IntegrationTests.Contract.Client.Models;
using TimeTracking.WebApi.IntegrationTests.Fixtures;

namespace TimeTracking.WebApi.IntegrationTests.Contract;

/// <summary>
/// PATCH /tasks/{id} takes <c>application/merge-patch+json</c>: Kiota serialises it with its JSON writer (its
/// registry reads <c>merge-patch+json</c> as JSON), and leaves out the members a test does not set, as a merge patch
/// should.
/// </summary>
public sealed class CorrectTaskThroughClientTests(AuthenticatedApiFactory api) : ThroughClientTests(api)
{
    private const string Operation = "PATCH /tasks/{id}";
    private const string IfMatch = "If-Match";

    [Fact]
    [Covers(Operation, 200)]
    public async Task Correct_TheDescriptionIfStillAtTheVersionRead_ChangesOnlyItAndAnswersTheNewETag()
    {
        var alice = As(Alice);
        var id = await StartedAndStoppedAsync(alice);
        var headers = ResponseHeaders();

        var corrected = await alice.Tasks[id].PatchAsync(new TaskMergePatch { Description = "Write the report" }, request =>
        {
            request.Headers.Add(IfMatch, "\"2\"");
            request.Options.Add(headers);
        });

        corrected.Should().BeEquivalentTo(new TaskDetails
        {
            Id = id,
            UserId = Alice,
            Description = "Write the report",
            StartTime = ApiFactory.DefaultNow,
            EndTime = ApiFactory.DefaultNow.AddHours(1),
            Running = false,
            TimeSpent = 3600,
        });
        corrected!.AdditionalData.Should().BeEmpty("the API answers no field the document does not declare");
        headers.ResponseHeaders["ETag"].Should().Equal("\"3\"");
    }

    [Fact]
    [Covers(Operation, 400)]
    public async Task Correct_BlankDescription_AnswersTheDocumentedValidationProblem()
    {
        var alice = As(Alice);
        var id = await StartedAndStoppedAsync(alice);

        await ShouldAnswerDocumentedValidationProblemAsync(
            () => alice.Tasks[id].PatchAsync(new TaskMergePatch { Description = " " }), Operation);
    }

    [Fact]
    [Covers(Operation, 401)]
    public async Task Correct_WithoutToken_AnswersTheDocumented401() =>
        await ShouldAnswerDocumentedProblemAsync(
            () => Anonymous().Tasks[1].PatchAsync(new TaskMergePatch { Description = "Write the report" }), Operation, 401);

    [Fact]
    [Covers(Operation, 404)]
    public async Task Correct_AnotherUsersTask_AnswersTheDocumented404()
    {
        var bobs = await StartedAndStoppedAsync(As(Bob));

        await ShouldAnswerDocumentedProblemAsync(
            () => As(Alice).Tasks[bobs].PatchAsync(new TaskMergePatch { Description = "Alice was here" }), Operation, 404);
    }

    [Fact]
    [Covers(Operation, 409)]
    public async Task Correct_TwoRacingWithoutIfMatch_OneWinsTheOtherAnswersTheDocumented409()
    {
        var alice = As(Alice);
        var id = await StartedAndStoppedAsync(alice);
        await using var tasks = await TasksTableLock.TakeAsync(Api.ConnectionString);
        var first = alice.Tasks[id].PatchAsync(new TaskMergePatch { Description = "First" });
        var second = alice.Tasks[id].PatchAsync(new TaskMergePatch { Description = "Second" });
        await tasks.WaitForBlockedWritesAsync(2); // Both have read the same version; neither has written.

        await tasks.ReleaseAsync();

        await ShouldAnswerDocumentedProblemAsync(() => Task.WhenAll(first, second), Operation, 409);
        new[] { first, second }.Should().ContainSingle(correction => correction.IsCompletedSuccessfully);
    }

    [Fact]
    [Covers(Operation, 412)]
    public async Task Correct_WithAStaleETag_AnswersTheDocumented412()
    {
        var alice = As(Alice);
        var id = await StartedAndStoppedAsync(alice);
        await alice.Tasks[id].PatchAsync(new TaskMergePatch { Description = "Changed by someone else" });

        await ShouldAnswerDocumentedProblemAsync(
            () => alice.Tasks[id].PatchAsync(
                new TaskMergePatch { Description = "Write the report" }, request => request.Headers.Add(IfMatch, "\"2\"")),
            Operation,
            412);
    }

    [Fact]
    [Covers(Operation, 413)]
    public async Task Correct_BodyOver64KiB_AnswersTheDocumented413()
    {
        var body = new TaskMergePatch { Description = "Write the report" };
        Oversize(body);

        await ShouldAnswerDocumentedProblemAsync(() => As(Alice).Tasks[1].PatchAsync(body), Operation, 413);
    }

    // A task started now and stopped an hour later: at version 2.
    private async Task<long> StartedAndStoppedAsync(TimeTrackingClient client)
    {
        var started = await client.Track.PostAsync(new StartTaskCommand { Description = "Write report" });
        Api.Clock.Advance(TimeSpan.FromHours(1));
        await client.Stop.PostAsync(new StopTaskCommand { Id = started!.Id });
        return started.Id!.Value;
    }
}
