using Microsoft.Extensions.Time.Testing;
using TimeTracking.Application.Exceptions;
using TimeTracking.Application.Tasks;
using TimeTracking.Application.Tasks.GetTask;
using TimeTracking.Application.UnitTests.Fakes;
using static TimeTracking.Application.UnitTests.TestData;

namespace TimeTracking.Application.UnitTests.Tasks.GetTask;

public sealed class GetTaskHandlerTests
{
    private readonly FakeTimeProvider _clock = new(Utc(2023, 7, 16, 11));
    private readonly InMemoryTaskRepository _tasks = new();

    [Fact]
    public async Task Handle_RunningTask_CountsItsTimeUpToNow()
    {
        var task = _tasks.Seed(RunningTask(Utc(2023, 7, 16, 9)));

        var details = await Handler(FakeCurrentUser.Unauthenticated).Handle(new GetTaskQuery(task.Id), CancellationToken.None);

        details.Should().Be(new VersionedTask(
            new TaskDetails(task.Id, UserId, Description, Utc(2023, 7, 16, 9), null, Running: true, TimeSpent: 7200),
            Version: 1));
    }

    [Fact]
    public async Task Handle_StoppedTask_CountsItsWholeDuration()
    {
        var task = _tasks.Seed(StoppedTask(Utc(2023, 7, 15, 9), Utc(2023, 7, 15, 9, 45)));

        var details = (await Handler(FakeCurrentUser.Unauthenticated).Handle(new GetTaskQuery(task.Id), CancellationToken.None)).Task;

        details.Running.Should().BeFalse();
        details.EndTime.Should().Be(Utc(2023, 7, 15, 9, 45));
        details.TimeSpent.Should().Be(2700);
    }

    [Fact]
    public async Task Handle_AnotherUsersTask_ThrowsNotFound()
    {
        var task = _tasks.Seed(RunningTask(Utc(2023, 7, 16, 9), userId: OtherUserId));

        var act = async () => await Handler(FakeCurrentUser.User(UserId)).Handle(new GetTaskQuery(task.Id), CancellationToken.None);

        await act.Should().ThrowExactlyAsync<NotFoundException>();
    }

    [Fact]
    public async Task Handle_UnknownId_ThrowsNotFound()
    {
        var act = async () => await Handler(FakeCurrentUser.Unauthenticated).Handle(new GetTaskQuery(5), CancellationToken.None);

        await act.Should().ThrowExactlyAsync<NotFoundException>();
    }

    private GetTaskHandler Handler(FakeCurrentUser caller) => new(_tasks, caller, _clock);
}
