namespace ChatOps.Core.Messaging;

/// <summary>The value a triage answer button carries: <c>INC-2026-001|question|answer</c>.</summary>
public static class TriageAnswerValue
{
    public static string Format(string number, string questionId, string answerId) => $"{number}|{questionId}|{answerId}";

    public static bool TryParse(string value, out string number, out string questionId, out string answerId)
    {
        var parts = (value ?? "").Split('|');
        (number, questionId, answerId) = parts.Length == 3 ? (parts[0], parts[1], parts[2]) : ("", "", "");
        return parts.Length == 3 && parts.All(p => p.Length > 0);
    }
}
