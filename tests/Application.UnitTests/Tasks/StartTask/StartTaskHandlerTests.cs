using Microsoft.Extensions.Time.Testing;
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
        _handler = new StartTaskHandler(_tasks, _unitOfWork, _clock);
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
}
