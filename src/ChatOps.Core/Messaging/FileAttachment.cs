namespace ChatOps.Core.Messaging;

/// <summary>A text file posted into a channel (the post-mortem skeleton).</summary>
public sealed record FileAttachment(string FileName, string Title, string Content);
