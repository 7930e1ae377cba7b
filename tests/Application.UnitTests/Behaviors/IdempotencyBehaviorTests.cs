using Microsoft.Extensions.Time.Testing;
using TimeTracking.Application.Behaviors;
using TimeTracking.Application.Exceptions;
using TimeTracking.Application.Idempotency;
using TimeTracking.Application.Tasks;
using TimeTracking.Application.Tasks.StartTask;
using TimeTracking.Application.UnitTests.Fakes;
using static TimeTracking.Application.UnitTests.TestData;

namespace TimeTracking.Application.UnitTests.Behaviors;

public sealed class IdempotencyBehaviorTests
{
    private const string Key = "8e03978e-40d5-43e8-bc93-6894a57f9324";
    private static readonly IdempotencyOptions Options = new();

    private readonly FakeTimeProvider _clock = new(Utc(2023, 7, 18, 9));
    private readonly InMemoryIdempotencyStore _store = new();
    private readonly FakeUnitOfWork _unitOfWork = new(new InMemoryTaskRepository());
    private FakeCurrentUser _caller = FakeCurrentUser.Unauthenticated;
    private readonly IdempotencyOutcome _outcome = new();
    private int _handlerRuns;

    /// <summary>Stands in for the handler: each run is a new effect with a new id.</summary>
    private Func<StartTaskCommand, CancellationToken, ValueTask<TaskReference>> Handler { get; set; }

    public IdempotencyBehaviorTests() =>
        Handler = (_, _) => ValueTask.FromResult(new TaskReference(++_handlerRuns));

    private IdempotencyBehavior<StartTaskCommand, TaskReference> Behavior() =>
        new(_store, _unitOfWork, _caller, _outcome, Options, _clock);

    private ValueTask<TaskReference> SendAsync(StartTaskCommand command) =>
        Behavior().Handle(command, (message, cancellationToken) => Handler(message, cancellationToken), CancellationToken.None);

    private static StartTaskCommand Keyed(string key = Key) => ValidStartTask() with { IdempotencyKey = key };

    private IdempotencyRecord StoredRecord => _store[IdempotencyScope.Anonymous, Key]!;

    private IdempotencyRecord InFlight(StartTaskCommand command, DateTimeOffset lockedUntil) => new()
    {
        Scope = IdempotencyScope.Anonymous,
        Key = command.IdempotencyKey!,
        Fingerprint = IdempotencyFingerprint.Of(command),
        LeaseToken = Guid.NewGuid(),
        LockedUntil = lockedUntil,
        ExpiresAt = _clock.GetUtcNow() + Options.Retention,
    };

    private static IdempotencyRecord WithLease(IdempotencyRecord record, Guid leaseToken) => new()
    {
        Scope = record.Scope,
        Key = record.Key,
        Fingerprint = record.Fingerprint,
        LeaseToken = leaseToken,
        LockedUntil = record.LockedUntil,
        ExpiresAt = record.ExpiresAt,
        Response = record.Response,
    };

    [Fact]
    public async Task Handle_WithoutKey_RunsTheHandlerAndStoresNothing()
    {
        await SendAsync(ValidStartTask());
        await SendAsync(ValidStartTask());

        _handlerRuns.Should().Be(2);
        _store.Records.Should().BeEmpty();
        _unitOfWork.TransactionCount.Should().Be(0, "without a key the transaction behaviour further in is in charge");
    }

    [Fact]
    public async Task Handle_FirstRequestWithKey_RunsTheHandlerInATransactionAndStoresItsAnswer()
    {
        var answer = await SendAsync(Keyed());

        answer.Should().Be(new TaskReference(1));
        _unitOfWork.TransactionCount.Should().Be(1);
        StoredRecord.IsCompleted.Should().BeTrue();
        StoredRecord.LockedUntil.Should().BeNull();
        StoredRecord.ExpiresAt.Should().Be(_clock.GetUtcNow() + Options.Retention);
        _outcome.IsReplay.Should().BeFalse();
    }

    [Fact]
    public async Task Handle_SameKeyAndContent_ReplaysTheFirstAnswerWithoutRunningTheHandler()
    {
        var first = await SendAsync(Keyed());
        _clock.Advance(TimeSpan.FromHours(23));

        var repeat = await SendAsync(Keyed());

        repeat.Should().Be(first);
        _handlerRuns.Should().Be(1);
        _outcome.IsReplay.Should().BeTrue();
    }

    [Fact]
    public async Task Handle_SameKeyOtherContent_ThrowsReusedAndRunsNothing()
    {
        await SendAsync(Keyed());

        var send = async () => await SendAsync(Keyed() with { Description = "Something else" });

        await send.Should().ThrowExactlyAsync<IdempotencyKeyReusedException>();
        _handlerRuns.Should().Be(1);
    }

    [Fact]
    public async Task Handle_SameKeyWhileTheFirstIsInFlight_ThrowsInFlight()
    {
        _store.Seed(InFlight(Keyed(), lockedUntil: _clock.GetUtcNow() + Options.Lease));

        var send = async () => await SendAsync(Keyed());

        await send.Should().ThrowExactlyAsync<IdempotencyKeyInFlightException>();
        _handlerRuns.Should().Be(0);
    }

    [Fact]
    public async Task Handle_InFlightWithAnExpiredLease_TakesTheKeyOverAndRuns()
    {
        var crashed = InFlight(Keyed(), lockedUntil: _clock.GetUtcNow() + Options.Lease);
        _store.Seed(crashed);
        _clock.Advance(Options.Lease);

        var answer = await SendAsync(Keyed());

        answer.Should().Be(new TaskReference(1));
        StoredRecord.LeaseToken.Should().NotBe(crashed.LeaseToken);
        StoredRecord.IsCompleted.Should().BeTrue();
    }

