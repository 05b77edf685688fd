using ChatOps.Core.Runbooks.Loading;

namespace ChatOps.Core.Runbooks;

/// <summary>
/// Loads a runbook YAML file into a <see cref="Runbook"/>, reporting every problem with its file, line, column and
/// field path. <see cref="Load"/> and <see cref="LoadFile"/> never throw.
/// </summary>
public static class RunbookLoader
{
    private const string FileField = "(file)";

    /// <param name="source">How errors name the file, e.g. <c>runbooks/default.yaml</c>.</param>
    public static RunbookLoadResult Load(string yamlText, string source)
    {
        var context = new LoadContext(source, yamlText ?? "");
        try
        {
            var root = YamlDocumentParser.Parse(context.Text, context);
            var runbook = root is null ? null : RunbookReader.Read(root, context);
            return context.HasErrors || runbook is null
                ? RunbookLoadResult.Failed(context.SortedErrors())
                : new RunbookLoadResult(runbook, []);
        }
        catch (Exception e)
        {
            // A bug in the reader must still surface as a load error, not take the bot down at startup.
            context.Add(1, 1, FieldPath.Root, $"could not read the runbook ({e.GetType().Name}: {e.Message})");
            return RunbookLoadResult.Failed(context.SortedErrors());
        }
    }

    public static RunbookLoadResult LoadFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return FileError(path, "file not found; check the path, or copy runbooks/default.yaml as a starting point");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException
                                       or System.Security.SecurityException)
        {
            return FileError(path, $"could not read the file: {e.Message}");
        }
        return Load(text, path);
    }

    /// <exception cref="RunbookException">The runbook has errors; the message lists them one per line.</exception>
    public static Runbook LoadOrThrow(string yamlText, string source)
    {
        var result = Load(yamlText, source);
        return result.Ok ? result.Runbook : throw new RunbookException(result.Errors);
    }

    private static RunbookLoadResult FileError(string path, string message) =>
        RunbookLoadResult.Failed([new RunbookError(path, 1, 1, FileField, message)]);
}
