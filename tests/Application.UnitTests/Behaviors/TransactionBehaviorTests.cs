using TimeTracking.Application.Behaviors;
using TimeTracking.Application.Tasks;
using TimeTracking.Application.Tasks.DeleteTask;
using TimeTracking.Application.Tasks.StopTask;
using TimeTracking.Application.UnitTests.Fakes;
using static TimeTracking.Application.UnitTests.TestData;

namespace TimeTracking.Application.UnitTests.Behaviors;

public sealed class TransactionBehaviorTests
{
    private readonly FakeUnitOfWork _unitOfWork = new(new InMemoryTaskRepository());

    [Fact]
    public async Task Handle_Command_RunsTheHandlerInsideOneTransactionAndReturnsItsAnswer()
    {
        var behavior = new TransactionBehavior<DeleteTaskCommand, Mediator.Unit>(_unitOfWork);
        var transactionsSeenByHandler = -1;

        var answer = await behavior.Handle(
            new DeleteTaskCommand(1),
            (_, _) =>
            {
                transactionsSeenByHandler = _unitOfWork.TransactionCount;
                return ValueTask.FromResult(Mediator.Unit.Value);
            },
            CancellationToken.None);

        answer.Should().Be(Mediator.Unit.Value);
        transactionsSeenByHandler.Should().Be(1, "the handler runs inside the transaction");
        _unitOfWork.SingleWriteCount.Should().Be(0);
    }

    [Fact]
    public async Task Handle_SingleWriteCommand_RunsTheHandlerWithoutATransactionAndReturnsItsAnswer()
    {
        var behavior = new TransactionBehavior<StopTaskCommand, TaskReference>(_unitOfWork);
        var singleWritesSeenByHandler = -1;

        var answer = await behavior.Handle(
            ValidStopTask(),
            (_, _) =>
            {
                singleWritesSeenByHandler = _unitOfWork.SingleWriteCount;
                return ValueTask.FromResult(new TaskReference(5));
            },
            CancellationToken.None);

        answer.Should().Be(new TaskReference(5));
        singleWritesSeenByHandler.Should().Be(1, "the handler runs as one single write");
        _unitOfWork.TransactionCount.Should().Be(0);
    }
}
