using TimeTracking.WebApi.IntegrationTests.Contract.Client.Models;
using TimeTracking.WebApi.IntegrationTests.Fixtures;

namespace TimeTracking.WebApi.IntegrationTests.Contract;

public sealed class GetTaskThroughClientTests(AuthenticatedApiFactory api) : ThroughClientTests(api)
{
    private const string Operation = "GET /tasks/{id}";

    [Fact]
    [Covers(Operation, 200)]
    public async Task Get_RunningTask_ReadsEveryFieldWithItsType()
    {
        var alice = As(Alice);
        var started = await alice.Track.PostAsync(new StartTaskCommand { Description = "Write report" });
        Api.Clock.Advance(TimeSpan.FromSeconds(90));
        var headers = ResponseHeaders();

        var task = await alice.Tasks[started!.Id!.Value].GetAsync(request => request.Options.Add(headers));

        task.Should().BeEquivalentTo(new TaskDetails
        {
            Id = started.Id,
            UserId = Alice,
            Description = "Write report",
            StartTime = ApiFactory.DefaultNow,
            EndTime = null,
            Running = true,
            TimeSpent = 90,
        });
        task!.AdditionalData.Should().BeEmpty("the API answers no field the document does not declare");
        headers.ResponseHeaders["ETag"].Should().Equal("\"1\"");
    }

    [Fact]
    [Covers(Operation, 400)]
    public async Task Get_IdZero_AnswersTheDocumentedValidationProblem() =>
        await ShouldAnswerDocumentedValidationProblemAsync(() => As(Alice).Tasks[0].GetAsync(), Operation);

    [Fact]
    [Covers(Operation, 401)]
    public async Task Get_WithoutToken_AnswersTheDocumented401() =>
        await ShouldAnswerDocumentedProblemAsync(() => Anonymous().Tasks[1].GetAsync(), Operation, 401);

    [Fact]
    [Covers(Operation, 404)]
    public async Task Get_AnotherUsersTask_AnswersTheDocumented404()
    {
        var bobs = await As(Bob).Track.PostAsync(new StartTaskCommand { Description = "Bob's" });

        await ShouldAnswerDocumentedProblemAsync(() => As(Alice).Tasks[bobs!.Id!.Value].GetAsync(), Operation, 404);
    }
}
