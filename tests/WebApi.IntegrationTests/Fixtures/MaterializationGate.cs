using Microsoft.EntityFrameworkCore.Diagnostics;
using TimeTracking.Domain.Tasks;

namespace TimeTracking.WebApi.IntegrationTests.Fixtures;

/// <summary>
/// Counts the tasks EF Core builds from database rows and, once armed, holds the query on the row after a given
/// count until the test releases it: while it holds, the server has read no further, so whatever the client has
/// received by then was sent before the query ended.
/// </summary>
public sealed class MaterializationGate : IMaterializationInterceptor, IDisposable
{
    // Never hold a request forever, whatever the test does.
    private static readonly TimeSpan MaxHold = TimeSpan.FromSeconds(30);
    private readonly ManualResetEventSlim _released = new(initialState: true);
    private int _count;
    private int _holdAfter = int.MaxValue;

    /// <summary>Tasks built since the gate was last armed.</summary>
    public int Count => Volatile.Read(ref _count);

    public void HoldAfter(int rows)
    {
        _released.Reset();
        Volatile.Write(ref _count, 0);
        Volatile.Write(ref _holdAfter, rows);
    }

    public void Release()
    {
        Volatile.Write(ref _holdAfter, int.MaxValue);
        _released.Set();
    }

    public object InitializedInstance(MaterializationInterceptionData materializationData, object entity)
    {
        if (entity is TrackedTask && Interlocked.Increment(ref _count) > Volatile.Read(ref _holdAfter))
        {
            _released.Wait(MaxHold);
        }

        return entity;
    }

    public void Dispose() => _released.Dispose();
}
