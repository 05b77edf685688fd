using System.Reflection;

namespace ChatOps.Bot.Tests.Architecture;

/// <summary>The parts of ChatOps.Bot the dependency rules speak of, named in one place.</summary>
public static class BotAreas
{
    public const string Root = "ChatOps.Bot";

    public static Assembly Bot { get; } = Assembly.Load("ChatOps.Bot");

    public static Assembly Core { get; } = Assembly.Load("ChatOps.Core");

    public static DependencyReading Dependencies => TypeDependencies.Of(Bot);

    public static readonly NamespaceArea Slack = new("ChatOps.Bot.Slack");

    public static readonly NamespaceArea Teams = new("ChatOps.Bot.Teams");

    public static readonly NamespaceArea Outbound = new("ChatOps.Bot.Outbound");

    /// <summary>The instruments and spans: anything may record into them, so they may use nothing else of the bot.</summary>
    public static readonly NamespaceArea Observability = new("ChatOps.Bot.Observability");

    /// <summary>
    /// Thin typed clients of the platforms' HTTP APIs, and the readers of monitoring webhooks and health probes:
    /// they know neither the outbox nor the host.
    /// </summary>
    public static readonly IReadOnlyList<NamespaceArea> ProtocolClients =
    [
        new("ChatOps.Bot.Slack.Api"),
        new("ChatOps.Bot.Teams.Connector"),
        new("ChatOps.Bot.Teams.Graph"),
        new("ChatOps.Bot.Alerts"),
        new("ChatOps.Bot.Paging"),
        new("ChatOps.Bot.Probes"),
        new("ChatOps.Bot.Email"),
    ];

    /// <summary>
    /// The host: the program and what wires and runs the adapters. Hosting is being split, so every name the host may
    /// take is listed here, and only here: the entry point (<c>Program</c>, global or in the root namespace), the root
    /// namespace itself, and the host folders.
    /// </summary>
    public static readonly IReadOnlyList<NamespaceArea> Host =
    [
        new("Program", WithChildren: false),
        new(Root, WithChildren: false),
        new("ChatOps.Bot.Program"),
        new("ChatOps.Bot.Hosting"),
        new("ChatOps.Bot.Host"),
        new("ChatOps.Bot.Workers"),
        new("ChatOps.Bot.Http"),
    ];

    /// <summary>The namespace segment after ChatOps.Bot (Slack for ChatOps.Bot.Slack.Api); null outside any folder, as for Program.</summary>
    public static string? FolderOf(Type type)
    {
        var ns = TypeNames.TopLevel(type).Namespace ?? "";
        return ns.StartsWith(Root + ".", StringComparison.Ordinal) ? ns[(Root.Length + 1)..].Split('.')[0] : null;
    }
}
