using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TimeTracking.WebApi.IntegrationTests.Fixtures;

namespace TimeTracking.WebApi.IntegrationTests;

/// <summary>
/// With <c>Authentication:Mode=Jwt</c>: who may call, and that a user sees and changes only their own tasks.
/// Another user's task is answered exactly like a task that does not exist.
/// </summary>
[Collection(OnAuthenticatedPostgres.Name)]
public sealed class AuthenticationTests(AuthenticatedApiFactory api) : IAsyncLifetime
{
    private const long Alice = 42;
    private const long Bob = 43;
    private const string Day = "2023-07-18";

    public Task InitializeAsync() => api.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string, string> SeedRequests => new()
    {
        { "POST /track", """{"user_id": 42, "description": "x"}""" },
        { "POST /stop", """{"id": 1}""" },
        { "GET /times?user_id=42&date=2023-07-18", "" },
    };

    [Theory]
    [MemberData(nameof(SeedRequests))]
    public async Task Request_WithoutToken_Returns401ProblemWithBearerChallenge(string request, string body)
    {
        using var anonymous = api.ClientWithToken(null);

        using var response = await SendAsync(anonymous, request, body);

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.Should().ContainSingle(challenge => challenge.Scheme == "Bearer");
        (await api.CountTasksAsync()).Should().Be(0);
    }

    public static TheoryData<string> RefusedTokens => new()
    {
        "expired",
        "signed with another key",
        "for another audience",
        "from another issuer",
        "user id not a number",
        "user id not positive",
        "no user id",
        "not a JWT",
    };

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task Track_WithRefusedToken_Returns401AndStoresNothing(string token)
    {
        using var client = api.ClientWithToken(RefusedToken(token));

        using var response = await client.PostJsonAsync("/track", """{"description": "Write report"}""");

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().Should().Contain("invalid_token");
        (await api.CountTasksAsync()).Should().Be(0);
    }

    [Fact]
    public async Task Track_WithoutUserId_TracksForTheCaller()
    {
        using var alice = api.ClientFor(Alice);

        using var response = await alice.PostJsonAsync("/track", """{"description": "Write report"}""");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        (await OwnerOfAsync(id)).Should().Be(Alice);
    }

    [Fact]
    public async Task Track_WithTheCallersOwnUserId_Succeeds()
    {
        using var alice = api.ClientFor(Alice);

        var id = await alice.TrackAsync(userId: Alice);

        (await OwnerOfAsync(id)).Should().Be(Alice);
    }

    [Fact]
    public async Task Track_ForAnotherUser_Returns403AndStoresNothing()
    {
        using var alice = api.ClientFor(Alice);

        using var response = await alice.PostJsonAsync("/track", $$"""{"user_id": {{Bob}}, "description": "Not mine"}""");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        problem.GetProperty("detail").GetString().Should().Contain("omit user_id");
        (await api.CountTasksAsync()).Should().Be(0);
    }

    [Theory]
    [InlineData("role")]
    [InlineData("roles")]
    [InlineData("scope")]
    [InlineData("scp")]
    public async Task Track_ForAnotherUser_AsAdmin_Succeeds(string claim)
    {
        var token = TestTokens.Issuer.Create(
            new Dictionary<string, object> { ["sub"] = "7", [claim] = claim.StartsWith('s') ? "tasks:read admin" : "admin" },
            TimeSpan.FromHours(1));
        using var admin = api.ClientWithToken(token);

        var id = await admin.TrackAsync(userId: Bob);

        (await OwnerOfAsync(id)).Should().Be(Bob);
    }

