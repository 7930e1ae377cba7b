using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Http.HttpClientLibrary;
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

    private readonly List<IDisposable> _connections = [];

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
    protected TimeTrackingClient As(long userId) => Through(api.ClientFor(userId));

    /// <summary>The client with no token at all.</summary>
    protected TimeTrackingClient Anonymous() => Through(api.ClientWithToken(null));

    /// <summary>Asserts that <paramref name="call"/> failed with <paramref name="status"/> as the document's example of it says.</summary>
    protected static async Task<ProblemDetails> ShouldAnswerDocumentedProblemAsync(Func<Task> call, string operation, int status)
    {
        var problem = (await call.Should().ThrowExactlyAsync<ProblemDetails>()).Which;
        ShouldMatchExample(problem.ResponseStatusCode, problem.Status, problem.Type, problem.Title, problem.TraceId, operation, status);
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
        int httpStatus, int? status, string? type, string? title, string? traceId, string operation, int expected)
    {
        var example = ContractDocumentFile.ResponseExample(operation, expected);
        httpStatus.Should().Be(expected);
        status.Should().Be(expected);
        type.Should().Be(example.GetProperty("type").GetString(), "the document's example shows the type the API answers");
        title.Should().Be(example.GetProperty("title").GetString(), "the document's example shows the title the API answers");
        traceId.Should().NotBeNullOrEmpty();
    }

    private static string?[] Messages(object value) => value is UntypedArray messages
        ? messages.GetValue().Select(message => message.Should().BeOfType<UntypedString>().Which.GetValue()).ToArray()
        : throw new InvalidOperationException($"errors should hold arrays of messages, not {value.GetType().Name}");

    private TimeTrackingClient Through(HttpClient http)
    {
        _connections.Add(http);
        // The test's HttpClient, without Kiota's retry and redirect handlers: every answer is the API's own.
        var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http)
        {
            BaseUrl = http.BaseAddress!.ToString().TrimEnd('/'),
        };
        _connections.Add(adapter);
        return new TimeTrackingClient(adapter);
    }

    /// <summary>A body over the API's 64 KiB limit: the documented fields plus one the API ignores.</summary>
    protected static void Oversize(IAdditionalDataHolder body) =>
        body.AdditionalData["padding"] = new string('x', (int)DependencyInjection.MaxRequestBodyBytes + 1);

}
