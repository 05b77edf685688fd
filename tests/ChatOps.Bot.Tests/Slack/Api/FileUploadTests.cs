using System.Text;
using System.Text.Json.Nodes;
using ChatOps.Bot.Slack.Api;

namespace ChatOps.Bot.Tests.Slack.Api;

/// <summary>The external upload flow: get an upload URL, POST the bytes there, complete into the channel.</summary>
public sealed class FileUploadTests : SlackApiTest
{
    [Fact]
    public async Task The_bytes_arrive_and_the_upload_is_completed_into_the_channel()
    {
        Slack.AddChannel("C1", "inc-payments");
        const string content = "# Post-mortem: payments ✓\n\n## Timeline\n";

        await Client.UploadTextFileAsync("C1", "postmortem-20260314-payments.md", "Post-mortem", content, "Draft post-mortem", None);

        var file = Assert.Single(Slack.UploadedFiles);
        Assert.Equal(content, Encoding.UTF8.GetString(file.Bytes!));
        Assert.Equal(Encoding.UTF8.GetByteCount(content), file.DeclaredLength);
        Assert.Equal("postmortem-20260314-payments.md", file.FileName);
        Assert.True(file.Completed);
        Assert.Equal(("Post-mortem", "C1", "Draft post-mortem"), (file.Title, file.ChannelId, file.InitialComment));

        var complete = await Slack.WaitForCallAsync(SlackMethods.FilesCompleteUploadExternal, null, Patience);
        var files = JsonNode.Parse(complete.Arg("files")!)!.AsArray();
        Assert.Equal(file.Id, (string?)files.Single()!["id"]);
        Assert.Equal(new[] { SlackMethods.FilesGetUploadUrlExternal, SlackMethods.FilesCompleteUploadExternal }, Slack.Calls.Select(c => c.Method));
    }

    [Fact]
    public async Task Without_a_comment_none_is_sent()
    {
        Slack.AddChannel("C1", "inc-payments");

        await Client.UploadTextFileAsync("C1", "notes.txt", "Notes", "x", initialComment: null, None);

        Assert.Null(Slack.Calls.Last().Arg("initial_comment"));
    }

    [Fact]
    public async Task A_failed_completion_surfaces_after_the_bytes_were_sent()
    {
        Slack.FailNextWithError(SlackMethods.FilesCompleteUploadExternal, "channel_not_found");

        var error = await Assert.ThrowsAsync<SlackApiException>(
            () => Client.UploadTextFileAsync("C404", "notes.txt", "Notes", "x", null, None));

        Assert.Equal(SlackMethods.FilesCompleteUploadExternal, error.Method);
        Assert.NotNull(Assert.Single(Slack.UploadedFiles).Bytes);
    }
}
