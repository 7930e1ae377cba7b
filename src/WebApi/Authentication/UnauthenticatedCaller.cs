using TimeTracking.Application.Abstractions;

namespace TimeTracking.WebApi.Authentication;

/// <summary><c>Authentication:Mode=None</c>: nobody is identified, so every caller may act for any user, as in the seed.</summary>
internal sealed class UnauthenticatedCaller : ICurrentUser
{
    public long? Id => null;

    public bool MayActForAnyUser => true;
}
