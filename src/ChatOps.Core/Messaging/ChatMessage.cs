namespace ChatOps.Core.Messaging;

/// <summary>A post: text (plain, user text not yet escaped), an optional card, and people to mention in front of it.</summary>
public sealed record ChatMessage(string Text, Card? Card = null, IReadOnlyList<string>? Mentions = null)
{
    public IReadOnlyList<string> MentionList => Mentions ?? [];
}
