using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOps.Bot.Persistence;
using ChatOps.Bot.Tests.Slack.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Bot.Tests.BadInput;

/// <summary>
/// Everything a request could change: every table of the bot's database (incidents, reminders, inbox, settings, and
/// whatever tables come later), and every call to the fake Slack that others would see. Reads and messages only the
/// acting person sees (ephemeral messages, modals) are not changes; what that person is told is <see cref="SaidSince"/>.
/// </summary>
public sealed class StateSnapshot
{
    private static readonly HashSet<string> Harmless = ["chat.postEphemeral", "views.open", "users.info", "users.lookupByEmail", "conversations.history"];

    private StateSnapshot(SortedDictionary<string, List<string>> tables, List<string> slackChanges, List<string> responsePosts, List<string> ephemerals)
    {
        Tables = tables;
        SlackChanges = slackChanges;
        ResponsePosts = responsePosts;
        Ephemerals = ephemerals;
    }

    public const string InboxTable = "Inbox";
    public const string AuditTable = "Audit";

    public IReadOnlyDictionary<string, List<string>> Tables { get; }

    private List<string> SlackChanges { get; }

    private List<string> ResponsePosts { get; }

    private List<string> Ephemerals { get; }

    public static async Task<StateSnapshot> TakeAsync(IServiceProvider services, FakeSlackServer slack)
    {
        var tables = await TablesAsync(services);
        var calls = slack.Calls;
        return new StateSnapshot(
            tables,
            [.. calls.Where(c => !Harmless.Contains(c.Method)).Select(c => $"{c.Method} {c.Body}")],
            [.. slack.ResponsePosts.Select(p => Readable(p.Body))],
            [.. calls.Where(c => c.Method == "chat.postEphemeral").Select(c => $"{c.Arg("text")}\n{Readable(c.Arg("blocks") ?? "")}")]);
    }

    /// <summary>Every table of the bot's database but the audit log, each row as one line, sorted.</summary>
    public static async Task<SortedDictionary<string, List<string>>> TablesAsync(IServiceProvider services)
    {
        var tables = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChatOpsDbContext>();
        await db.Database.OpenConnectionAsync();
        try
        {
            // The audit log records every command that reaches the engine, refused ones included: that is its job, not a state change.
            foreach (var table in db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().Where(t => t != AuditTable))
                tables[table] = await RowsAsync(db.Database.GetDbConnection(), table);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return tables;
    }

    /// <summary>What the acting person was shown (by response_url or ephemeral message) after <paramref name="before"/>.</summary>
    public IReadOnlyList<string> SaidSince(StateSnapshot before) =>
        [.. ResponsePosts.Skip(before.ResponsePosts.Count), .. Ephemerals.Skip(before.Ephemerals.Count)];

    /// <summary>Rows added to <paramref name="table"/> since <paramref name="before"/>.</summary>
    public IReadOnlyList<string> AddedSince(StateSnapshot before, string table) => [.. Tables[table].Except(before.Tables[table])];

    /// <summary>Fails naming what changed; <paramref name="inboxMayGrow"/> lets the inbox gain rows (but not lose or alter any).</summary>
    public void AssertNothingChangedSince(StateSnapshot before, bool inboxMayGrow = false)
    {
        foreach (var (table, rows) in before.Tables)
        {
            var now = Tables[table];
            var removed = rows.Except(now).ToList();
            var added = now.Except(rows).ToList();
            if (inboxMayGrow && table == InboxTable) added.Clear();
            Assert.True(removed.Count == 0 && added.Count == 0,
                $"Table {table} changed.\nRemoved:\n{string.Join('\n', removed)}\nAdded:\n{string.Join('\n', added)}");
        }
        var calls = SlackChanges.Skip(before.SlackChanges.Count).ToList();
        Assert.True(calls.Count == 0, $"Slack was changed:\n{string.Join('\n', calls)}");
    }

    /// <summary>The text a person would read in a JSON message (every string in it, one a line), or the body as it is.</summary>
    public static string Readable(string body)
    {
        try
        {
            return JsonNode.Parse(body) is { } json ? string.Join('\n', Strings(json)) : body;
        }
        catch (JsonException)
        {
            return body;
        }
    }

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    private static async Task<List<string>> RowsAsync(DbConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\"";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
            rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => $"{reader.GetName(i)}={reader.GetValue(i)}")));
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }
}
