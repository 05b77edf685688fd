using System.Globalization;
using ChatOps.Core.Access;
using ChatOps.Core.Alerts;
using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;
using ChatOps.Core.Messaging;

namespace ChatOps.Core.Commands;

/// <summary>Declare or Dismiss pressed on a suggested incident's card.</summary>
public sealed record AnswerAlertSuggestionCommand(long SuggestionId, bool Declare) : IncidentCommand;

/// <summary>
/// The buttons of a card an alert rule with <c>declare: suggest</c> posted: Declare declares as the person who pressed
/// it (whoever may declare), started and detected when the alerts said; Dismiss sets the alerts aside for the regroup
/// window. Either way the card says who chose what.
/// </summary>
public sealed class AnswerAlertSuggestion : CommandHandler<AnswerAlertSuggestionCommand>
{
    public const string DeclareActionId = "alert.declare";
    public const string DismissActionId = "alert.dismiss";

    public override CommandSpec Spec { get; } = new([], "(platform event) Declare or Dismiss pressed on an incident suggested by an alert",
        CommandAccess.For(IncidentAction.Declare), CommandTarget.None, 1003);

    public override IReadOnlyList<ButtonSpec> Buttons { get; } =
    [
        new(DeclareActionId, value => Read(value, declare: true), Unreadable),
        new(DismissActionId, value => Read(value, declare: false), Unreadable),
    ];

    public static CardButton DeclareButton(long suggestionId) => new("Declare", DeclareActionId, Value(suggestionId), ButtonStyle.Primary);

    public static CardButton DismissButton(long suggestionId) => new("Dismiss", DismissActionId, Value(suggestionId));

    protected override string Describe(AnswerAlertSuggestionCommand command) =>
        $"[alert suggestion {command.SuggestionId}] {(command.Declare ? "declare" : "dismiss")}";

    protected override Task<CommandReply> HandleAsync(EngineCall call, AnswerAlertSuggestionCommand command, Incident? incident, CancellationToken ct) =>
        command.Declare ? AlertIntake.DeclareSuggestedAsync(call, command.SuggestionId, ct) : AlertIntake.DismissAsync(call, command.SuggestionId, ct);

    private static string Value(long suggestionId) => suggestionId.ToString(CultureInfo.InvariantCulture);

    /// <summary>The value is the suggestion's id; the press names no incident (none exists yet).</summary>
    private static Pressed? Read(string value, bool declare) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? new Pressed(new AnswerAlertSuggestionCommand(id, declare), "")
            : null;

    private static string Unreadable(string value) =>
        $"'{value}' is not a suggestion this bot posted; the card may come from an older version.";
}
