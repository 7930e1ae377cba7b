namespace TimeTracking.Application.Tasks;

/// <summary>How many tasks a user may have running at once (configuration <c>Tracking:RunningTasks</c>).</summary>
public enum RunningTaskPolicy
{
    /// <summary>Any number, as in the seed: each /track starts one more timer.</summary>
    Many,

    /// <summary>
    /// One, as in Toggl and Kimai: starting a task stops the user's running one at the same instant.
    /// </summary>
    One,
}

/// <summary>The configurable rules of tracking (configuration section <c>Tracking</c>).</summary>
public sealed record TrackingOptions(RunningTaskPolicy RunningTasks = RunningTaskPolicy.Many);
