using FluentValidation;
using FluentValidation.Results;
using TimeTracking.Application.Abstractions;
using TimeTracking.Application.Exceptions;

namespace TimeTracking.Application.Authorization;

/// <summary>
/// Who may act for whom. The seed's <c>user_id</c> fields stay in the contract; once callers are authenticated they
/// must name the caller or be left out, unless the caller may act for any user.
/// </summary>
public static class CurrentUserRules
{
    /// <summary>Whether the caller may see or change what belongs to <paramref name="userId"/>.</summary>
    public static bool MayActFor(this ICurrentUser caller, long userId)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.MayActForAnyUser || caller.Id == userId;
    }

    /// <summary>
    /// The one user whose tasks the caller may see or change, or null when the caller may act for any user: the filter a
    /// single statement applies instead of <see cref="MayActFor"/>.
    /// </summary>
    public static long? OnlyUser(this ICurrentUser caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.MayActForAnyUser ? null : caller.Id ?? throw new InvalidOperationException("An identified caller has no id.");
    }

    /// <summary>
    /// The user a message acts for: the one it names, or the caller when it names none. Throws
    /// <see cref="ValidationException"/> when neither is known and <see cref="ForbiddenException"/> when the caller
    /// names somebody else without the right to.
    /// </summary>
    public static long ActingUserId(this ICurrentUser caller, long? requested)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return (requested, caller.Id) switch
        {
            (null, null) => throw new ValidationException(
                [new ValidationFailure("UserId", "user_id is required and must be a positive integer.")]),
            (null, { } self) => self,
            ({ } named, _) when caller.MayActFor(named) => named,
            ({ } named, _) => throw new ForbiddenException(
                $"This caller may act only for user {caller.Id}, not for user {named}; omit user_id or send your own."),
        };
    }
}
