# TimeTracking API image: build with the .NET SDK, run on the smaller ASP.NET Core runtime image.
#   docker build -t timetracking .
#   docker run -p 8080:8080 -e DATABASE_URL=postgres://user:pass@host:5432/db timetracking
# Without DATABASE_URL (or ConnectionStrings__TimeTracking) the app falls back to SQLite in /app/data;
# mount a volume there (-v timetracking-data:/app/data) if that data should outlive the container.

# ---- build -----------------------------------------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source

# Restore first, from the files that decide the package graph only, so that editing code reuses the cached
# restore layer. global.json pins the SDK (rollForward latestFeature accepts the image's 10.0 SDK).
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/Domain/Domain.csproj src/Domain/
COPY src/Application/Application.csproj src/Application/
COPY src/Infrastructure/Infrastructure.csproj src/Infrastructure/
COPY src/WebApi/WebApi.csproj src/WebApi/
# linux-x64 with ReadyToRun: precompiled code cuts start-up by about a third (docs/benchmarks.md).
# On an arm64 host, use linux-arm64 here and below.
RUN dotnet restore src/WebApi/WebApi.csproj --runtime linux-x64

# .editorconfig takes part in the build (EnforceCodeStyleInBuild with TreatWarningsAsErrors), so it must come along.
COPY .editorconfig ./
COPY src/ src/
RUN dotnet publish src/WebApi/WebApi.csproj \
        --configuration Release \
        --no-restore \
        --runtime linux-x64 \
        --self-contained false \
        --output /app/publish \
        -p:PublishReadyToRun=true \
        -p:UseAppHost=false

# ---- runtime ---------------------------------------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app

# The image already sets ASPNETCORE_HTTP_PORTS=8080; it is repeated here because the compose file and the
# health check below depend on it. A PORT variable, if a platform sets one, takes precedence (see Program.cs).
ENV ASPNETCORE_HTTP_PORTS=8080 \
    ConnectionStrings__Sqlite="Data Source=/app/data/timetracking.db"

# The only place the non-root user may write: the SQLite fallback's directory. The application files stay root-owned
# and read-only to the process.
RUN mkdir -p /app/data && chown "$APP_UID:$APP_UID" /app/data

COPY --from=build /app/publish ./

# .NET 8+ images ship a non-root user 'app' whose uid is in APP_UID (1654).
USER $APP_UID
EXPOSE 8080

# The aspnet image has no curl or wget and we install nothing. It is Ubuntu-based and has bash, whose /dev/tcp lets
# us send one plain HTTP request to /health/ready (200 when the database answers, 503 otherwise) and read the status
# line. If the base image is ever switched to a chiseled/distroless variant (no shell), delete this HEALTHCHECK and
# let the orchestrator probe /health/live and /health/ready over HTTP instead.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${PORT:-8080} && printf 'GET /health/ready HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]

ENTRYPOINT ["dotnet", "TimeTracking.WebApi.dll"]
