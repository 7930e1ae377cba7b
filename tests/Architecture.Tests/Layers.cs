using System.Reflection;
using TimeTracking.Application.Tasks;
using TimeTracking.Domain.Tasks;

namespace TimeTracking.Architecture.Tests;

/// <summary>Each project's assembly, found through a type that lives in it, and the namespaces the rules name.</summary>
internal static class Layers
{
    public const string DomainNamespace = "TimeTracking.Domain";
    public const string ApplicationNamespace = "TimeTracking.Application";
    public const string InfrastructureNamespace = "TimeTracking.Infrastructure";
    public const string WebApiNamespace = "TimeTracking.WebApi";
    public const string ControllersNamespace = "TimeTracking.WebApi.Controllers";

    public const string EntityFrameworkCoreNamespace = "Microsoft.EntityFrameworkCore";
    public const string AspNetCoreNamespace = "Microsoft.AspNetCore";
    public const string NpgsqlNamespace = "Npgsql";
    public const string MediatorNamespace = "Mediator";
    public const string FluentValidationNamespace = "FluentValidation";

    public static Assembly DomainAssembly { get; } = typeof(TrackedTask).Assembly;

    public static Assembly ApplicationAssembly { get; } = typeof(TaskReference).Assembly;

    public static Assembly InfrastructureAssembly { get; } = typeof(TimeTracking.Infrastructure.DependencyInjection).Assembly;

    public static Assembly WebApiAssembly { get; } = typeof(Program).Assembly;
}
