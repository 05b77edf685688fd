using Ganss.Xss;
using Markdig;

namespace ChatOps.Bot.Web.Dashboard;

/// <summary>
/// Markdown as safe HTML: Markdig renders it (tables and the other common extensions; raw HTML in the text stays
/// text), and HtmlSanitizer removes anything that could run or restyle the page.
/// </summary>
public static class MarkdownHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();

    private static readonly HtmlSanitizer Sanitizer = Create();

    public static string Render(string markdown) => Sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.Remove("img");
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in new[] { "https", "http", "mailto" }) sanitizer.AllowedSchemes.Add(scheme);
        return sanitizer;
    }
}
