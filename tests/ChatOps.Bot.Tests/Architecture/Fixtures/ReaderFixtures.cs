namespace ChatOps.Bot.Tests.Architecture.Fixtures;

// Each *User names its *Target in exactly one way, so the reader tests can tell that way is seen.
// Every target is a distinct type; none is mentioned in a signature, field or attribute unless the test says so.

internal sealed class BodyTarget
{
    public static readonly int Count = 1;
}

internal sealed class BodyUser
{
    public int Read() => BodyTarget.Count;
}

internal sealed class CallTarget
{
    public static string Name() => "call";
}

internal sealed class CallUser
{
    public int Length() => CallTarget.Name().Length;
}

internal sealed class LambdaTarget
{
    public static readonly int Offset = 2;
}

internal sealed class LambdaUser
{
    public Func<int> Adder(int value) => () => value + LambdaTarget.Offset;
}

internal sealed class AsyncTarget
{
    public static readonly int Hits = 3;
}

internal sealed class AsyncUser
{
    public async Task<int> RunAsync()
    {
        await Task.Yield();
        return AsyncTarget.Hits;
    }
}

internal sealed class CatchTarget : Exception;

internal sealed class CatchUser
{
    public bool Survives(Action action)
    {
        try
        {
            action();
            return true;
        }
        catch (CatchTarget)
        {
            return false;
        }
    }
}

internal sealed class TypeofTarget;

[AttributeUsage(AttributeTargets.Class)]
internal sealed class NamesTypeAttribute(Type named) : Attribute
{
    public Type Named { get; } = named;
}

[NamesType(typeof(TypeofTarget))]
internal sealed class TypeofUser;

internal sealed class GenericTarget;

internal sealed class GenericUser
{
    public List<Dictionary<string, GenericTarget[]>> Nested { get; } = [];
}
