using TimeTracking.Application.Abstractions;

namespace TimeTracking.Application.UnitTests.Fakes;

/// <summary>A caller the test names: an authenticated user, or nobody (the open mode).</summary>
internal sealed class FakeCurrentUser : ICurrentUser
{
    public long? Id { get; set; }

    public bool MayActForAnyUser => Id is null;
}
