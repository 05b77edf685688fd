namespace ChatOps.Core.Drills;

/// <summary>
/// Where a drill schedule stands: its next drill is the first cron time after <see cref="Since"/>, and the rotation
/// has reached its <see cref="Reminded"/>th scenario.
/// </summary>
public sealed record DrillScheduleState(string Schedule, DateTimeOffset Since, int Reminded)
{
    public string Encode() => $"{Since.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture)};{Reminded.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public static DrillScheduleState? Decode(string schedule, string? text)
    {
        var parts = (text ?? "").Split(';');
        return parts.Length == 2
               && long.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var ticks)
               && int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var reminded)
            ? new DrillScheduleState(schedule, new DateTimeOffset(ticks, TimeSpan.Zero), reminded)
            : null;
    }
}
