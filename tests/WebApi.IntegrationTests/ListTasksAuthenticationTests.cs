using System.Net;
using System.Net.Http.Headers;
using TimeTracking.WebApi.IntegrationTests.Fixtures;
using static TimeTracking.WebApi.IntegrationTests.Fixtures.TaskRows;

namespace TimeTracking.WebApi.IntegrationTests;

/// <summary><c>GET /tasks</c> with <c>Authentication:Mode=Jwt</c>: a user lists their own tasks, an administrator anyone's.</summary>
[Collection(OnAuthenticatedPostgres.Name)]
public sealed class ListTasksAuthenticationTests(AuthenticatedApiFactory api) : IAsyncLifetime
{
    private const long Alice = 42;
    private const long Bob = 43;
    private const string Range = "from=2023-07-18&to=2023-07-18";

    private long[] _ids = [];

    public async Task InitializeAsync()
    {
        await api.ResetAsync();
        _ids = await api.InsertAsync(
            Stopped(Alice, "2023-07-18T07:00:00Z", "2023-07-18T08:00:00Z"),
            Stopped(Bob, "2023-07-18T07:30:00Z", "2023-07-18T08:00:00Z"));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(Range)]
    [InlineData($"user_id=42&{Range}")]
    public async Task List_ByAUser_ListsOnlyTheirOwnTasks(string query)
    {
        using var alice = api.ClientFor(Alice);

        var page = await alice.ListPageAsync(query);

        page.GetProperty("items").EnumerateArray().Ids().Should().Equal(_ids[0]);
    }

    [Fact]
    public async Task List_PagesByAUser_FollowTheirOwnCursor()
    {
        await api.InsertAsync(Stopped(Alice, "2023-07-18T08:00:00Z", "2023-07-18T08:30:00Z"));
        using var alice = api.ClientFor(Alice);

        var all = await alice.ListAllAsync($"{Range}&limit=1");

        all.Select(item => item.GetProperty("user_id").GetInt64()).Should().Equal(Alice, Alice);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("text/csv")]
    public async Task List_AnotherUsersTasks_Returns403(string accept)
    {
        using var alice = api.ClientFor(Alice);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/tasks?user_id={Bob}&{Range}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));

        using var response = await alice.SendAsync(request);

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task List_AnotherUsersTasks_AsAdmin_ListsThem()
    {
        using var admin = api.ClientFor(Alice, "admin");

        var page = await admin.ListPageAsync($"user_id={Bob}&{Range}");

        page.GetProperty("items").EnumerateArray().Ids().Should().Equal(_ids[1]);
    }

    [Fact]
    public async Task Csv_ByAUser_ExportsOnlyTheirOwnTasks()
    {
        using var bob = api.ClientFor(Bob);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/tasks?{Range}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));

        using var response = await bob.SendAsync(request);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        lines.Should().HaveCount(2);
        lines[1].Should().StartWith($"{_ids[1]},{Bob},");
    }

    [Fact]
    public async Task List_WithoutToken_Returns401()
    {
        using var anonymous = api.ClientWithToken(null);

        using var response = await anonymous.GetAsync($"/tasks?user_id={Alice}&{Range}");

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }
}
