namespace ChatOps.Bot.Paging.PagerDuty;

/// <summary>Events API v2 <c>event_action</c>.</summary>
public enum PagerDutyAction
{
    /// <summary>Opens an alert, or adds to the open one with the same dedup key.</summary>
    Trigger,

    /// <summary>Stops notifications for the open alert with the dedup key; dropped when none is open.</summary>
    Acknowledge,

    /// <summary>Closes the open alert with the dedup key; a later trigger with that key opens a new one.</summary>
    Resolve,
}
