namespace ChatOps.Bot.Paging.Opsgenie;

/// <summary>Opsgenie alert priority; P1 is the highest, P3 the default.</summary>
public enum OpsgeniePriority
{
    P1,
    P2,
    P3,
    P4,
    P5,
}
