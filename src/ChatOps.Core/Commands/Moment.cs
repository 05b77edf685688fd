using ChatOps.Core.Incidents;
using ChatOps.Core.Time;

namespace ChatOps.Core.Commands;

/// <summary>Reads a typed moment or refuses it with the forms that are understood.</summary>
internal static class Moment
{
    public static DateTimeOffset Read(string text, DateTimeOffset now) =>
        MomentText.TryParse(text, now, out var moment)
            ? moment
            : throw new IncidentRuleException($"'{text}' is not a time I can read; write {MomentText.Examples}.");
}
