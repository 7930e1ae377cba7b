using FluentValidation;
using Microsoft.Extensions.Time.Testing;
using TimeTracking.Application.Exceptions;
using TimeTracking.Application.Tasks;
using TimeTracking.Application.Tasks.RecordTask;
using TimeTracking.Application.UnitTests.Fakes;
using TimeTracking.Domain.Tasks;
using static TimeTracking.Application.UnitTests.TestData;

namespace TimeTracking.Application.UnitTests.Tasks.RecordTask;

public sealed class RecordTaskHandlerTests
{
    private readonly FakeTimeProvider _clock = new(Utc(2023, 7, 18, 9));
    private readonly InMemoryTaskRepository _tasks = new();
    private readonly FakeUnitOfWork _unitOfWork;

    public RecordTaskHandlerTests() => _unitOfWork = new FakeUnitOfWork(_tasks);

    [Fact]
    public async Task Handle_PastEntry_StoresItStoppedAndAnswersVersionOne()
    {
        var recorded = await Handler(FakeCurrentUser.Unauthenticated).Handle(
            new RecordTaskCommand(UserId, Description, Utc(2023, 7, 17, 8), Utc(2023, 7, 17, 9)), CancellationToken.None);

        var stored = _tasks.Saved.Should().ContainSingle().Subject;
        stored.EndTime.Should().Be(Utc(2023, 7, 17, 9));
        recorded.Version.Should().Be(1);
        recorded.Task.TimeSpent.Should().Be(3600);
        _unitOfWork.SaveCount.Should().Be(1);
    }

    [Fact]
    public async Task Handle_NoUserIdFromAUser_EntersTheCallersTask()
    {
        await Handler(FakeCurrentUser.User(UserId)).Handle(
            new RecordTaskCommand(null, Description, Utc(2023, 7, 18, 8)), CancellationToken.None);

        _tasks.Saved.Should().ContainSingle().Which.UserId.Should().Be(UserId);
    }

    [Fact]
    public async Task Handle_AnotherUsersIdFromAUser_IsForbiddenAndStoresNothing()
    {
        var act = async () => await Handler(FakeCurrentUser.User(UserId)).Handle(
            new RecordTaskCommand(OtherUserId, Description, Utc(2023, 7, 18, 8)), CancellationToken.None);

        await act.Should().ThrowExactlyAsync<ForbiddenException>();
        _tasks.Saved.Should().BeEmpty();
    }

    [Fact]
    public async Task Handle_AFutureStart_IsRefusedByTheTaskAndStoresNothing()
    {
        var act = async () => await Handler(FakeCurrentUser.Unauthenticated).Handle(
            new RecordTaskCommand(UserId, Description, Utc(2023, 7, 18, 10)), CancellationToken.None);

        (await act.Should().ThrowExactlyAsync<InvalidTaskTimesException>()).Which.Property.Should().Be("StartTime");
        _tasks.Saved.Should().BeEmpty();
        _unitOfWork.SaveCount.Should().Be(0);
    }

    [Fact]
    public void Validate_NoStart_FailsOnStartTime()
    {
        var result = new RecordTaskValidator().Validate(new RecordTaskCommand(UserId, Description, null));

        result.Errors.Select(failure => failure.PropertyName).Should().Equal("StartTime");
    }

    [Fact]
    public void Validate_BlankDescriptionAndBadKey_FailOnBoth()
    {
        var command = new RecordTaskCommand(UserId, " ", Utc(2023, 7, 18, 8)) { IdempotencyKey = "" };

        var validate = () => new RecordTaskValidator().ValidateAndThrow(command);

        validate.Should().Throw<ValidationException>().Which.Errors.Select(failure => failure.PropertyName)
            .Should().BeEquivalentTo("Description", "Idempotency-Key");
    }

    private RecordTaskHandler Handler(FakeCurrentUser caller) => new(_tasks, _unitOfWork, caller, new TrackingOptions(), _clock);
}
