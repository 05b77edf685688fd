using Microsoft.Playwright;

namespace ChatOps.Bot.Tests.Dashboard;

/// <summary>A past incident's post-mortem, read and written in the browser, kept in the post-mortem file.</summary>
public sealed class DashboardPostMortemTests(BrowserFixture browser) : DashboardTest(browser)
{
    [Fact]
    public async Task A_participant_opens_a_past_incident_and_writes_its_post_mortem_into_the_file()
    {
        var channel = await DeclareAsync("declare P2 Invoices were emailed twice");
        await Driver.SlashAsync(Alice, channel.Id, "resolve Deduplicated the mail queue");
        await PostedAsync(channel.Id, "Post-mortem");
        var page = await SignInAsync(Alice, AliceEmail, "Alice Example");

        await page.GetByLabel("Status").SelectOptionAsync("past");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "INC-2026-001" }).ClickAsync();
        await Assertions.Expect(page.Locator("p.lede")).ToContainTextAsync("resolved");
        Assert.Equal(0, await page.Locator("section.actions").CountAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "Post-mortem" }).ClickAsync();
        await Assertions.Expect(page.Locator("article.postmortem h1")).ToContainTextAsync("Post-mortem: INC-2026-001");

        await page.GetByLabel("Root cause").FillAsync("A retry loop in the **mailer** re-sent every invoice.\n\n<script>alert(1)</script>");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save Root cause" }).ClickAsync();
        await Assertions.Expect(page.Locator("p.said")).ToContainTextAsync("Saved the Root cause section of INC-2026-001's post-mortem; written to postmortem-");
        await Assertions.Expect(page.Locator("article.postmortem strong").Filter(new() { HasText = "mailer" })).ToHaveCountAsync(1);
        Assert.Equal(0, await page.Locator("article.postmortem script").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, "postmortem");

        var file = Assert.Single(Directory.GetFiles(Host.PostMortemFolder, "postmortem-*.md"));
        var written = await File.ReadAllTextAsync(file);
        Assert.Contains("## Root cause\n\nA retry loop in the **mailer** re-sent every invoice.", written.ReplaceLineEndings("\n"));
        Assert.Contains("Deduplicated the mail queue", written);

        // Someone else saves the section first: this save is refused and keeps what was typed.
        var stale = await page.Locator("input[name=basedOn]").First.GetAttributeAsync("value");
        var token = await page.Locator("input[name=__antiforgery]").First.GetAttributeAsync("value");
        var form = page.APIRequest.CreateFormData();
        form.Set("__antiforgery", token!);
        form.Set("section", "Root cause");
        form.Set("text", "Bob's own root cause");
        form.Set("basedOn", stale!);
        Assert.Equal(200, (await page.APIRequest.PostAsync(Dashboard + "/incidents/INC-2026-001/postmortem", new() { Form = form })).Status);
        await page.GetByLabel("Root cause").FillAsync("My later text");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save Root cause" }).ClickAsync();
        await Assertions.Expect(page.Locator("p.notice")).ToContainTextAsync("nothing was overwritten");
        await Assertions.Expect(page.GetByLabel("Root cause")).ToHaveValueAsync("My later text");
        Assert.Contains("Bob's own root cause", await File.ReadAllTextAsync(file));

        var timeline = await (await page.APIRequest.GetAsync(Dashboard + "/api/incidents/INC-2026-001")).TextAsync();
        Assert.Contains("Wrote the post-mortem's Root cause section", timeline);
        await CloseAsync(page);
    }
}
