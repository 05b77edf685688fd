using ChatOps.Core.Commands;

namespace ChatOps.Core.Engine;

/// <summary>What a person did, as any front end reads it: typed a line, pressed a button, submitted or opened a form.</summary>
public abstract record EngineInput;

/// <summary>A command line in the shared grammar (the leading <c>/incident</c> is optional).</summary>
public sealed record TypedInput(string Text) : EngineInput;

/// <summary>A command already parsed (platform events such as a pinned message become one).</summary>
public sealed record CommandInput(IncidentCommand Command) : EngineInput;

/// <summary>A button press: the button's action id and the value it carried.</summary>
public sealed record PressInput(string ActionId, string Value) : EngineInput;

/// <summary>A submitted form: its id, the fields' values, and the context the form was opened with.</summary>
public sealed record SubmissionInput(string FormId, IReadOnlyDictionary<string, string> Values, string Context = "") : EngineInput;

/// <summary>A request to show a form again (Teams opens dialogs only from a click on a card).</summary>
public sealed record OpenFormInput(string FormId, string Context = "") : EngineInput;
