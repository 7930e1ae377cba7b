using TimeTracking.WebApi.IntegrationTests.Contract.Client.Models;
using TimeTracking.WebApi.IntegrationTests.Fixtures;

namespace TimeTracking.WebApi.IntegrationTests.Contract;

public sealed class RecordTaskThroughClientTests(AuthenticatedApiFactory api) : ThroughClientTests(api)
{
    private const string Operation = "POST /tasks";

    private static RecordTaskCommand Meeting() => new()
    {
        Description = "Meeting",
        StartTime = ApiFactory.DefaultNow.AddHours(-2).ToOffset(TimeSpan.FromHours(2)),
        EndTime = ApiFactory.DefaultNow.AddHours(-1).ToOffset(TimeSpan.FromHours(2)),
    };

    [Fact]
    [Covers(Operation, 201)]
    public async Task Record_PastEntry_AnswersTheTaskWithItsLocationAndETag()
    {
        var alice = As(Alice);
        var headers = ResponseHeaders();

        var task = await alice.Tasks.PostAsync(Meeting(), request => request.Options.Add(headers));

        task.Should().BeEquivalentTo(new TaskDetails
        {
            Id = task!.Id,
            UserId = Alice,
            Description = "Meeting",
            StartTime = ApiFactory.DefaultNow.AddHours(-2),
            EndTime = ApiFactory.DefaultNow.AddHours(-1),
            Running = false,
            TimeSpent = 3600,
        });
        task.AdditionalData.Should().BeEmpty("the API answers no field the document does not declare");
        new Uri(headers.ResponseHeaders["Location"].Single()).AbsolutePath.Should().Be($"/tasks/{task.Id}");
        headers.ResponseHeaders["ETag"].Should().Equal("\"1\"");
        (await alice.Tasks[task.Id!.Value].GetAsync())!.Description.Should().Be("Meeting");
    }

    [Fact]
    [Covers(Operation, 400)]
    public async Task Record_WithoutStart_AnswersTheDocumentedValidationProblem() =>
        await ShouldAnswerDocumentedValidationProblemAsync(
            () => As(Alice).Tasks.PostAsync(new RecordTaskCommand { Description = "Meeting" }), Operation);

    [Fact]
    [Covers(Operation, 401)]
    public async Task Record_WithoutToken_AnswersTheDocumented401() =>
        await ShouldAnswerDocumentedProblemAsync(() => Anonymous().Tasks.PostAsync(Meeting()), Operation, 401);

    [Fact]
    [Covers(Operation, 403)]
    public async Task Record_ForAnotherUser_AnswersTheDocumented403()
    {
        var body = Meeting();
        body.UserId = Bob;

        await ShouldAnswerDocumentedProblemAsync(() => As(Alice).Tasks.PostAsync(body), Operation, 403);
    }

    [Fact]
    [Covers(Operation, 409)]
    public async Task Record_WhileTheFirstWithItsKeyIsInProgress_AnswersTheDocumented409()
    {
        var alice = As(Alice);

        await WhileInProgressAsync(
            () => alice.Tasks.PostAsync(Meeting(), WithKey("in-progress")),
            () => ShouldAnswerDocumentedProblemAsync(() => alice.Tasks.PostAsync(Meeting(), WithKey("in-progress")), Operation, 409));
    }

    [Fact]
    [Covers(Operation, 413)]
    public async Task Record_BodyOver64KiB_AnswersTheDocumented413()
    {
        var body = Meeting();
        Oversize(body);

        await ShouldAnswerDocumentedProblemAsync(() => As(Alice).Tasks.PostAsync(body), Operation, 413);
    }

    [Fact]
    [Covers(Operation, 422)]
    public async Task Record_KeyReusedForAnotherBody_AnswersTheDocumented422()
    {
        var alice = As(Alice);
        await alice.Tasks.PostAsync(Meeting(), WithKey("used"));
        var another = Meeting();
        another.Description = "Another meeting";

        await ShouldAnswerDocumentedProblemAsync(() => alice.Tasks.PostAsync(another, WithKey("used")), Operation, 422);
    }
}
