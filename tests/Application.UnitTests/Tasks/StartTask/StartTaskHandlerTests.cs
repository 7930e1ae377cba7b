using FluentValidation;
using Microsoft.Extensions.Time.Testing;
using TimeTracking.Application.Exceptions;
using TimeTracking.Application.Tasks;
using TimeTracking.Application.Tasks.StartTask;
using TimeTracking.Application.UnitTests.Fakes;
using static TimeTracking.Application.UnitTests.TestData;

namespace TimeTracking.Application.UnitTests.Tasks.StartTask;

public sealed class StartTaskHandlerTests
{
    private readonly FakeTimeProvider _clock = new(Utc(2023, 7, 16, 9, 30));
    private readonly InMemoryTaskRepository _tasks = new();
    private readonly FakeUnitOfWork _unitOfWork;
    private readonly StartTaskHandler _handler;

    public StartTaskHandlerTests()
    {
        _unitOfWork = new FakeUnitOfWork(_tasks);
        _handler = new StartTaskHandler(_tasks, _unitOfWork, FakeCurrentUser.Unauthenticated, new TrackingOptions(), _clock);
    }

    [Fact]
    public async Task Handle_StoresRunningTaskStartedNow()
    {
        await _handler.Handle(new StartTaskCommand(7, "Review pull request"), CancellationToken.None);

        var stored = _tasks.Saved.Should().ContainSingle().Subject;
        stored.UserId.Should().Be(7);
        stored.Description.Should().Be("Review pull request");
        stored.StartTime.Should().BeExactly(Utc(2023, 7, 16, 9, 30));
        stored.IsRunning.Should().BeTrue();
    }

    [Fact]
    public async Task Handle_SavesOnce()
    {
        await _handler.Handle(ValidStartTask(), CancellationToken.None);

        _unitOfWork.SaveCount.Should().Be(1);
    }

    [Fact]
    public async Task Handle_ReturnsIdAssignedOnSave()
    {
        _tasks.Seed(RunningTask(Utc(2023, 7, 15, 8)));

        var reference = await _handler.Handle(ValidStartTask(), CancellationToken.None);

        reference.Id.Should().Be(2).And.Be(_tasks.Saved[^1].Id);
    }

    [Fact]
    public async Task Handle_NoUserIdFromAUser_StartsTheCallersTask()
    {
        var handler = new StartTaskHandler(_tasks, _unitOfWork, FakeCurrentUser.User(UserId), new TrackingOptions(), _clock);

        await handler.Handle(new StartTaskCommand(null, Description), CancellationToken.None);

        _tasks.Saved.Should().ContainSingle().Which.UserId.Should().Be(UserId);
    }

    [Fact]
    public async Task Handle_AnotherUsersIdFromAUser_IsForbiddenAndStoresNothing()
    {
        var handler = new StartTaskHandler(_tasks, _unitOfWork, FakeCurrentUser.User(UserId), new TrackingOptions(), _clock);

        var act = async () => await handler.Handle(new StartTaskCommand(OtherUserId, Description), CancellationToken.None);

        await act.Should().ThrowExactlyAsync<ForbiddenException>();
        _tasks.Saved.Should().BeEmpty();
        _unitOfWork.SaveCount.Should().Be(0);
    }

    [Fact]
    public async Task Handle_NoUserIdWithoutAuthentication_IsAValidationError()
    {
        var act = async () => await _handler.Handle(new StartTaskCommand(null, Description), CancellationToken.None);

        await act.Should().ThrowExactlyAsync<ValidationException>();
        _tasks.Saved.Should().BeEmpty();
    }

    [Fact]
    public async Task Handle_UnderOneRunningTask_LocksTheUserAndStopsTheirRunningTaskNow()
    {
        var running = _tasks.Seed(RunningTask(Utc(2023, 7, 16, 8)));
        var others = _tasks.Seed(RunningTask(Utc(2023, 7, 16, 8), userId: OtherUserId));
        var handler = new StartTaskHandler(
            _tasks, _unitOfWork, FakeCurrentUser.Unauthenticated, new TrackingOptions(RunningTaskPolicy.One), _clock);

        await handler.Handle(new StartTaskCommand(UserId, Description), CancellationToken.None);

        _tasks.LockedUsers.Should().Equal(UserId);
        running.EndTime.Should().Be(Utc(2023, 7, 16, 9, 30));
        others.IsRunning.Should().BeTrue();
        _tasks.Saved.Count(task => task.UserId == UserId && task.IsRunning).Should().Be(1);
    }

    [Fact]
    public async Task Handle_UnderManyRunningTasks_TakesNoLockAndStopsNothing()
    {
        var running = _tasks.Seed(RunningTask(Utc(2023, 7, 16, 8)));

        await _handler.Handle(new StartTaskCommand(UserId, Description), CancellationToken.None);

        _tasks.LockedUsers.Should().BeEmpty();
        running.IsRunning.Should().BeTrue();
    }
}
