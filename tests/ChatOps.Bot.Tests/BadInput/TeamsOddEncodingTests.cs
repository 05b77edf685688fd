using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ChatOps.Bot.Teams.AdaptiveCards;
using ChatOps.Bot.Teams.Inbound;
using ChatOps.Bot.Tests.Teams.Host;
using ChatOps.Core.Commands;

namespace ChatOps.Bot.Tests.BadInput;

/// <summary>
/// Activities with valid tokens whose text is not text (found by the fuzzer: each was a 500): bytes that are not UTF-8
/// and JSON escapes of half a surrogate pair. In values they read as U+FFFD and the activity is handled like any other;
/// as keys they are refused with a 400, as a repeated key is.
/// </summary>
public sealed class TeamsOddEncodingTests : TeamsIncidentTest
{
    private const string LoneHigh = "\\ud800";

    [Fact]
    public async Task A_message_with_bytes_that_are_not_UTF8_is_carried_out()
    {
        var json = Driver.ChannelMessage(Alice, General, "incident list").ToJsonString();
        var bytes = Encoding.UTF8.GetBytes(json.Replace("Alice Adams", "Alice MARK", StringComparison.Ordinal));
        var at = IndexOf(bytes, "MARK"u8);
        byte[] body = [.. bytes[..at], 0xFF, 0xC0, 0xAF, .. bytes[(at + 4)..]];

        var status = await PostAsync(body);
        await Host.InboxIdleAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        await ReplyAsync(General, "No open incidents.");
    }

    [Fact]
    public async Task A_message_whose_sender_name_is_half_a_surrogate_pair_is_carried_out()
    {
        var json = Driver.ChannelMessage(Alice, General, "incident list").ToJsonString().Replace("Alice Adams", $"Alice {LoneHigh}", StringComparison.Ordinal);

        var status = await PostAsync(Encoding.UTF8.GetBytes(json));
        await Host.InboxIdleAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        await ReplyAsync(General, "No open incidents.");
    }

    [Fact]
    public async Task A_member_added_whose_id_is_half_a_surrogate_pair_is_acknowledged()
    {
        var added = Driver.BotAddedToTeam(General);
        added["membersAdded"]![0]!["id"] = "MARK";

        var status = await PostAsync(Encoding.UTF8.GetBytes(added.ToJsonString().Replace("MARK", LoneHigh, StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Theory]
    [InlineData("keys that are halves of surrogate pairs", "\"\\ud800\"", "\"\\udc00\"")]
    [InlineData("a key given twice", "\"title\"", "\"title\"")]
    public async Task A_dialog_submission_whose_inputs_have_keys_no_reader_can_trust_is_refused_and_changes_nothing(string what, string first, string second)
    {
        var data = new ActionData(Form: Declare.FormId).ToJson();
        data["MARK1"] = "P1";
        data["MARK2"] = "Checkout is down";
        var json = Driver.TaskSubmit(Alice, General, data).ToJsonString()
            .Replace("\"MARK1\"", first, StringComparison.Ordinal).Replace("\"MARK2\"", second, StringComparison.Ordinal);

        using var response = await SendAsync(Encoding.UTF8.GetBytes(json));
        await Host.InboxIdleAsync();

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, what);
        Assert.Contains("without repeated keys", await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(Teams.Channels, c => c.DisplayName.StartsWith("inc-", StringComparison.Ordinal));
    }

    private async Task<HttpStatusCode> PostAsync(byte[] body)
    {
        using var response = await SendAsync(body);
        return response.StatusCode;
    }

    private Task<HttpResponseMessage> SendAsync(byte[] body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, TeamsEndpoint.Path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + Teams.Token(Host.Time).Encode());
        return Host.Client.SendAsync(request);
    }

    private static int IndexOf(byte[] haystack, ReadOnlySpan<byte> needle) => haystack.AsSpan().IndexOf(needle);
}
