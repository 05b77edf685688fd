using System.Security.Claims;
using ChatOps.Core.Access;

namespace ChatOps.Bot.Web.Dashboard;

/// <summary>
/// Maps what the identity provider says of a person to the runbook's people: their email, their Slack user id (Sign in
/// with Slack's <c>https://slack.com/user_id</c>), their Entra object id (<c>oid</c>), and every runbook handle that
/// <c>Slack__People__*</c>, <c>Teams__People__*</c> or <c>Web__People__*</c> maps to one of those.
/// </summary>
public sealed class DashboardPeople(IConfiguration configuration)
{
    public const string SlackUserIdClaim = "https://slack.com/user_id";
    public const string EntraObjectIdClaim = "oid";
    public const string EntraObjectIdLongClaim = "http://schemas.microsoft.com/identity/claims/objectidentifier";

    public DashboardUser Signed(ClaimsPrincipal principal)
    {
        string? Claim(params string[] types) => types.Select(t => principal.FindFirst(t)?.Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
        var email = Claim(ClaimTypes.Email, "email", "preferred_username", ClaimTypes.Upn, "upn");
        var slack = Claim(SlackUserIdClaim);
        var entra = Claim(EntraObjectIdClaim, EntraObjectIdLongClaim);
        var subject = Claim(ClaimTypes.NameIdentifier, "sub");
        var ids = new[] { slack, entra, email, subject }.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (ids.Count == 0) throw new InvalidOperationException("The identity provider named nobody (no email, sub, Slack or Entra id claim).");
        var display = Claim("name", ClaimTypes.Name) ?? email ?? ids[0];
        var names = new List<string>(ids);
        names.AddRange(Handles(ids).Where(h => !names.Any(n => People.Same(n, h))));
        return new DashboardUser(People.Plain(ids[0]), People.Plain(display), names, Local: false);
    }

    /// <summary>The shell user, signed in without a provider on the loopback dashboard.</summary>
    public DashboardUser Local(string user)
    {
        var names = new List<string> { user };
        names.AddRange(Handles([user]).Where(h => !People.Same(h, user)));
        return new DashboardUser(user, user, names, Local: true);
    }

    /// <summary>The runbook handles mapped to any of <paramref name="ids"/>.</summary>
    private IEnumerable<string> Handles(IReadOnlyList<string> ids) =>
        new[] { "Slack:People", "Teams:People", "Web:People" }
            .SelectMany(section => configuration.GetSection(section).GetChildren())
            .Where(mapping => mapping.Value is { } value && ids.Any(id => People.Same(id, value)))
            .Select(mapping => mapping.Key)
            .Distinct(StringComparer.OrdinalIgnoreCase);
}
