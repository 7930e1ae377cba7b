using Microsoft.AspNetCore.Mvc;

namespace TimeTracking.WebApi.Controllers;

/// <summary>What every endpoint of the API may answer besides its own results, declared once for the OpenAPI document.</summary>
[ApiController]
[ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json")]
public abstract class ApiController : ControllerBase;
