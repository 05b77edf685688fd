using System.Globalization;
using System.Xml.Linq;
using ChatOps.Core.Incidents;
using ChatOps.Core.Runbooks;
using ChatOps.Core.StatusPage;

namespace ChatOps.Bot.StatusPage;

/// <summary>The status page's Atom feed (RFC 4287): one entry per public incident, its updates newest first as the content.</summary>
public static class StatusPageAtom
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static string Feed(StatusPagePolicy page, IReadOnlyList<Incident> incidents, DateTimeOffset now, string baseUrl)
    {
        var published = incidents.Where(i => i.WasPublished).OrderByDescending(i => i.LastPublishedAt).ToList();
        var feed = new XElement(Atom + "feed",
            new XElement(Atom + "id", $"{baseUrl}/status"),
            new XElement(Atom + "title", page.Title.Length > 0 ? page.Title : "Status"),
            new XElement(Atom + "updated", Time(published.Count > 0 ? published[0].LastPublishedAt!.Value : now)),
            new XElement(Atom + "author", new XElement(Atom + "name", page.Title.Length > 0 ? page.Title : "Status")),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", $"{baseUrl}/status/feed.atom")),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", $"{baseUrl}/status")),
            published.Select(i => new XElement(Atom + "entry",
                new XElement(Atom + "id", $"{baseUrl}/status/incidents/{i.PublicId}"),
                new XElement(Atom + "title", i.PublicTitle),
                new XElement(Atom + "published", Time(i.PublicUpdates[0].At)),
                new XElement(Atom + "updated", Time(i.LastPublishedAt!.Value)),
                new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", $"{baseUrl}/status/incidents/{i.PublicId}")),
                new XElement(Atom + "content", new XAttribute("type", "text"),
                    Content(i)))));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), feed).Declaration + "\n" + feed;
    }

    private static string Content(Incident incident) =>
        string.Join("\n\n", incident.PublicUpdates.Reverse().Select(u => StatusWords.Label(u.Status) + " (" + Core.Clock.Format(u.At) + "): " + u.Text));

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
