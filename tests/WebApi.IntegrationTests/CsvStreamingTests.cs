using System.Net;
using System.Net.Http.Headers;
using TimeTracking.WebApi.IntegrationTests.Fixtures;
using static TimeTracking.WebApi.IntegrationTests.Fixtures.TaskRows;

namespace TimeTracking.WebApi.IntegrationTests;

/// <summary>
/// The CSV export is streamed: rows reach the client while the server is still reading later ones from the database.
/// The database read is held after <see cref="HeldAfter"/> rows; an export that gathered its rows (or its text)
/// before sending would send nothing until the hold ends, and the client's read would time out.
/// </summary>
public abstract class CsvStreamingTests<TFactory>(TFactory api) : IAsyncLifetime
    where TFactory : ApiFactory, IGatedApi
{
    private const int Rows = 20_000;
    private const int HeldAfter = 2_000;
    private const int ReadWhileHeld = 1_000;

    public async Task InitializeAsync()
    {
        await api.ResetAsync();
        var start = Instant("2023-01-01T00:00:00Z");
        await api.InsertManyAsync(Enumerable.Range(0, Rows).Select(index => Stopped(
            42, $"{start.AddMinutes(20 * index):O}", $"{start.AddMinutes((20 * index) + 15):O}", $"Task {index}, streamed")));
    }

    public Task DisposeAsync()
    {
        api.Gate.Release();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Csv_RowsReachTheClientWhileTheServerIsStillReadingTheDatabase()
    {
        api.Gate.HoldAfter(HeldAfter);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/tasks?user_id=42&from=2023-01-01&to=2023-12-31");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        using var whileHeld = new CancellationTokenSource(TimeSpan.FromSeconds(15));

        using var response = await api.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, whileHeld.Token);
        using var body = new StreamReader(await response.Content.ReadAsStreamAsync(whileHeld.Token));
        var header = await body.ReadLineAsync(whileHeld.Token);
        for (var row = 0; row < ReadWhileHeld; row++)
        {
            (await body.ReadLineAsync(whileHeld.Token)).Should().Contain($",42,\"Task {row}, streamed\",");
        }

        var readByServerMeanwhile = api.Gate.Count;
        api.Gate.Release();
        var rest = 0;
        while (await body.ReadLineAsync() is not null)
        {
            rest++;
        }

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        header.Should().Be("id,user_id,description,start_time,end_time,running,time_spent");
        readByServerMeanwhile.Should().BeInRange(ReadWhileHeld, HeldAfter + 1, "the server could not read past the hold meanwhile");
        (ReadWhileHeld + rest).Should().Be(Rows);
    }
}

[Collection(OnGatedPostgres.Name)]
public sealed class PostgresCsvStreamingTests(GatedPostgresApiFactory api) : CsvStreamingTests<GatedPostgresApiFactory>(api);

[Collection(OnGatedSqlite.Name)]
public sealed class SqliteCsvStreamingTests(GatedSqliteApiFactory api) : CsvStreamingTests<GatedSqliteApiFactory>(api);
