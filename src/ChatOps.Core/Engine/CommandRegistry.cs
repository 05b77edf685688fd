using ChatOps.Core.Commands;

namespace ChatOps.Core.Engine;

/// <summary>
/// Every command the engine knows, found once in this assembly: each concrete <see cref="ICommandHandler"/> is one
/// command. The parser, the access check, the audit text, the help and the button and form mapping all look here, so
/// adding a command is adding its file.
/// </summary>
public sealed class CommandRegistry
{
    public static readonly CommandRegistry Default = new(typeof(CommandRegistry).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICommandHandler).IsAssignableFrom(t))
        .Select(t => (ICommandHandler)Activator.CreateInstance(t)!));

    private readonly Dictionary<Type, ICommandHandler> _byType;
    private readonly Dictionary<string, ICommandHandler> _byVerb;
    private readonly Dictionary<string, (ICommandHandler Handler, ButtonSpec Button)> _byAction;
    private readonly Dictionary<string, (ICommandHandler Handler, FormSpec Form)> _byForm;

    public CommandRegistry(IEnumerable<ICommandHandler> handlers)
    {
        Handlers = handlers.OrderBy(h => h.Spec.Order).ThenBy(h => h.Spec.Name, StringComparer.Ordinal).ToList();
        _byType = Handlers.ToDictionary(h => h.CommandType);
        _byVerb = Handlers.SelectMany(h => h.Spec.Verbs.Select(v => (Verb: v, Handler: h))).ToDictionary(p => p.Verb, p => p.Handler, StringComparer.OrdinalIgnoreCase);
        _byAction = Handlers.SelectMany(h => h.Buttons.Select(b => (b.ActionId, (h, b)))).ToDictionary(p => p.ActionId, p => p.Item2, StringComparer.Ordinal);
        _byForm = Handlers.Where(h => h.Form is not null).ToDictionary(h => h.Form!.FormId, h => (h, h.Form!), StringComparer.Ordinal);
        Usage = string.Join('\n', Handlers.Where(h => h.Spec.IsTyped).Select(h => h.Spec.Usage));
    }

    public IReadOnlyList<ICommandHandler> Handlers { get; }

    /// <summary>One line per typed command, in help order.</summary>
    public string Usage { get; }

    public IEnumerable<string> ActionIds => _byAction.Keys;

    public IEnumerable<string> FormIds => _byForm.Keys;

    public ICommandHandler For(IncidentCommand command) =>
        _byType.TryGetValue(command.GetType(), out var handler)
            ? handler
            : throw new InvalidOperationException($"No handler for {command.GetType().Name}; add a CommandHandler for it.");

    public ICommandHandler? ForVerb(string verb) => _byVerb.GetValueOrDefault(verb);

    public (ICommandHandler Handler, ButtonSpec Button)? ForAction(string actionId) =>
        _byAction.TryGetValue(actionId, out var found) ? found : null;

    public (ICommandHandler Handler, FormSpec Form)? ForForm(string formId) =>
        _byForm.TryGetValue(formId, out var found) ? found : null;

    public bool IsButton(string actionId) => _byAction.ContainsKey(actionId);

    public bool IsForm(string formId) => _byForm.ContainsKey(formId);

    /// <summary>The command written back in the grammar, as the audit log shows it.</summary>
    public string Describe(IncidentCommand command) => For(command).Describe(command);
}
