using YamlDotNet.RepresentationModel;

namespace ChatOps.Core.Runbooks.Loading;

/// <summary>
/// Reads <c>triage:</c> questions and checks where each answer leads: to an existing other question, an existing
/// checklist, an escalation, guidance, or the end of triage.
/// </summary>
internal static class TriageReader
{
    private static readonly string[] QuestionKeys = ["id", "text", "answers"];

    /// <summary>An answer's <c>next</c>, kept with its node so it can be checked once every question is known.</summary>
    private sealed record NextLink(string QuestionId, string Next, YamlNode Node, string Field);

    public static IReadOnlyList<TriageQuestion> ReadAll(
        YamlMap root, IReadOnlySet<string> checklistKeys, LoadContext context)
    {
        var list = root.List("triage", required: false, "triage: [ { id: api-health, text: ..., answers: [...] } ]");
        if (list is null) return [];

        var questions = new List<TriageQuestion>();
        var seenIds = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var links = new List<NextLink>();
        for (var i = 0; i < list.Children.Count; i++)
        {
            var map = YamlMap.Read(list.Children[i], FieldPath.Item(root.Field("triage"), i), context, QuestionKeys);
            if (map is null) continue;

            var id = map.Id("id", required: true, "id: api-health");
            if (id is not null && !seenIds.TryAdd(id, map.Value("id")!))
                context.Add(map.Value("id")!, map.Field("id"),
                    $"duplicate question id '{id}' (first defined on line {seenIds[id].Start.Line}); give each question its own id");
            var text = map.Text("text", required: true, "text: \"Does /api/health answer OK?\"");
            var answers = ReadAnswers(map, id, checklistKeys, links, context);
            if (id is not null && text is not null && answers is not null)
                questions.Add(new TriageQuestion(id, text.Trim(), answers));
        }

        CheckNextLinks(links, seenIds, context);
        return questions;
    }

    private static List<TriageAnswer>? ReadAnswers(
        YamlMap question, string? questionId, IReadOnlySet<string> checklistKeys,
        List<NextLink> links, LoadContext context)
    {
        var list = question.List("answers", required: true, "answers: [ { id: healthy, label: Healthy, next: webhooks } ]");
        if (list is null) return null;
        if (list.Children.Count == 0)
        {
            context.Add(list, question.Field("answers"), "question has no answers; add at least one, e.g. - { id: healthy, label: Healthy, next: webhooks }");
            return null;
        }

        var answers = new List<TriageAnswer>();
        var seenIds = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        for (var i = 0; i < list.Children.Count; i++)
        {
            var answer = TriageAnswerReader.Read(list.Children[i], FieldPath.Item(question.Field("answers"), i), checklistKeys, context);
            if (answer is null) continue;
            if (!seenIds.TryAdd(answer.Answer.Id, answer.IdNode))
                context.Add(answer.IdNode, FieldPath.Child(answer.Path, "id"),
                    $"duplicate answer id '{answer.Answer.Id}' in this question (first on line {seenIds[answer.Answer.Id].Start.Line}); give each answer its own id");
            if (answer.Answer.Next is { } next && answer.NextNode is { } nextNode && questionId is not null)
                links.Add(new NextLink(questionId, next, nextNode, FieldPath.Child(answer.Path, "next")));
            answers.Add(answer.Answer);
        }
        return answers;
    }

    private static void CheckNextLinks(List<NextLink> links, Dictionary<string, YamlNode> questionIds, LoadContext context)
    {
        foreach (var link in links)
        {
            if (link.Next == link.QuestionId)
                context.Add(link.Node, link.Field,
                    $"'{link.Next}' is this answer's own question, so triage would loop; point next at another question or end triage with done: true");
            else if (!questionIds.ContainsKey(link.Next))
                context.Add(link.Node, link.Field,
                    $"'{link.Next}' is not a triage question; use one of: {Known(questionIds.Keys)}");
        }
    }

    internal static string Known(IEnumerable<string> keys)
    {
        var list = string.Join(", ", keys);
        return list.Length == 0 ? "(none defined)" : list;
    }
}
