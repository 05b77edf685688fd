namespace ChatOps.Bot.Persistence;

/// <summary>A named value the host keeps between runs (the shell's virtual clock offset).</summary>
public sealed class SettingRow
{
    public string Key { get; set; } = "";
    public string Value { get; set; } = "";
}
