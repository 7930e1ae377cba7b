using System.Text;
using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using TimeTracking.Application.Exceptions;
using TimeTracking.Application.Idempotency;
using TimeTracking.Domain.Common;
using TimeTracking.Domain.Tasks;
using TimeTracking.Infrastructure.Persistence;

namespace TimeTracking.WebApi.Errors;

/// <summary>
/// The one place where outcomes become HTTP: every exception leaves as an RFC 9457 problem document. Anything not
/// listed here is a bug of ours, logged and answered with a 500 that shows no internals.
/// </summary>
internal sealed partial class ProblemExceptionHandler(
    IProblemDetailsService problemDetails, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            return true; // The client left; nobody is there to read an answer.
        }

        var problem = exception switch
        {
            ValidationException validation => ToProblem(validation),
            NotFoundException => Problem(StatusCodes.Status404NotFound, "Not found", exception.Message),
            ForbiddenException => Problem(StatusCodes.Status403Forbidden, "Forbidden", exception.Message),
            PreconditionFailedException => Problem(StatusCodes.Status412PreconditionFailed, "The task has changed", exception.Message),
            InvalidTaskTimesException times => ToProblem(new ValidationException([new ValidationFailure(times.Property, times.Message)])),
            DomainException or ConcurrencyConflictException =>
                Problem(StatusCodes.Status409Conflict, "Conflict with the task's current state", exception.Message),
            BadHttpRequestException badRequest => Problem(badRequest.StatusCode, "Bad request", badRequest.Message),
            // Thrown while MVC transcodes a body declared as, say, UTF-16 that is no such thing.
            DecoderFallbackException => new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                [RequestProblems.BodyKey] = ["The request body is not valid text in the charset its Content-Type declares."],
            })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = RequestProblems.ValidationTitle,
                Detail = RequestProblems.ValidationDetail,
            },
            IdempotencyKeyReusedException => Problem(
                StatusCodes.Status422UnprocessableEntity, "Idempotency-Key reused for a different request", exception.Message),
            IdempotencyKeyInFlightException => InFlight(httpContext, exception),
            CommitOutcomeUnknownException => OutcomeUnknown(httpContext, exception),
            _ when DatabaseFailures.IsUnavailable(exception) => Unavailable(httpContext, exception),
            _ => null,
        };

        if (problem is null)
        {
            LogUnexpected(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
            problem = Problem(StatusCodes.Status500InternalServerError, "An unexpected error occurred", null);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    // A database that cannot be reached (refused, reset, timed out, shutting down) makes the service unavailable for
    // a while; that is no bug of ours, and the client should hear when to try again. Transient failures before a
    // commit were already retried (briefly) and rolled back, so nothing was changed.
    private ProblemDetails Unavailable(HttpContext httpContext, Exception exception)
    {
        LogDatabaseUnavailable(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds;
        return Problem(
            StatusCodes.Status503ServiceUnavailable,
            "The database is unavailable",
            $"Nothing was changed. Try again in {RetryAfterSeconds} seconds.");
    }

    private static ProblemDetails InFlight(HttpContext httpContext, Exception exception)
    {
        httpContext.Response.Headers.RetryAfter = InFlightRetryAfterSeconds;
        return Problem(StatusCodes.Status409Conflict, "A request with this Idempotency-Key is in progress", exception.Message);
    }

    // The connection failed once the change had been sent (its statement, or the COMMIT): it may have been made. The
    // idempotency key is how a client finds out safely, so the detail says to use it.
    private ProblemDetails OutcomeUnknown(HttpContext httpContext, Exception exception)
    {
        LogOutcomeUnknown(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds;
        return Problem(
            StatusCodes.Status503ServiceUnavailable,
            "The outcome is unknown",
            "The database connection failed after the change was sent, so it may or may not have been made. " +
            "Retry with the same Idempotency-Key: you get the first answer if it was made, and it is made once if not. " +
            "Without a key, look before you retry.");
    }

    private static ProblemDetails Problem(int status, string title, string? detail) =>
        new() { Status = status, Title = title, Detail = detail };

    private static HttpValidationProblemDetails ToProblem(ValidationException validation)
    {
        var errors = validation.Errors
            .GroupBy(failure => ClientName(failure.PropertyName))
            .ToDictionary(group => group.Key, group => group.Select(failure => failure.ErrorMessage).ToArray());
        return new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = RequestProblems.ValidationTitle,
            Detail = RequestProblems.ValidationDetail,
        };
    }

    // Fields as the client spells them: body fields in snake_case, a header by its own name.
    private static string ClientName(string propertyName) =>
        propertyName == IdempotencyKeys.HeaderName ? propertyName : JsonNamingPolicy.SnakeCaseLower.ConvertName(propertyName);

    private const string RetryAfterSeconds = "5";
    private const string InFlightRetryAfterSeconds = "1";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database unavailable for {Method} {Path}")]
    private static partial void LogDatabaseUnavailable(ILogger logger, Exception exception, string method, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Commit outcome unknown for {Method} {Path}")]
    private static partial void LogOutcomeUnknown(ILogger logger, Exception exception, string method, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for {Method} {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string method, string path);
}
