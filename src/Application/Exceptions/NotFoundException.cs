namespace TimeTracking.Application.Exceptions;

public sealed class NotFoundException(string resource, object key)
    : Exception($"{resource} {key} was not found.");
