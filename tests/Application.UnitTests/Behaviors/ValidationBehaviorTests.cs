using FluentValidation;
using TimeTracking.Application.Behaviors;
using TimeTracking.Application.Tasks;
using TimeTracking.Application.Tasks.StartTask;
using static TimeTracking.Application.UnitTests.TestData;

namespace TimeTracking.Application.UnitTests.Behaviors;

public sealed class ValidationBehaviorTests
{
    private static TaskReference Answer { get; } = new(17);

    private int _nextCalls;

    private ValueTask<TaskReference> Next(StartTaskCommand command, CancellationToken cancellationToken)
    {
        _nextCalls++;
        return ValueTask.FromResult(Answer);
    }

    private static ValidationBehavior<StartTaskCommand, TaskReference> Behavior(params IValidator<StartTaskCommand>[] validators) =>
        new(validators);

    [Fact]
    public async Task Handle_InvalidMessage_ThrowsValidationExceptionWithEveryFailure()
    {
        var behavior = Behavior(new StartTaskValidator());

        var act = async () => await behavior.Handle(new StartTaskCommand(0, " "), Next, CancellationToken.None);

        var thrown = await act.Should().ThrowExactlyAsync<ValidationException>();
        thrown.Which.Errors.Select(failure => failure.PropertyName).Should().BeEquivalentTo("UserId", "Description");
    }

    [Fact]
    public async Task Handle_SeveralValidators_ReportsFailuresOfAllOfThem()
    {
        var first = new InlineValidator<StartTaskCommand>();
        first.RuleFor(command => command.UserId).LessThan(0);
        var second = new InlineValidator<StartTaskCommand>();
        second.RuleFor(command => command.Description).Empty();
        var behavior = Behavior(first, second);

        var act = async () => await behavior.Handle(ValidStartTask(), Next, CancellationToken.None);

        var thrown = await act.Should().ThrowExactlyAsync<ValidationException>();
        thrown.Which.Errors.Select(failure => failure.PropertyName).Should().BeEquivalentTo("UserId", "Description");
    }

    [Fact]
    public async Task Handle_InvalidMessage_DoesNotCallNext()
    {
        var behavior = Behavior(new StartTaskValidator());

        await Record.ExceptionAsync(async () => await behavior.Handle(new StartTaskCommand(0, " "), Next, CancellationToken.None));

        _nextCalls.Should().Be(0);
    }

    [Fact]
    public async Task Handle_ValidMessage_CallsNextOnceAndReturnsItsAnswer()
    {
        var behavior = Behavior(new StartTaskValidator());

        var answer = await behavior.Handle(ValidStartTask(), Next, CancellationToken.None);

        answer.Should().BeSameAs(Answer);
        _nextCalls.Should().Be(1);
    }

    [Fact]
    public async Task Handle_NoValidators_CallsNext()
    {
        var behavior = Behavior();

        var answer = await behavior.Handle(new StartTaskCommand(0, " "), Next, CancellationToken.None);

        answer.Should().BeSameAs(Answer);
    }
}
