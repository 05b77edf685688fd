namespace ChatOps.Core.Drills;

/// <summary>The runbook's <c>drills:</c>: the scenarios, and the schedules that remind owners when one is due.</summary>
public sealed record DrillPolicy(IReadOnlyList<DrillScenario> Scenarios, IReadOnlyList<DrillSchedule> Schedules)
{
    public static readonly DrillPolicy None = new([], []);

    public DrillScenario? Find(string? id) =>
        Scenarios.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase));

    public string Ids => Scenarios.Count == 0 ? "(none: this runbook defines no drills)" : string.Join(", ", Scenarios.Select(s => s.Id));

    /// <summary>What to tell someone who named a scenario this runbook does not have.</summary>
    public string Unknown(string id)
    {
        var guess = Runbooks.Suggestions.Closest(id, Scenarios.Select(s => s.Id));
        return $"Unknown drill scenario '{id}'{(guess is null ? "." : $"; did you mean '{guess}'?")} This runbook's scenarios are {Ids}.";
    }
}
