using FluentValidation;

namespace TimeTracking.Application.Tasks.ListTasks;

internal sealed class ListTasksValidator : AbstractValidator<ListTasksQuery>
{
    public ListTasksValidator()
    {
        Include(new TaskRangeValidator());
        RuleFor(query => query.Limit)
            .InclusiveBetween(1, ListTasksQuery.MaxLimit)
            .WithMessage($"limit must be an integer from 1 to {ListTasksQuery.MaxLimit}; {ListTasksQuery.DefaultLimit} when absent.");
        RuleFor(query => query.Cursor)
            .Cascade(CascadeMode.Stop)
            .Must(cursor => ListingCursor.TryDecode(cursor, out _))
            .WithMessage("cursor must be a next_cursor this API answered, sent unchanged.")
            .Must((query, cursor) => ListingCursor.Decode(cursor!).Fingerprint == ListingCursor.FingerprintOf(query))
            .WithMessage("cursor belongs to another listing: send it with the user_id, from, to and tz it came with.")
            .When(query => query.Cursor is not null);
    }
}
