namespace TimeTracking.WebApi.IntegrationTests.Fixtures;

// One app and one database per collection; tests inside a collection run one at a time, the two collections in parallel.

[CollectionDefinition(Name)]
public sealed class OnPostgres : ICollectionFixture<PostgresApiFactory>
{
    public const string Name = "PostgreSQL";
}

[CollectionDefinition(Name)]
public sealed class OnSqlite : ICollectionFixture<SqliteApiFactory>
{
    public const string Name = "SQLite";
}

[CollectionDefinition(Name)]
public sealed class OnAuthenticatedPostgres : ICollectionFixture<AuthenticatedApiFactory>
{
    public const string Name = "PostgreSQL with bearer tokens";
}
