using System.Data.Common;

namespace TimeTracking.Infrastructure.Persistence;

/// <summary>How the rest of the app recognises the database being away (refused, reset, timed out, shutting down).</summary>
public static class DatabaseFailures
{
    /// <summary>Whether <paramref name="exception"/>, or one it wraps, says the database could not be reached or answer.</summary>
    public static bool IsUnavailable(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is DbException { IsTransient: true } or TimeoutException)
            {
                return true;
            }
        }

        return false;
    }
}
