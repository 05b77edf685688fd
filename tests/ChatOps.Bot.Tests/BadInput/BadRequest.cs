namespace ChatOps.Bot.Tests.BadInput;

/// <summary>
/// One row of a bad-request corpus: where it is posted, with which content type (null: none), the body (built against
/// the running scene, so it can name its incident and its fake platform), how it is signed, and the answer the bot
/// owes. <see cref="Arrange"/> runs first with the same body (to send it once validly before a replay, say).
/// </summary>
public sealed record BadRequest(string Name, string Path, string? ContentType, Func<BadRequestScene, byte[]> Body, Outcome Expected) : ICorpusRow
{
    public Signer Sign { get; init; } = SlackSigners.Valid;

    /// <summary>Sent with chunked transfer encoding and no Content-Length.</summary>
    public bool Chunked { get; init; }

    public Func<BadRequestScene, byte[], Task>? Arrange { get; init; }

    public override string ToString() => Name;
}
