using System.Reflection;
using TimeTracking.Application.Abstractions;
using TimeTracking.Domain.Tasks;
using TimeTracking.Domain.Time;

namespace TimeTracking.Application.UnitTests.Fakes;

/// <summary>
/// A repository over a list. Added tasks get their id when the unit of work saves, as with a database identity
/// column; queries apply the domain's own <see cref="TrackedTask.BelongsTo"/> rule and record what they were asked.
/// </summary>
internal sealed class InMemoryTaskRepository : ITaskRepository
{
    private static readonly PropertyInfo IdProperty = typeof(TrackedTask).GetProperty(nameof(TrackedTask.Id))!;

    private readonly List<TrackedTask> _pending = [];
    private readonly List<TrackedTask> _saved = [];
    private long _lastId;

    public IReadOnlyList<TrackedTask> Saved => _saved;

    /// <summary>The arguments of the last <see cref="ListForWindowAsync"/> call, or null when there was none.</summary>
    public WindowRequest? LastWindowRequest { get; private set; }

    public void Add(TrackedTask task) => _pending.Add(task);

    public Task<TrackedTask?> FindAsync(long id, CancellationToken cancellationToken) =>
        Task.FromResult(_saved.SingleOrDefault(task => task.Id == id));

    /// <summary>Makes <see cref="TryStopAsync"/> behave as if another request had stopped the task just before.</summary>
    public bool LoseStopRaces { get; set; }

    public Task<bool> TryStopAsync(long id, long? onlyUser, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var stoppable = TrackedTask.StoppableAt(at).Compile();
        var task = _saved.SingleOrDefault(task => task.Id == id && (onlyUser is null || task.UserId == onlyUser));
        if (task is null || LoseStopRaces || !stoppable(task))
        {
            return Task.FromResult(false);
        }

        task.Stop(at);
        return Task.FromResult(true);
    }

    public Task<IReadOnlyList<TrackedTask>> ListForWindowAsync(
        long userId, TimeWindow window, DateTimeOffset now, CancellationToken cancellationToken)
    {
        LastWindowRequest = new WindowRequest(userId, window, now);
        WindowRequestCount++;
        var belongs = TrackedTask.BelongsTo(window, now).Compile();
        IReadOnlyList<TrackedTask> onDay =
            [.. _saved.Where(task => task.UserId == userId).Where(belongs).OrderBy(task => task.StartTime)];
        return Task.FromResult(onDay);
    }

    /// <summary>The users whose tasks were locked, in order.</summary>
    public List<long> LockedUsers { get; } = [];

    public Task LockTasksOfAsync(long userId, CancellationToken cancellationToken)
    {
        LockedUsers.Add(userId);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<TrackedTask>> ListRunningAsync(long userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        IReadOnlyList<TrackedTask> running =
            [.. _saved.Where(task => task.UserId == userId && task.IsRunning).OrderBy(task => task.StartTime).ThenBy(task => task.Id)];
        return Task.FromResult(running);
    }

    /// <summary>How many times <see cref="ListForWindowAsync"/> was called.</summary>
    public int WindowRequestCount { get; private set; }

    /// <summary>Makes <see cref="RemoveAsync"/> behave as if another request had deleted the task just before.</summary>
    public bool LoseRemoveRaces { get; set; }

    public Task<bool> RemoveAsync(long id, CancellationToken cancellationToken)
    {
        var removed = _saved.RemoveAll(task => task.Id == id) > 0;
        return Task.FromResult(removed && !LoseRemoveRaces);
    }

    /// <summary>The arguments of the last <see cref="StreamForWindow"/> call, or null when there was none.</summary>
    public StreamRequest? LastStreamRequest { get; private set; }

    /// <summary>How many tasks the streams have handed out so far: what a database would have read.</summary>
    public int StreamedCount { get; private set; }

    public IAsyncEnumerable<TrackedTask> StreamForWindow(
        long userId, TimeWindow window, DateTimeOffset now, TaskPosition? after = null, int? limit = null)
    {
        LastStreamRequest = new StreamRequest(userId, window, now, after, limit);
        var belongs = TrackedTask.BelongsTo(window, now).Compile();
        var inWindow = _saved.Where(task => task.UserId == userId).Where(belongs)
            .Where(task => after is not { } position
                || task.StartTime > position.StartTime || (task.StartTime == position.StartTime && task.Id > position.Id))
            .OrderBy(task => task.StartTime).ThenBy(task => task.Id);
        return Lazily(limit is { } count ? inWindow.Take(count) : inWindow);
    }

    /// <summary>Stores a task as if it had been added and saved earlier; returns it with its id.</summary>
    public TrackedTask Seed(TrackedTask task)
    {
        Add(task);
        SavePending();
        return task;
    }

    public void SavePending()
    {
        foreach (var task in _pending)
        {
            IdProperty.SetValue(task, ++_lastId);
            _saved.Add(task);
        }

        _pending.Clear();
    }

    // Evaluated as it is enumerated, like a database reader, and counting what it hands out.
    private async IAsyncEnumerable<TrackedTask> Lazily(IEnumerable<TrackedTask> tasks)
    {
        foreach (var task in tasks.ToList())
        {
            await Task.Yield();
            StreamedCount++;
            yield return task;
        }
    }
}

internal sealed record WindowRequest(long UserId, TimeWindow Window, DateTimeOffset Now);

internal sealed record StreamRequest(long UserId, TimeWindow Window, DateTimeOffset Now, TaskPosition? After, int? Limit);