    [Fact]
    public async Task Handle_InFlightWithAnExpiredLeaseButOtherContent_ThrowsReused()
    {
        _store.Seed(InFlight(Keyed(), lockedUntil: _clock.GetUtcNow() + Options.Lease));
        _clock.Advance(Options.Lease);

        var send = async () => await SendAsync(Keyed() with { Description = "Something else" });

        await send.Should().ThrowExactlyAsync<IdempotencyKeyReusedException>();
    }

    [Fact]
    public async Task Handle_SameKeyAfterRetention_RunsAgainAsANewRequest()
    {
        await SendAsync(Keyed());
        _clock.Advance(Options.Retention);

        var answer = await SendAsync(Keyed());

        answer.Should().Be(new TaskReference(2));
        _outcome.IsReplay.Should().BeFalse();
        StoredRecord.ExpiresAt.Should().Be(_clock.GetUtcNow() + Options.Retention);
    }

    [Fact]
    public async Task Handle_ExpiredKeyWithOtherContent_IsAcceptedAsUnused()
    {
        await SendAsync(Keyed());
        _clock.Advance(Options.Retention + TimeSpan.FromSeconds(1));

        var answer = await SendAsync(Keyed() with { Description = "Something else" });

        answer.Should().Be(new TaskReference(2));
    }

    [Fact]
    public async Task Handle_HandlerFails_StoresNothingAndReleasesTheKeySoARetryRuns()
    {
        Handler = (_, _) => throw new NotFoundException("Task", 1);

        var failing = async () => await SendAsync(Keyed());
        await failing.Should().ThrowExactlyAsync<NotFoundException>();
        _store.Records.Should().BeEmpty();

        Handler = (_, _) => ValueTask.FromResult(new TaskReference(++_handlerRuns));
        var retry = await SendAsync(Keyed());

        retry.Should().Be(new TaskReference(1));
        _outcome.IsReplay.Should().BeFalse();
    }

    [Fact]
    public async Task Handle_SameKeyFromAnotherCaller_IsAnotherKey()
    {
        _caller = FakeCurrentUser.User(7);
        var mine = await SendAsync(Keyed());
        _caller = FakeCurrentUser.User(8);

        var theirs = await SendAsync(Keyed() with { Description = "Something else" });

        theirs.Should().NotBe(mine);
        _store.Records.Select(record => record.Scope).Should().BeEquivalentTo([7L, 8L]);
    }

    [Fact]
    public async Task Handle_UnidentifiedCaller_KeepsKeysInTheAnonymousScope()
    {
        _caller = FakeCurrentUser.Unauthenticated;

        await SendAsync(Keyed());

        _store.Records.Should().ContainSingle().Which.Scope.Should().Be(IdempotencyScope.Anonymous);
    }

    [Fact]
    public async Task Handle_LeaseTakenOverWhileRunning_ThrowsInFlightAndLeavesTheKeyToTheNewOwner()
    {
        var takeover = Guid.NewGuid();
        Handler = (_, _) =>
        {
            // While this attempt runs past its lease, a repeat takes the key over.
            _store.Seed(WithLease(StoredRecord, takeover));
            return ValueTask.FromResult(new TaskReference(++_handlerRuns));
        };

        var send = async () => await SendAsync(Keyed());

        await send.Should().ThrowExactlyAsync<IdempotencyKeyInFlightException>();
        StoredRecord.LeaseToken.Should().Be(takeover);
        StoredRecord.IsCompleted.Should().BeFalse();
        _store.ReleaseCount.Should().Be(0, "the key is no longer ours to release");
    }

    [Fact]
    public async Task Handle_CommitOutcomeUnknownButTheAnswerWasStored_ReturnsTheAnswer()
    {
        _unitOfWork.FailNextCommitWith = new CommitOutcomeUnknownException(new TimeoutException());

        var answer = await SendAsync(Keyed());

        answer.Should().Be(new TaskReference(1));
        StoredRecord.IsCompleted.Should().BeTrue();
    }

    [Fact]
    public async Task Handle_CommitOutcomeUnknownAndNothingStored_RethrowsAndReleasesTheKey()
    {
        _unitOfWork.FailNextCommitWith = new CommitOutcomeUnknownException(new TimeoutException());
        Handler = (_, _) =>
        {
            // As if the commit never landed: the transaction's writes, the stored answer among them, are undone.
            var claim = StoredRecord;
            _unitOfWork.RollBack = () => _store.Seed(claim);
            return ValueTask.FromResult(new TaskReference(++_handlerRuns));
        };

        var send = async () => await SendAsync(Keyed());

        await send.Should().ThrowExactlyAsync<CommitOutcomeUnknownException>();
        _store.ReleaseCount.Should().Be(1);
        _store.Records.Should().BeEmpty();
    }

    [Fact]
    public void Fingerprint_LeavesOutTheKeyAndKeepsTheContent()
    {
        IdempotencyFingerprint.Of(Keyed("a")).Should().Be(IdempotencyFingerprint.Of(Keyed("b")));
        IdempotencyFingerprint.Of(Keyed()).Should().NotBe(IdempotencyFingerprint.Of(Keyed() with { UserId = UserId + 1 }));
        IdempotencyFingerprint.Of(Keyed()).Should().MatchRegex("^[0-9a-f]{64}$");
    }
}
