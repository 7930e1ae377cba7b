using Mediator;

namespace TimeTracking.Application.Idempotency;

/// <summary>
/// A command that a client may safely send more than once: with the same <see cref="IdempotencyKey"/> and content,
/// it takes effect once and every repeat is answered with the first answer (<see cref="Behaviors.IdempotencyBehavior{TMessage,TResponse}"/>).
/// </summary>
/// <remarks>
/// The key comes from the <c>Idempotency-Key</c> header, never from the body: implement the property with
/// <c>[JsonIgnore]</c>, and the host sets it with <c>command with { IdempotencyKey = key }</c>. Everything else the
/// command serialises to is its content, which a repeat must match.
/// </remarks>
public interface IIdempotentCommand : IBaseCommand
{
    /// <summary>The client's key for this request, or null when it sent none (then nothing changes).</summary>
    string? IdempotencyKey { get; }
}
