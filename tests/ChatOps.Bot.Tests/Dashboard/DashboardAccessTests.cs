using Microsoft.Playwright;

namespace ChatOps.Bot.Tests.Dashboard;

/// <summary>Private incidents, anti-forgery, and actions through the engine's access rules and audit log.</summary>
public sealed class DashboardAccessTests(BrowserFixture browser) : DashboardTest(browser)
{
    [Fact]
    public async Task A_private_incident_is_hidden_from_a_non_participant_on_every_page_and_endpoint()
    {
        await DeclareAsync("declare P1 --private Payroll export visible to the wrong tenant");
        var bob = await SignInAsync(Bob, BobEmail, "Bob");

        await Assertions.Expect(bob.Locator("#count")).ToHaveTextAsync("0 incidents.");
        var html = await bob.GotoAsync(Dashboard + "/incidents/INC-2026-001");
        Assert.Equal(404, html!.Status);
        Assert.DoesNotContain("Payroll", await bob.ContentAsync());
        foreach (var path in new[] { "/api/incidents/INC-2026-001", "/incidents/INC-2026-001/live", "/incidents/INC-2026-001/events", "/incidents/INC-2026-001/postmortem" })
        {
            var answer = await bob.APIRequest.GetAsync(Dashboard + path);
            Assert.True(answer.Status == 404, $"{path} answered {answer.Status}");
            Assert.DoesNotContain("Payroll", await answer.TextAsync());
        }
        var list = await bob.APIRequest.GetAsync(Dashboard + "/api/incidents");
        Assert.Equal(200, list.Status);
        Assert.DoesNotContain("Payroll", await list.TextAsync());
        await CloseAsync(bob);

        var alice = await SignInAsync(Alice, AliceEmail, "Alice Example");
        await Assertions.Expect(alice.Locator("table.incidents tbody tr")).ToContainTextAsync("Payroll export visible to the wrong tenant");
        var json = await alice.APIRequest.GetAsync(Dashboard + "/api/incidents/INC-2026-001");
        Assert.Equal(200, json.Status);
        Assert.Contains("\"private\":true", await json.TextAsync());
        await CloseAsync(alice);
    }

    [Fact]
    public async Task A_form_without_its_antiforgery_token_is_refused_and_changes_nothing()
    {
        await DeclareAsync();
        var page = await SignInAsync(Alice, AliceEmail, "Alice Example");
        await page.GotoAsync(Dashboard + "/incidents/INC-2026-001");

        var forged = await page.APIRequest.PostAsync(Dashboard + "/incidents/INC-2026-001/note", new() { Form = FormOf(page, ("text", "forged note")) });
        Assert.Equal(400, forged.Status);
        Assert.Contains("anti-forgery token", await forged.TextAsync());

        var token = await page.Locator("input[name=__antiforgery]").First.GetAttributeAsync("value");
        var genuine = await page.APIRequest.PostAsync(Dashboard + "/incidents/INC-2026-001/note", new() { Form = FormOf(page, ("text", "genuine note"), ("__antiforgery", token!)) });
        Assert.Equal(200, genuine.Status);

        var forgedAction = await page.APIRequest.PostAsync(Dashboard + "/incidents/INC-2026-001/actions",
            new() { Form = FormOf(page, ("action-owner", "bob"), ("action-due", "3d"), ("action-text", "forged action")) });
        Assert.Equal(400, forgedAction.Status);
        Assert.Contains("anti-forgery token", await forgedAction.TextAsync());

        var incident = await (await page.APIRequest.GetAsync(Dashboard + "/api/incidents/INC-2026-001")).TextAsync();
        Assert.Contains("genuine note", incident);
        Assert.DoesNotContain("forged note", incident);
        Assert.DoesNotContain("forged action", incident);
        await CloseAsync(page);
    }

    [Fact]
    public async Task Actions_in_the_browser_follow_the_access_rules_and_are_audited_as_web()
    {
        var channel = await DeclareAsync();
        var bob = await SignInAsync(Bob, BobEmail, "Bob");
        await bob.GotoAsync(Dashboard + "/incidents/INC-2026-001");
        await bob.GetByLabel("Note").FillAsync("Bob was not asked in");
        await bob.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();
        await Assertions.Expect(bob.Locator("p.notice")).ToContainTextAsync("Only INC-2026-001's participants");
        await CloseAsync(bob);

        var alice = await SignInAsync(Alice, AliceEmail, "Alice Example");
        await alice.GotoAsync(Dashboard + "/incidents/INC-2026-001");
        await alice.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" }).ClickAsync();
        await Assertions.Expect(alice.Locator("p.said")).ToContainTextAsync("cknowledged");
        await alice.GetByLabel("Status").SelectOptionAsync("monitoring");
        await alice.GetByLabel("Update").FillAsync("Rolled back; <b>watching</b> error rates");
        await alice.GetByRole(AriaRole.Button, new() { Name = "Post update" }).ClickAsync();
        await Assertions.Expect(alice.Locator("ol.timeline")).ToContainTextAsync("[monitoring] Rolled back; <b>watching</b> error rates");
        Assert.Equal(0, await alice.Locator("ol.timeline b").CountAsync());
        await CloseAsync(alice);

        var head = await SignInAsync(Head, HeadEmail, "Head of Engineering");
        await head.GetByRole(AriaRole.Link, new() { Name = "Audit log" }).ClickAsync();
        var rows = head.Locator("table tbody tr");
        await Assertions.Expect(rows.Filter(new() { HasText = "U0BOB00001" })).ToContainTextAsync("denied");
        await Assertions.Expect(rows.Filter(new() { Has = head.Locator("td", new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^ack$") }) })).ToContainTextAsync("web");
        await BrowserFixture.ScreenshotAsync(head, "audit");
        await CloseAsync(head);
        Assert.NotNull(channel);
    }

    [Fact]
    public async Task The_audit_log_is_for_admins_only()
    {
        var page = await SignInAsync(Alice, AliceEmail, "Alice Example");
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Audit log" }).CountAsync());
        var answer = await page.GotoAsync(Dashboard + "/audit");
        Assert.Equal(403, answer!.Status);
        await CloseAsync(page);
    }

    private static IFormData FormOf(IPage page, params (string Name, string Value)[] fields)
    {
        var form = page.APIRequest.CreateFormData();
        foreach (var (name, value) in fields) form.Set(name, value);
        return form;
    }
}
