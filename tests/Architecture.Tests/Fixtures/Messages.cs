using Mediator;

namespace TimeTracking.Architecture.Tests.Fixtures.Messages;

public sealed record PingCommand : ICommand<int>;

public sealed record PingQuery : IQuery<int>;