    [Fact]
    public async Task Track_WithARoleThatIsNotAdmin_MayNotActForAnotherUser()
    {
        using var alice = api.ClientFor(Alice, "administrator", "reader");

        using var response = await alice.PostJsonAsync("/track", $$"""{"user_id": {{Bob}}, "description": "Not mine"}""");

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Stop_AnotherUsersTask_Returns404ExactlyLikeAMissingTask()
    {
        using var bob = api.ClientFor(Bob);
        var bobsTask = await bob.TrackAsync(userId: Bob);
        using var alice = api.ClientFor(Alice);

        using var foreign = await alice.StopAsync(bobsTask);
        using var missing = await alice.StopAsync(bobsTask + 1000);

        var foreignProblem = await foreign.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var missingProblem = await missing.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        WithoutVaryingMembers(foreignProblem, bobsTask).Should().Be(WithoutVaryingMembers(missingProblem, bobsTask + 1000));
        (await IsRunningAsync(bobsTask)).Should().BeTrue();
    }

    [Fact]
    public async Task GetTask_AnotherUsersTask_Returns404ExactlyLikeAMissingTask()
    {
        using var bob = api.ClientFor(Bob);
        var bobsTask = await bob.TrackAsync(userId: Bob);
        using var alice = api.ClientFor(Alice);

        using var foreign = await alice.GetAsync($"/tasks/{bobsTask}");
        using var missing = await alice.GetAsync($"/tasks/{bobsTask + 1000}");
        using var own = await bob.GetAsync($"/tasks/{bobsTask}");

        var foreignProblem = await foreign.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var missingProblem = await missing.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        WithoutVaryingMembers(foreignProblem, bobsTask).Should().Be(WithoutVaryingMembers(missingProblem, bobsTask + 1000));
        own.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task RecordTask_WithoutUserId_EntersItForTheCaller_AndForAnotherUserIs403()
    {
        using var alice = api.ClientFor(Alice);

        using var own = await alice.PostJsonAsync("/tasks", """{"description": "Mine", "start_time": "2023-07-18T08:00:00Z"}""");
        using var foreign = await alice.PostJsonAsync("/tasks", $$"""{"user_id": {{Bob}}, "description": "Bob's", "start_time": "2023-07-18T08:00:00Z"}""");

        own.StatusCode.Should().Be(HttpStatusCode.Created);
        (await OwnerOfAsync((await own.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64())).Should().Be(Alice);
        await foreign.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await api.CountTasksAsync()).Should().Be(1);
    }

    [Fact]
    public async Task CorrectTask_AnotherUsersTask_Returns404AndChangesNothing()
    {
        using var bob = api.ClientFor(Bob);
        var bobsTask = await bob.TrackAsync(userId: Bob, description: "Bob's");
        using var alice = api.ClientFor(Alice);

        using var response = await alice.SendAsync(new HttpRequestMessage(HttpMethod.Patch, new Uri($"/tasks/{bobsTask}", UriKind.Relative))
        {
            Content = new StringContent("""{"description": "Alice was here"}""", System.Text.Encoding.UTF8, "application/merge-patch+json"),
        });

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await api.WithDbContextAsync(db => db.Tasks.Where(task => task.Id == bobsTask).Select(task => task.Description).SingleAsync()))
            .Should().Be("Bob's");
    }

    [Fact]
    public async Task SameIdempotencyKey_FromTwoUsers_IsTwoKeys()
    {
        using var alice = api.ClientFor(Alice);
        using var bob = api.ClientFor(Bob);

        var alicesId = await TrackedIdWithKeyAsync(alice, "shared-key");
        var bobsId = await TrackedIdWithKeyAsync(bob, "shared-key");

        bobsId.Should().NotBe(alicesId);
        (await OwnerOfAsync(alicesId)).Should().Be(Alice);
        (await OwnerOfAsync(bobsId)).Should().Be(Bob);
    }

    [Fact]
    public async Task Stop_OwnTask_Succeeds()
    {
        using var alice = api.ClientFor(Alice);
        var id = await alice.TrackAsync(userId: Alice);

        using var response = await alice.StopAsync(id);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await IsRunningAsync(id)).Should().BeFalse();
    }

