namespace ChatOps.Bot.Tests.Architecture;

/// <summary>Where in a type's metadata or code another type is named.</summary>
public enum UseKind
{
    BaseType,
    Interface,
    GenericConstraint,
    Attribute,
    Field,
    Property,
    Event,
    Signature,
    Local,
    Catch,
    Body,
}
