using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using TimeTracking.WebApi.IntegrationTests.Contract.Client;
using TimeTracking.WebApi.IntegrationTests.Contract.Client.Models;
using TimeTracking.WebApi.IntegrationTests.Fixtures;

namespace TimeTracking.WebApi.IntegrationTests.Contract;

/// <summary>
/// The base of the suites that call the API only through <see cref="TimeTrackingClient"/>, the client Kiota generates
/// from docs/openapi.json, with bearer tokens on. Error answers must arrive as the typed problems the document
/// declares, with the <c>type</c>, <c>title</c> (and, for 400s, <c>errors</c>) of the document's own example.
/// </summary>
[Collection(OnAuthenticatedPostgres.Name)]
public abstract class ThroughClientTests(AuthenticatedApiFactory api) : IAsyncLifetime, IDisposable
{
    protected const long Alice = 42;
    protected const long Bob = 43;

    /// <summary>The names under which the document shows a 409's two problems (its <c>examples</c>).</summary>
    protected const string TaskStateConflict = "task_state";

    protected const string KeyInProgress = "idempotency_key_in_progress";

    protected const string IdempotencyKey = "Idempotency-Key";

    private readonly List<IDisposable> _connections = [];
    private readonly Dictionary<TimeTrackingClient, IRequestAdapter> _adapters = [];

    protected AuthenticatedApiFactory Api => api;

    public Task InitializeAsync() => api.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        foreach (var connection in _connections)
        {
            connection.Dispose();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>The client as <paramref name="userId"/>, an ordinary user.</summary>
    protected TimeTrackingClient As(long userId) => Through(TestTokens.For(userId));

    /// <summary>The client with no token at all.</summary>
    protected TimeTrackingClient Anonymous() => Through(null);

    /// <summary>
    /// Add to a request's <c>Options</c> to read its response's headers (ETag, Location) from
    /// <see cref="HeadersInspectionHandlerOption.ResponseHeaders"/>: the generated methods answer only the body.
    /// </summary>
    protected static HeadersInspectionHandlerOption ResponseHeaders() => new() { InspectResponseHeaders = true };

    /// <summary>A request configuration that sends <paramref name="key"/> as its Idempotency-Key.</summary>
    protected static Action<RequestConfiguration<DefaultQueryParameters>> WithKey(string key) =>
        request => request.Headers.Add(IdempotencyKey, key);

    /// <summary>
    /// Starts <paramref name="first"/> and holds it inside its transaction (its Idempotency-Key claimed, its write
    /// waiting for <see cref="TasksTableLock"/>) while <paramref name="meanwhile"/> runs, then lets it finish.
    /// </summary>
    protected async Task WhileInProgressAsync(Func<Task> first, Func<Task> meanwhile)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(meanwhile);
        await using var tasks = await TasksTableLock.TakeAsync(api.ConnectionString);
        var held = first();
        await tasks.WaitForBlockedWritesAsync(1);
        try
        {
            await meanwhile();
        }
        finally
        {
            await tasks.ReleaseAsync();
            await held;
        }
    }

    /// <summary>
    /// Asserts that <paramref name="call"/> failed with <paramref name="status"/> as the document's example of it says,
    /// or its example named <paramref name="example"/> where the status stands for several problems.
    /// </summary>
    protected static async Task<ProblemDetails> ShouldAnswerDocumentedProblemAsync(
        Func<Task> call, string operation, int status, string? example = null)
    {
        var problem = (await call.Should().ThrowExactlyAsync<ProblemDetails>()).Which;
        ShouldMatchExample(problem.ResponseStatusCode, problem.Status, problem.Type, problem.Title, problem.TraceId, operation, status, example);
        return problem;
    }

    /// <summary>
    /// Asserts that <paramref name="call"/> failed with the 400 the document's example for <paramref name="operation"/>
    /// shows, <c>errors</c> included: the call must send the mistake the example describes.
    /// </summary>
    protected static async Task<ValidationProblemDetails> ShouldAnswerDocumentedValidationProblemAsync(Func<Task> call, string operation)
    {
        const int status = 400;
        var problem = (await call.Should().ThrowExactlyAsync<ValidationProblemDetails>()).Which;
        ShouldMatchExample(problem.ResponseStatusCode, problem.Status, problem.Type, problem.Title, problem.TraceId, operation, status);

        var documented = ContractDocumentFile.ResponseExample(operation, status).GetProperty("errors").EnumerateObject()
            .ToDictionary(field => field.Name, field => field.Value.EnumerateArray().Select(message => message.GetString()).ToArray());
        var errors = (problem.Errors?.AdditionalData ?? new Dictionary<string, object>())
            .ToDictionary(field => field.Key, field => Messages(field.Value));
        errors.Should().BeEquivalentTo(documented, "the example of the 400 is the answer to the mistake this test makes");
        return problem;
    }

    private static void ShouldMatchExample(
        int httpStatus, int? status, string? type, string? title, string? traceId, string operation, int expected, string? named = null)
    {
        var example = ContractDocumentFile.ResponseExample(operation, expected, named);
        httpStatus.Should().Be(expected);
        status.Should().Be(expected);
        type.Should().Be(example.GetProperty("type").GetString(), "the document's example shows the type the API answers");
        title.Should().Be(example.GetProperty("title").GetString(), "the document's example shows the title the API answers");
        traceId.Should().NotBeNullOrEmpty();
    }

    private static string?[] Messages(object value) => value is UntypedArray messages
        ? messages.GetValue().Select(message => message.Should().BeOfType<UntypedString>().Which.GetValue()).ToArray()
        : throw new InvalidOperationException($"errors should hold arrays of messages, not {value.GetType().Name}");

    private TimeTrackingClient Through(string? token)
    {
        // Of Kiota's handlers only the one that shows response headers: without its retry and redirect handlers, every
        // answer is the API's own.
        var http = api.CreateDefaultClient(new HeadersInspectionHandler()).WithToken(token);
        _connections.Add(http);
        var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http)
        {
            BaseUrl = http.BaseAddress!.ToString().TrimEnd('/'),
        };
        _connections.Add(adapter);
        var client = new TimeTrackingClient(adapter);
        _adapters[client] = adapter;
        return client;
    }

    /// <summary>
    /// The adapter behind <paramref name="client"/>, for a representation the generated methods do not read (the CSV
    /// export): build the request with the generated <c>To…RequestInformation</c>, send it through this.
    /// </summary>
    protected IRequestAdapter AdapterOf(TimeTrackingClient client) => _adapters[client];

    /// <summary>A body over the API's 64 KiB limit: the documented fields plus one the API ignores.</summary>
    protected static void Oversize(IAdditionalDataHolder body) =>
        body.AdditionalData["padding"] = new string('x', (int)DependencyInjection.MaxRequestBodyBytes + 1);

}
