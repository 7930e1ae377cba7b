using TimeTracking.WebApi.IntegrationTests.Contract.Client.Models;
using TimeTracking.WebApi.IntegrationTests.Fixtures;

namespace TimeTracking.WebApi.IntegrationTests.Contract;

public sealed class ListTasksThroughClientTests(AuthenticatedApiFactory api) : ThroughClientTests(api)
{
    private const string Operation = "GET /tasks";

    [Fact]
    [Covers(Operation, 200)]
    public async Task List_AcrossPages_FollowsNextCursorToEveryTaskOnce()
    {
        var alice = As(Alice);
        var ids = new List<long?>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await alice.Track.PostAsync(new StartTaskCommand { Description = $"Task {i}" }))!.Id);
            Api.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var first = await alice.Tasks.GetAsync(request =>
        {
            request.QueryParameters.From = "2023-07-18";
            request.QueryParameters.To = "2023-07-18";
            request.QueryParameters.Limit = 2;
        });
        var second = await alice.Tasks.GetAsync(request =>
        {
            request.QueryParameters.From = "2023-07-18";
            request.QueryParameters.To = "2023-07-18";
            request.QueryParameters.Limit = 2;
            request.QueryParameters.Cursor = first!.NextCursor;
        });

        first!.Items!.Select(task => task.Id).Concat(second!.Items!.Select(task => task.Id)).Should().Equal(ids);
        first.NextCursor.Should().NotBeNullOrEmpty();
        second.NextCursor.Should().BeNull();
        first.AdditionalData.Should().BeEmpty("the API answers no field the document does not declare");
        first.Items![0].Should().BeEquivalentTo(new TaskDetails
        {
            Id = ids[0],
            UserId = Alice,
            Description = "Task 0",
            StartTime = ApiFactory.DefaultNow,
            EndTime = null,
            Running = true,
            TimeSpent = 180,
        });
    }

    [Fact]
    [Covers(Operation, 200)]
    public async Task List_AsCsv_StreamsTheDocumentedHeaderRowAndOneRowPerTask()
    {
        var alice = As(Alice);
        var task = await alice.Track.PostAsync(new StartTaskCommand { Description = "Call, then write" });
        var request = alice.Tasks.ToGetRequestInformation(request =>
        {
            request.QueryParameters.From = "2023-07-18";
            request.QueryParameters.To = "2023-07-18";
            request.QueryParameters.Tz = "Europe/Berlin";
        });
        request.Headers.Remove("Accept");
        request.Headers.Add("Accept", "text/csv");

        await using var body = await AdapterOf(alice).SendPrimitiveAsync<Stream>(request);
        using var reader = new StreamReader(body!);
        var csv = await reader.ReadToEndAsync();

        csv.Should().Be(
            "id,user_id,description,start_time,end_time,running,time_spent\r\n" +
            $"{task!.Id},42,\"Call, then write\",2023-07-18T11:00:00+02:00,,true,0\r\n");
    }

    [Fact]
    [Covers(Operation, 400)]
    public async Task List_ToBeforeFrom_AnswersTheDocumentedValidationProblem() =>
        await ShouldAnswerDocumentedValidationProblemAsync(
            () => As(Alice).Tasks.GetAsync(request =>
            {
                request.QueryParameters.From = "2023-07-18";
                request.QueryParameters.To = "2023-07-17";
            }),
            Operation);

    [Fact]
    [Covers(Operation, 401)]
    public async Task List_WithoutToken_AnswersTheDocumented401() =>
        await ShouldAnswerDocumentedProblemAsync(
            () => Anonymous().Tasks.GetAsync(request =>
            {
                request.QueryParameters.From = "2023-07-18";
                request.QueryParameters.To = "2023-07-18";
            }),
            Operation,
            401);

    [Fact]
    [Covers(Operation, 403)]
    public async Task List_OfAnotherUser_AnswersTheDocumented403() =>
        await ShouldAnswerDocumentedProblemAsync(
            () => As(Alice).Tasks.GetAsync(request =>
            {
                request.QueryParameters.UserId = Bob;
                request.QueryParameters.From = "2023-07-18";
                request.QueryParameters.To = "2023-07-18";
            }),
            Operation,
            403);
}
