namespace ChatOps.Bot.Tests.Teams.Fakes;

/// <summary>How the fake Bot Connector and Graph fail during an outage (<see cref="FakeTeamsServer.BeginOutage"/>).</summary>
public enum TeamsOutage
{
    /// <summary>HTTP 500 to every call.</summary>
    ServerError,

    /// <summary>HTTP 429 with <c>Retry-After</c> to every call.</summary>
    Throttled,

    /// <summary>The connection is dropped as soon as the request has been read.</summary>
    ConnectionReset,

    /// <summary>No answer at all until the outage ends; then the connection is dropped.</summary>
    Hang,
}
