using YamlDotNet.RepresentationModel;

namespace ChatOps.Core.Runbooks.Loading;

/// <summary>Reads the top-level runbook mapping; returns null when anything in it was wrong.</summary>
internal static class RunbookReader
{
    private static readonly string[] Keys =
        ["name", "severities", "kinds", "triage", "checklists", "templates", "postmortem", "channels", "roles", "access", "pagers", "alerts", "probes", "drills", "sla", "status-page", "audiences", "communications"];

    public static Runbook? Read(YamlNode rootNode, LoadContext context)
    {
        var root = YamlMap.Read(rootNode, "", context, Keys);
        if (root is null) return null;

        var name = root.Text("name", required: true, "name: Default (P0-P3)");
        var pagers = PagerReader.ReadAll(root, context);
        var severities = SeverityReader.ReadAll(root, pagers, context);
        var checklists = ChecklistReader.ReadAll(root, context, out var checklistKeys);
        var triage = TriageReader.ReadAll(root, checklistKeys, context);
        var templates = TemplateReader.Read(root, context);
        var postMortem = PostMortemReader.Read(root, context);
        var channels = ChannelReader.Read(root, context);
        var roles = RoleReader.Read(root, context);
        var kinds = KindReader.ReadAll(root, context);
        var access = AccessReader.Read(root, context);
        var alerts = AlertReader.Read(root, severities, kinds, context);
        var probes = ProbeReader.Read(root, context);
        var drills = DrillReader.Read(root, severities, kinds, context);
        var sla = SlaReader.Read(root, context);
        var statusPage = StatusPageReader.Read(root, context);
        var (communications, audiences) = CommunicationReader.Read(root, severities, context);

        if (context.HasErrors || name is null || templates is null || postMortem is null || channels is null || roles is null || access is null
            || alerts is null || probes is null || drills is null || sla is null || statusPage is null || communications is null)
            return null;
        return new Runbook(name.Trim(), severities, triage, checklists, templates, postMortem, channels, roles, kinds, access)
        {
            Pagers = pagers, Alerts = alerts, Probes = probes, Drills = drills, Sla = sla, StatusPage = statusPage,
            Audiences = audiences, Communications = communications,
        };
    }
}
