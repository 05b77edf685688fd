namespace ChatOps.Core.Access;

/// <summary>Who an access rule lets act; combinable, e.g. <c>[commander, admins]</c>.</summary>
[Flags]
public enum Audience
{
    None = 0,
    Anyone = 1,
    Commander = 2,
    Participants = 4,
    Admins = 8,
}
