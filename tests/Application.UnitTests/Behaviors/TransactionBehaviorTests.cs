using TimeTracking.Application.Behaviors;
using TimeTracking.Application.Tasks;
using TimeTracking.Application.Tasks.StopTask;
using TimeTracking.Application.UnitTests.Fakes;
using static TimeTracking.Application.UnitTests.TestData;

namespace TimeTracking.Application.UnitTests.Behaviors;

public sealed class TransactionBehaviorTests
{
    private readonly FakeUnitOfWork _unitOfWork = new(new InMemoryTaskRepository());

    [Fact]
    public async Task Handle_RunsTheHandlerInsideOneTransactionAndReturnsItsAnswer()
    {
        var behavior = new TransactionBehavior<StopTaskCommand, TaskReference>(_unitOfWork);
        var transactionsSeenByHandler = -1;

        var answer = await behavior.Handle(
            ValidStopTask(),
            (_, _) =>
            {
                transactionsSeenByHandler = _unitOfWork.TransactionCount;
                return ValueTask.FromResult(new TaskReference(5));
            },
            CancellationToken.None);

        answer.Should().Be(new TaskReference(5));
        transactionsSeenByHandler.Should().Be(1, "the handler runs inside the transaction");
        _unitOfWork.TransactionCount.Should().Be(1);
    }
}
