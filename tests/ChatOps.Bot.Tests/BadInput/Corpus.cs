namespace ChatOps.Bot.Tests.BadInput;

/// <summary>A row of a corpus table, known by its name, which is what a theory gets as its data.</summary>
public interface ICorpusRow
{
    string Name { get; }
}

/// <summary>Turns a corpus table into theory data (row names, so each row is its own test) and back.</summary>
public static class Corpus
{
    public static TheoryData<string> Names<T>(IEnumerable<T> rows) where T : ICorpusRow
    {
        var names = new TheoryData<string>();
        foreach (var row in rows) names.Add(row.Name);
        return names;
    }

    public static T Named<T>(IEnumerable<T> rows, string name) where T : ICorpusRow => rows.Single(row => row.Name == name);
}
