namespace ChatOps.Bot.Alerts.Parsing;

/// <summary>Thrown inside a parser when a field is wrong; the parser turns it into <see cref="AlertParseResult.Invalid"/>, so it never escapes.</summary>
internal sealed class BadAlertPayload(string message) : Exception(message);
