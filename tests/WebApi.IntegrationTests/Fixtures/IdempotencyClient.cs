using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TimeTracking.Application.Idempotency;
using TimeTracking.Application.Tasks.StartTask;

namespace TimeTracking.WebApi.IntegrationTests.Fixtures;

/// <summary>Requests that carry an Idempotency-Key, and the stored keys behind them.</summary>
public static class IdempotencyClient
{
    public const string Track = """{"user_id": 42, "description": "Write report"}""";

    public static async Task<HttpResponseMessage> PostWithKeyAsync(this HttpClient client, string path, string json, params string[] keys)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        foreach (var key in keys)
        {
            request.Headers.TryAddWithoutValidation(IdempotencyKeys.HeaderName, key);
        }

        return await client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> TrackWithKeyAsync(this HttpClient client, string key, string json = Track) =>
        client.PostWithKeyAsync("/track", json, key);

    public static Task<int> CountTasksAsync(this ApiFactory api) =>
        api.WithDbContextAsync(db => db.Tasks.CountAsync());

    public static Task<int> CountIdempotencyKeysAsync(this ApiFactory api) =>
        api.WithDbContextAsync(db => db.IdempotencyKeys.CountAsync());

    /// <summary>Stores <paramref name="key"/> as in flight for <see cref="Track"/>, as a request that is running (or died) leaves it.</summary>
    public static Task SeedInFlightTrackAsync(this ApiFactory api, string key, TimeSpan lease)
    {
        var now = api.Clock.GetUtcNow();
        var command = new StartTaskCommand(42, "Write report") { IdempotencyKey = key };
        return api.WithDbContextAsync(async db =>
        {
            db.IdempotencyKeys.Add(new IdempotencyRecord
            {
                Scope = IdempotencyScope.Anonymous,
                Key = key,
                Fingerprint = IdempotencyFingerprint.Of(command),
                LeaseToken = Guid.NewGuid(),
                LockedUntil = now + lease,
                ExpiresAt = now + TimeSpan.FromHours(24),
            });
            return await db.SaveChangesAsync();
        });
    }

    public static bool IsReplay(this HttpResponseMessage response) =>
        response.Headers.TryGetValues("Idempotent-Replayed", out var values) && values.Single() == "true";
}
