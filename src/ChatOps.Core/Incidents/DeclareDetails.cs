namespace ChatOps.Core.Incidents;

/// <summary>What the declare form (or <c>--kind</c> and <c>--private</c>) adds beyond severity and title.</summary>
public sealed record DeclareDetails(string AffectedServices, string Impact, string Description, bool Private, string? Kind = null)
{
    public static readonly DeclareDetails None = new("", "", "", false);
}
