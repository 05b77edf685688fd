namespace ChatOps.Core.Incidents;

/// <summary>
/// What the declare form (or <c>--kind</c> and <c>--private</c>) adds beyond severity and title; <see cref="Started"/> and
/// <see cref="Detected"/> as typed (<c>14:30</c>, <c>20m ago</c>), read when the declaration is carried out.
/// </summary>
public sealed record DeclareDetails(string AffectedServices, string Impact, string Description, bool Private, string? Kind = null, string? Started = null, string? Detected = null)
{
    public static readonly DeclareDetails None = new("", "", "", false);
}
