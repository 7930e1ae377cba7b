using Microsoft.Extensions.Time.Testing;
using TimeTracking.Application.Exceptions;
using TimeTracking.Application.Tasks.StopTask;
using TimeTracking.Application.UnitTests.Fakes;
using TimeTracking.Domain.Tasks;
using static TimeTracking.Application.UnitTests.TestData;

namespace TimeTracking.Application.UnitTests.Tasks.StopTask;

public sealed class StopTaskHandlerTests
{
    private readonly FakeTimeProvider _clock = new(Utc(2023, 7, 16, 11));
    private readonly InMemoryTaskRepository _tasks = new();
    private readonly StopTaskHandler _handler;

    public StopTaskHandlerTests() => _handler = new StopTaskHandler(_tasks, FakeCurrentUser.Unauthenticated, _clock);

    [Fact]
    public async Task Handle_RunningTask_StopsItNow()
    {
        var task = _tasks.Seed(RunningTask(Utc(2023, 7, 16, 9)));

        await _handler.Handle(new StopTaskCommand(task.Id), CancellationToken.None);

        task.EndTime.Should().BeExactly(Utc(2023, 7, 16, 11));
    }

    [Fact]
    public async Task Handle_TaskStartingAfterNow_ThrowsStopBeforeStartAndLeavesItRunning()
    {
        var task = _tasks.Seed(RunningTask(Utc(2023, 7, 16, 11).AddSeconds(30)));

        var act = async () => await _handler.Handle(new StopTaskCommand(task.Id), CancellationToken.None);

        await act.Should().ThrowExactlyAsync<TaskStopBeforeStartException>();
        task.IsRunning.Should().BeTrue();
    }

    [Fact]
    public async Task Handle_StopThatMatchedNothingThoughTheTaskLooksStoppable_ThrowsConcurrencyConflict()
    {
        var task = _tasks.Seed(RunningTask(Utc(2023, 7, 16, 9)));
        _tasks.LoseStopRaces = true;

        var act = async () => await _handler.Handle(new StopTaskCommand(task.Id), CancellationToken.None);

        await act.Should().ThrowExactlyAsync<ConcurrencyConflictException>();
    }

    [Fact]
    public async Task Handle_RunningTask_ReturnsItsId()
    {
        _tasks.Seed(RunningTask(Utc(2023, 7, 16, 8)));
        var task = _tasks.Seed(RunningTask(Utc(2023, 7, 16, 9)));

        var reference = await _handler.Handle(new StopTaskCommand(task.Id), CancellationToken.None);

        reference.Id.Should().Be(task.Id);
    }

    [Fact]
    public async Task Handle_RunningTask_LeavesOtherTasksRunning()
    {
        var other = _tasks.Seed(RunningTask(Utc(2023, 7, 16, 8)));
        var task = _tasks.Seed(RunningTask(Utc(2023, 7, 16, 9)));

        await _handler.Handle(new StopTaskCommand(task.Id), CancellationToken.None);

        other.IsRunning.Should().BeTrue();
    }

    [Fact]
    public async Task Handle_UnknownId_ThrowsNotFound()
    {
        _tasks.Seed(RunningTask(Utc(2023, 7, 16, 9)));

        var act = async () => await _handler.Handle(new StopTaskCommand(999), CancellationToken.None);

        await act.Should().ThrowExactlyAsync<NotFoundException>();
    }

    [Fact]
    public async Task Handle_SecondStop_ThrowsTaskAlreadyStopped()
    {
        var task = _tasks.Seed(RunningTask(Utc(2023, 7, 16, 9)));
        await _handler.Handle(new StopTaskCommand(task.Id), CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(5));

        var act = async () => await _handler.Handle(new StopTaskCommand(task.Id), CancellationToken.None);

        await act.Should().ThrowExactlyAsync<TaskAlreadyStoppedException>();
    }

    [Fact]
    public async Task Handle_SecondStop_KeepsFirstEndTime()
    {
        var task = _tasks.Seed(RunningTask(Utc(2023, 7, 16, 9)));
        await _handler.Handle(new StopTaskCommand(task.Id), CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(5));

        await Record.ExceptionAsync(async () => await _handler.Handle(new StopTaskCommand(task.Id), CancellationToken.None));

        task.EndTime.Should().BeExactly(Utc(2023, 7, 16, 11));
    }

    [Fact]
    public async Task Handle_AnotherUsersTask_ThrowsNotFoundAndLeavesItRunning()
    {
        var task = _tasks.Seed(RunningTask(Utc(2023, 7, 16, 9), userId: OtherUserId));
        var handler = new StopTaskHandler(_tasks, FakeCurrentUser.User(UserId), _clock);

        var act = async () => await handler.Handle(new StopTaskCommand(task.Id), CancellationToken.None);

        (await act.Should().ThrowExactlyAsync<NotFoundException>()).WithMessage($"Task {task.Id} was not found.");
        task.IsRunning.Should().BeTrue();
    }

    [Fact]
    public async Task Handle_OwnTask_StopsIt()
    {
        var task = _tasks.Seed(RunningTask(Utc(2023, 7, 16, 9), userId: UserId));
        var handler = new StopTaskHandler(_tasks, FakeCurrentUser.User(UserId), _clock);

        await handler.Handle(new StopTaskCommand(task.Id), CancellationToken.None);

        task.IsRunning.Should().BeFalse();
    }

    [Fact]
    public async Task Handle_AnotherUsersTaskAsAdmin_StopsIt()
    {
        var task = _tasks.Seed(RunningTask(Utc(2023, 7, 16, 9), userId: OtherUserId));
        var handler = new StopTaskHandler(_tasks, FakeCurrentUser.Admin(UserId), _clock);

        await handler.Handle(new StopTaskCommand(task.Id), CancellationToken.None);

        task.IsRunning.Should().BeFalse();
    }
}
