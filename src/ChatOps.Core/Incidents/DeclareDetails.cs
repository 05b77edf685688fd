namespace ChatOps.Core.Incidents;

/// <summary>What the declare form adds beyond severity and title.</summary>
public sealed record DeclareDetails(string AffectedServices, string Impact, string Description, bool Private)
{
    public static readonly DeclareDetails None = new("", "", "", false);
}
