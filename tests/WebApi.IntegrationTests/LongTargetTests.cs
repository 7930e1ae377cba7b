using System.Net;
using TimeTracking.WebApi.IntegrationTests.Fixtures;

namespace TimeTracking.WebApi.IntegrationTests;

/// <summary>
/// Over-long URLs. Kestrel answers a request line over its limit with a bare 414 before any middleware runs, so the
/// app refuses targets well below that limit itself, with a problem document (<c>RequestLimits</c>).
/// </summary>
[Collection(OnPostgres.Name)]
public sealed class LongTargetTests(PostgresApiFactory api)
{
    [Theory]
    [InlineData("/times?user_id=")]
    [InlineData("/tasks/running?user_id=")]
    public async Task Get_TargetLongerThanServed_Returns414Problem(string start)
    {
        using var response = await api.Client.GetAsync(start + new string('9', RequestLimits.MaxTargetLength));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.RequestUriTooLong);
        problem.GetProperty("detail").GetString().Should().Contain($"at most {RequestLimits.MaxTargetLength}");
    }

    [Fact]
    public async Task Get_TargetOfTheLongestServedLength_IsServed()
    {
        const string start = "/times?user_id=1&date=2023-07-18&x=";
        using var response = await api.Client.GetAsync(start + new string('x', RequestLimits.MaxTargetLength - start.Length));

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The one 414 without a body, which FuzzRunner lets through: Kestrel's own, past its request-line limit.</summary>
    [Fact]
    public async Task Get_RequestLineOverKestrelsLimit_IsRefusedByKestrelWithABare414()
    {
        using var response = await api.Client.GetAsync("/times?user_id=" + new string('9', RequestLimits.KestrelMaxRequestLineBytes));

        response.StatusCode.Should().Be(HttpStatusCode.RequestUriTooLong);
        (await response.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
    }
}
