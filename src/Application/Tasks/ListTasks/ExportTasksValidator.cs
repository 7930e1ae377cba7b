using FluentValidation;

namespace TimeTracking.Application.Tasks.ListTasks;

internal sealed class ExportTasksValidator : AbstractValidator<ExportTasksQuery>
{
    public ExportTasksValidator() => Include(new TaskRangeValidator());
}
