using TimeTracking.WebApi.IntegrationTests.Contract.Client.Models;
using TimeTracking.WebApi.IntegrationTests.Fixtures;

namespace TimeTracking.WebApi.IntegrationTests.Contract;

public sealed class DeleteTaskThroughClientTests(AuthenticatedApiFactory api) : ThroughClientTests(api)
{
    private const string Operation = "DELETE /tasks/{id}";

    [Fact]
    [Covers(Operation, 204)]
    public async Task Delete_OwnTask_RemovesIt()
    {
        var alice = As(Alice);
        var started = await alice.Track.PostAsync(new StartTaskCommand { Description = "Write report" });

        await alice.Tasks[started!.Id!.Value].DeleteAsync();

        await ShouldAnswerDocumentedProblemAsync(() => alice.Tasks[started.Id.Value].GetAsync(), "GET /tasks/{id}", 404);
    }

    [Fact]
    [Covers(Operation, 400)]
    public async Task Delete_IdZero_AnswersTheDocumentedValidationProblem() =>
        await ShouldAnswerDocumentedValidationProblemAsync(() => As(Alice).Tasks[0].DeleteAsync(), Operation);

    [Fact]
    [Covers(Operation, 401)]
    public async Task Delete_WithoutToken_AnswersTheDocumented401() =>
        await ShouldAnswerDocumentedProblemAsync(() => Anonymous().Tasks[1].DeleteAsync(), Operation, 401);

    [Fact]
    [Covers(Operation, 404)]
    public async Task Delete_AnotherUsersTask_AnswersTheDocumented404AndKeepsIt()
    {
        var bob = As(Bob);
        var bobs = (await bob.Track.PostAsync(new StartTaskCommand { Description = "Bob's" }))!.Id!.Value;

        await ShouldAnswerDocumentedProblemAsync(() => As(Alice).Tasks[bobs].DeleteAsync(), Operation, 404);

        (await bob.Tasks[bobs].GetAsync())!.Description.Should().Be("Bob's");
    }
}
