using System.Net;
using System.Text.Json.Nodes;
using ChatOps.Bot.Persistence;
using ChatOps.Bot.Slack.Inbound;
using ChatOps.Bot.Tests.Slack.Host;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Bot.Tests.BadInput;

/// <summary>
/// Every row of <see cref="SlackBadRequests"/> against the real host: the answer is a 4xx or a clear message, never a
/// 5xx; the host still answers <c>/healthz</c>; and nothing changes, neither in the database nor in Slack.
/// </summary>
public sealed class SlackBadRequestTests(BadRequestScene scene) : IClassFixture<BadRequestScene>
{
    public static TheoryData<string> Cases => SlackBadRequests.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_bad_request_gets_a_4xx_or_a_clear_message_and_changes_nothing(string name)
    {
        var bad = SlackBadRequests.Named(name);
        var body = bad.Body(scene);
        if (bad.Arrange is { } arrange) await arrange(scene, body);
        await scene.Host.SettledAsync();
        var before = await StateSnapshot.TakeAsync(scene.Host.Services, scene.Slack);

        using var response = await scene.SendAsync(bad, body);
        var text = await response.Content.ReadAsStringAsync();
        await scene.Host.SettledAsync();
        var after = await StateSnapshot.TakeAsync(scene.Host.Services, scene.Slack);

        Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode}: {text}");
        await AssertAnsweredAsync(bad.Expected, response.StatusCode, text, before, after);
        Assert.True(await scene.HealthyAsync(), "/healthz stopped answering");
        after.AssertNothingChangedSince(before, inboxMayGrow: bad.Expected.Answer == Answer.ToldLater);
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded; charset=utf-8")]
    [InlineData("Application/X-WWW-Form-Urlencoded")]
    public async Task The_content_type_check_ignores_parameters_and_case(string contentType)
    {
        var body = SlackBadRequests.Utf8(scene.Driver.Slash(SlackIncidentTest.Alice, SlackIncidentTest.General, "help"));

        using var response = await scene.SendAsync(SlackEndpoints.Commands, contentType, body, SlackSigners.Valid);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Commands:", StateSnapshot.Readable(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public void Every_row_has_its_own_name() =>
        Assert.Equal(SlackBadRequests.All.Count, SlackBadRequests.All.Select(row => row.Name).Distinct().Count());

    private async Task AssertAnsweredAsync(Outcome expected, HttpStatusCode status, string body, StateSnapshot before, StateSnapshot after)
    {
        Assert.Equal(expected.Status, (int)status);
        var said = after.SaidSince(before);
        switch (expected.Answer)
        {
            case Answer.Refused:
                if (expected.Says is { } reason) Assert.Contains(reason, body, StringComparison.OrdinalIgnoreCase);
                break;
            case Answer.Told:
                Assert.Contains(said.Append(StateSnapshot.Readable(body)), t => t.Contains(expected.Says!, StringComparison.Ordinal));
                break;
            case Answer.ToldLater:
                Assert.Contains(said, t => t.Contains(expected.Says!, StringComparison.Ordinal));
                await AssertCarriedOutWithoutFailureAsync(before);
                break;
            case Answer.FieldErrors:
                var answer = JsonNode.Parse(body)!;
                Assert.Equal("errors", (string?)answer["response_action"]);
                Assert.NotNull(answer["errors"]![expected.Says!]);
                break;
            case Answer.Ignored:
                Assert.Equal("", body);
                Assert.Empty(said);
                break;
        }
    }

    /// <summary>An intent judged after the acknowledgement is stored once and processed without an error.</summary>
    private async Task AssertCarriedOutWithoutFailureAsync(StateSnapshot before)
    {
        await using var scope = scene.Host.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<ChatOpsDbContext>().Inbox.AsNoTracking().ToListAsync();
        var added = rows.Skip(before.Tables[StateSnapshot.InboxTable].Count).ToList();
        Assert.Single(added);
        Assert.NotNull(added[0].ProcessedAt);
        Assert.Null(added[0].Error);
    }
}
