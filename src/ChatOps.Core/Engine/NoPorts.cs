using System.Reflection;
using ChatOps.Core.Ports;

namespace ChatOps.Core.Engine;

/// <summary>
/// The ports of an engine made only for checks (<see cref="IncidentEngine.ForChecks"/>): nothing a check reads is
/// stored or sent, so using one of these is a bug, and the exception says which port and method.
/// </summary>
internal static class NoPorts
{
    public static readonly IIncidentStore Store = NoPort.Of<IIncidentStore>();
    public static readonly IChatPlatform Chat = NoPort.Of<IChatPlatform>();
    public static readonly IPostMortemArchive Archive = NoPort.Of<IPostMortemArchive>();
}

/// <summary>A port every call of which throws (see <see cref="NoPorts"/>).</summary>
internal class NoPort : DispatchProxy
{
    public static T Of<T>() where T : class => Create<T, NoPort>();

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
        throw new InvalidOperationException(
            $"An engine made for checks has no {targetMethod?.DeclaringType?.Name}; {targetMethod?.Name} needs the engine of a unit of work.");
}
