using TimeTracking.Application.Abstractions;

namespace TimeTracking.Application.UnitTests.Fakes;

internal sealed record FakeCurrentUser(long? Id, bool MayActForAnyUser) : ICurrentUser
{
    /// <summary>No authentication: nobody is identified and anybody may act for any user, as in the seed.</summary>
    public static FakeCurrentUser Unauthenticated { get; } = new(null, MayActForAnyUser: true);

    public static FakeCurrentUser User(long id) => new(id, MayActForAnyUser: false);

    public static FakeCurrentUser Admin(long id) => new(id, MayActForAnyUser: true);
}
