using FluentValidation;
using Mediator;
using TimeTracking.Architecture.Tests.Fixtures.Messages;

namespace TimeTracking.Architecture.Tests.Fixtures.Elsewhere;

// Types that break every use-case convention, for ConventionRuleControlTests. Never registered anywhere.

public class PingProcessor : ICommandHandler<PingCommand, int>
{
    public ValueTask<int> Handle(PingCommand command, CancellationToken cancellationToken) => ValueTask.FromResult(1);
}

public class PingQueryAnswerer : IQueryHandler<PingQuery, int>
{
    public ValueTask<int> Handle(PingQuery query, CancellationToken cancellationToken) => ValueTask.FromResult(1);
}

public class PingChecker : AbstractValidator<PingCommand>;
