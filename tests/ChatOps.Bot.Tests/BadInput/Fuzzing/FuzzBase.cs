namespace ChatOps.Bot.Tests.BadInput.Fuzzing;

/// <summary>A published payload the fuzzer starts from, and how to build case <c>i</c> of it with its mutations.</summary>
public sealed record FuzzBase(string Name, Func<int, Mutations, FuzzRequest> Build)
{
    public override string ToString() => Name;
}
