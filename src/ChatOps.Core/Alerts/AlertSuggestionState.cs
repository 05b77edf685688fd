namespace ChatOps.Core.Alerts;

/// <summary>Where a suggested incident stands.</summary>
public enum AlertSuggestionState
{
    /// <summary>Posted with Declare and Dismiss; nobody has chosen yet.</summary>
    Pending,

    /// <summary>Someone pressed Declare (or a rule declared the same alerts at once).</summary>
    Declared,

    /// <summary>Someone pressed Dismiss: the same alerts are not suggested again within the regroup window.</summary>
    Dismissed,

    /// <summary>Its alerts resolved before anyone chose.</summary>
    Resolved,
}