    [Fact]
    public async Task Stop_AnotherUsersTask_AsAdmin_Succeeds()
    {
        using var bob = api.ClientFor(Bob);
        var bobsTask = await bob.TrackAsync(userId: Bob);

        using var response = await api.Client.StopAsync(bobsTask);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await IsRunningAsync(bobsTask)).Should().BeFalse();
    }

    [Fact]
    public async Task Times_WithoutUserId_ListsOnlyTheCallersTasks()
    {
        using var alice = api.ClientFor(Alice);
        using var bob = api.ClientFor(Bob);
        var alicesTask = await alice.TrackAsync(userId: Alice, description: "Alice's");
        await bob.TrackAsync(userId: Bob, description: "Bob's");

        using var response = await alice.GetAsync($"/times?date={Day}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var listed = await response.Content.ReadFromJsonAsync<JsonElement>();
        listed.EnumerateArray().Select(task => task.GetProperty("id").GetInt64()).Should().Equal(alicesTask);
    }

    [Fact]
    public async Task Times_ForAnotherUser_Returns403()
    {
        using var bob = api.ClientFor(Bob);
        await bob.TrackAsync(userId: Bob);
        using var alice = api.ClientFor(Alice);

        using var response = await alice.GetAsync($"/times?user_id={Bob}&date={Day}");

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Times_ForAnotherUser_AsAdmin_ListsTheirTasks()
    {
        using var bob = api.ClientFor(Bob);
        var bobsTask = await bob.TrackAsync(userId: Bob);

        var listed = await api.Client.TimesAsync(Bob, Day);

        listed.EnumerateArray().Select(task => task.GetProperty("id").GetInt64()).Should().Equal(bobsTask);
    }

    [Fact]
    public async Task HealthAndOpenApi_NeedNoToken()
    {
        using var anonymous = api.ClientWithToken(null);

        using var live = await anonymous.GetAsync("/health/live");
        using var ready = await anonymous.GetAsync("/health/ready");
        using var document = await anonymous.GetAsync("/openapi/v1.json");

        live.StatusCode.Should().Be(HttpStatusCode.OK);
        ready.StatusCode.Should().Be(HttpStatusCode.OK);
        document.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task OpenApi_DeclaresTheBearerSchemeOnEveryOperation()
    {
        using var response = await api.Client.GetAsync("/openapi/v1.json");
        var document = await response.Content.ReadFromJsonAsync<JsonElement>();

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        scheme.GetProperty("type").GetString().Should().Be("http");
        scheme.GetProperty("scheme").GetString().Should().Be("bearer");
        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()).Select(operation => operation.Value).ToList();
        operations.Should().NotBeEmpty();
        foreach (var operation in operations)
        {
            operation.GetProperty("security")[0].TryGetProperty("Bearer", out _).Should().BeTrue();
            operation.GetProperty("responses").TryGetProperty("401", out _).Should().BeTrue();
        }
    }

    [Theory]
    [InlineData("/track", "post", true)]
    [InlineData("/times", "get", true)]
    [InlineData("/stop", "post", false)]
    [InlineData("/tasks/{id}", "get", false)]
    public async Task OpenApi_Declares403OnlyWhereAUserIdCanBeSent(string path, string method, bool declared)
    {
        var document = await api.Client.GetFromJsonAsync<JsonElement>(new Uri("/openapi/v1.json", UriKind.Relative));

        var responses = document.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("responses");

        responses.TryGetProperty("403", out _).Should().Be(declared, "another user's task id answers 404, not 403");
    }

    [Fact]
    public async Task Docs_PreferTheBearerScheme_SoATokenCanBeSentFromThePage()
    {
        using var anonymous = api.ClientWithToken(null);

        using var page = await anonymous.GetAsync("/docs/");

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).Should().Contain("\"preferredSecurityScheme\":[\"Bearer\"]");
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string request, string body)
    {
        var (method, path) = (request.Split(' ')[0], request.Split(' ')[1]);
        return method == "GET" ? client.GetAsync(path) : client.PostJsonAsync(path, body);
    }

    private static string RefusedToken(string kind)
    {
        var tokens = TestTokens.Issuer;
        var hour = TimeSpan.FromHours(1);
        return kind switch
        {
            "expired" => tokens.Create(new Dictionary<string, object> { ["sub"] = "42" }, hour, DateTime.UtcNow.AddHours(-3)),
            "signed with another key" => (tokens with { SigningKey = "another-signing-key-that-is-32-bytes-long" }).Create(Alice, hour),
            "for another audience" => (tokens with { Audience = "somebody-else" }).Create(Alice, hour),
            "from another issuer" => (tokens with { Issuer = "https://evil.example" }).Create(Alice, hour),
            "user id not a number" => tokens.Create(new Dictionary<string, object> { ["sub"] = "alice" }, hour),
            "user id not positive" => tokens.Create(new Dictionary<string, object> { ["sub"] = "0" }, hour),
            "no user id" => tokens.Create(new Dictionary<string, object> { ["name"] = "Alice" }, hour),
            "not a JWT" => "not.a.jwt",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    // The trace id differs per request and the detail names the id asked for; everything else must match.
    internal static string WithoutVaryingMembers(JsonElement problem, long id) =>
        JsonSerializer.Serialize(problem.EnumerateObject()
            .Where(member => member.Name != "traceId")
            .ToDictionary(
                member => member.Name,
                member => member.Name == "detail"
                    ? member.Value.GetString()!.Replace($"Task {id} ", "Task {id} ", StringComparison.Ordinal)
                    : member.Value.ToString()));

    private static async Task<long> TrackedIdWithKeyAsync(HttpClient client, string key)
    {
        using var response = await client.TrackWithKeyAsync(key, """{"description": "Same key"}""");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    private Task<long> OwnerOfAsync(long id) =>
        api.WithDbContextAsync(db => db.Tasks.Where(task => task.Id == id).Select(task => task.UserId).SingleAsync());

    private Task<bool> IsRunningAsync(long id) =>
        api.WithDbContextAsync(db => db.Tasks.Where(task => task.Id == id).Select(task => task.EndTime == null).SingleAsync());
}
