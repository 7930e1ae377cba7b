using TimeTracking.Application.Exceptions;
using TimeTracking.Application.Tasks.DeleteTask;
using TimeTracking.Application.UnitTests.Fakes;
using static TimeTracking.Application.UnitTests.TestData;

namespace TimeTracking.Application.UnitTests.Tasks.DeleteTask;

public sealed class DeleteTaskHandlerTests
{
    private readonly InMemoryTaskRepository _tasks = new();

    [Fact]
    public async Task Handle_StoppedTask_RemovesIt()
    {
        var task = _tasks.Seed(StoppedTask(Utc(2023, 7, 16, 9), Utc(2023, 7, 16, 10)));
        var kept = _tasks.Seed(StoppedTask(Utc(2023, 7, 16, 11), Utc(2023, 7, 16, 12)));

        await Handler(FakeCurrentUser.Unauthenticated).Handle(new DeleteTaskCommand(task.Id), CancellationToken.None);

        _tasks.Saved.Should().Equal(kept);
    }

    [Fact]
    public async Task Handle_RunningTask_RemovesIt()
    {
        var task = _tasks.Seed(RunningTask(Utc(2023, 7, 16, 9)));

        await Handler(FakeCurrentUser.Unauthenticated).Handle(new DeleteTaskCommand(task.Id), CancellationToken.None);

        _tasks.Saved.Should().BeEmpty();
    }

    [Fact]
    public async Task Handle_OwnTask_RemovesIt()
    {
        var task = _tasks.Seed(RunningTask(Utc(2023, 7, 16, 9), userId: UserId));

        await Handler(FakeCurrentUser.User(UserId)).Handle(new DeleteTaskCommand(task.Id), CancellationToken.None);

        _tasks.Saved.Should().BeEmpty();
    }

    [Fact]
    public async Task Handle_AnotherUsersTask_ThrowsNotFoundAndKeepsIt()
    {
        var task = _tasks.Seed(RunningTask(Utc(2023, 7, 16, 9), userId: OtherUserId));

        var act = async () => await Handler(FakeCurrentUser.User(UserId)).Handle(new DeleteTaskCommand(task.Id), CancellationToken.None);

        (await act.Should().ThrowExactlyAsync<NotFoundException>()).Which.Message.Should().Be($"Task {task.Id} was not found.");
        _tasks.Saved.Should().Equal(task);
    }

    [Fact]
    public async Task Handle_AnotherUsersTaskFromAnAdmin_RemovesIt()
    {
        var task = _tasks.Seed(RunningTask(Utc(2023, 7, 16, 9), userId: OtherUserId));

        await Handler(FakeCurrentUser.Admin(UserId)).Handle(new DeleteTaskCommand(task.Id), CancellationToken.None);

        _tasks.Saved.Should().BeEmpty();
    }

    [Fact]
    public async Task Handle_UnknownId_ThrowsNotFound()
    {
        var act = async () => await Handler(FakeCurrentUser.Unauthenticated).Handle(new DeleteTaskCommand(5), CancellationToken.None);

        (await act.Should().ThrowExactlyAsync<NotFoundException>()).Which.Message.Should().Be("Task 5 was not found.");
    }

    [Fact]
    public async Task Handle_TaskDeletedByAnotherRequestAfterItWasFound_ThrowsNotFound()
    {
        var task = _tasks.Seed(RunningTask(Utc(2023, 7, 16, 9)));
        _tasks.LoseRemoveRaces = true;

        var act = async () => await Handler(FakeCurrentUser.Unauthenticated).Handle(new DeleteTaskCommand(task.Id), CancellationToken.None);

        (await act.Should().ThrowExactlyAsync<NotFoundException>()).Which.Message.Should().Be($"Task {task.Id} was not found.");
    }

    private DeleteTaskHandler Handler(FakeCurrentUser caller) => new(_tasks, caller);
}
