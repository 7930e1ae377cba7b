using System.Data.Common;
using System.Net.Sockets;
using Npgsql;

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

    /// <summary>
    /// Whether <paramref name="exception"/> proves that no statement reached the database: the connection could not be
    /// opened (refused, no route to the host) or the server turned it away while starting up, shutting down or full.
    /// Everything else, a reset or a timeout included, may have struck after a statement arrived.
    /// </summary>
    public static bool NeverReached(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is SocketException { SocketErrorCode: var socketError } && ConnectOnlyErrors.Contains(socketError))
            {
                return true;
            }

            if (current is PostgresException { SqlState: var state } && ConnectionRefusals.Contains(state))
            {
                return true;
            }
        }

        return false;
    }

    // Errors a socket reports only while connecting.
    private static readonly HashSet<SocketError> ConnectOnlyErrors =
    [
        SocketError.ConnectionRefused, SocketError.HostUnreachable, SocketError.NetworkUnreachable,
        SocketError.HostNotFound, SocketError.AddressNotAvailable,
    ];

    // What PostgreSQL answers a connection it will not take: starting up, shutting down, in recovery, or full.
    private static readonly HashSet<string> ConnectionRefusals =
    [
        PostgresErrorCodes.CannotConnectNow, PostgresErrorCodes.TooManyConnections,
        PostgresErrorCodes.SqlClientUnableToEstablishSqlConnection,
        PostgresErrorCodes.SqlServerRejectedEstablishmentOfSqlConnection,
    ];
}
