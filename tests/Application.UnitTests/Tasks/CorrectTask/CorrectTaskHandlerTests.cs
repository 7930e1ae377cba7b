using Microsoft.Extensions.Time.Testing;
using TimeTracking.Application.Exceptions;
using TimeTracking.Application.Tasks.CorrectTask;
using TimeTracking.Application.UnitTests.Fakes;
using static TimeTracking.Application.UnitTests.TestData;

namespace TimeTracking.Application.UnitTests.Tasks.CorrectTask;

public sealed class CorrectTaskHandlerTests
{
    private readonly FakeTimeProvider _clock = new(Utc(2023, 7, 18, 9));
    private readonly InMemoryTaskRepository _tasks = new();
    private readonly FakeUnitOfWork _unitOfWork;

    public CorrectTaskHandlerTests() => _unitOfWork = new FakeUnitOfWork(_tasks);

    [Fact]
    public async Task Handle_AtTheExpectedVersion_CorrectsAndAnswersTheNextVersion()
    {
        var task = _tasks.Seed(StoppedTask(Utc(2023, 7, 17, 8), Utc(2023, 7, 17, 9)));

        var corrected = await Handler(FakeCurrentUser.Unauthenticated).Handle(
            new CorrectTaskCommand(task.Id, "Planning", null, null, [task.Version]), CancellationToken.None);

        corrected.Task.Description.Should().Be("Planning");
        corrected.Version.Should().Be(task.Version);
        task.Description.Should().Be("Planning");
        _unitOfWork.SaveCount.Should().Be(1);
    }

    [Fact]
    public async Task Handle_AtAnotherVersion_ThrowsPreconditionFailedAndChangesNothing()
    {
        var task = _tasks.Seed(StoppedTask(Utc(2023, 7, 17, 8), Utc(2023, 7, 17, 9)));

        var act = async () => await Handler(FakeCurrentUser.Unauthenticated).Handle(
            new CorrectTaskCommand(task.Id, "Planning", null, null, [task.Version + 1]), CancellationToken.None);

        await act.Should().ThrowExactlyAsync<PreconditionFailedException>();
        task.Description.Should().Be(Description);
        _unitOfWork.SaveCount.Should().Be(0);
    }

    [Fact]
    public async Task Handle_WithAnEmptyListOfVersions_MatchesNothing()
    {
        var task = _tasks.Seed(RunningTask(Utc(2023, 7, 18, 8)));

        var act = async () => await Handler(FakeCurrentUser.Unauthenticated).Handle(
            new CorrectTaskCommand(task.Id, "Planning", null, null, []), CancellationToken.None);

        await act.Should().ThrowExactlyAsync<PreconditionFailedException>();
    }

    [Fact]
    public async Task Handle_AnotherUsersTask_ThrowsNotFound()
    {
        var task = _tasks.Seed(RunningTask(Utc(2023, 7, 18, 8), userId: OtherUserId));

        var act = async () => await Handler(FakeCurrentUser.User(UserId)).Handle(
            new CorrectTaskCommand(task.Id, "Mine now", null, null), CancellationToken.None);

        await act.Should().ThrowExactlyAsync<NotFoundException>();
        task.Description.Should().Be(Description);
    }

    [Fact]
    public void Validate_BlankDescription_FailsButNoDescriptionPasses()
    {
        var validator = new CorrectTaskValidator();

        validator.Validate(new CorrectTaskCommand(1, " ", null, null)).Errors.Select(failure => failure.PropertyName)
            .Should().Equal("Description");
        validator.Validate(new CorrectTaskCommand(1, null, null, null)).IsValid.Should().BeTrue();
    }

    private CorrectTaskHandler Handler(FakeCurrentUser caller) => new(_tasks, _unitOfWork, caller, _clock);
}
