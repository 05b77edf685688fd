namespace ChatOps.Bot.StatusPage;

/// <summary>
/// A request's scope in the container the engine runs in, for a web server that has its own container (the shell's
/// loopback server): what a page reads comes from the engine's database, and the scope ends with the request.
/// </summary>
public sealed class EngineRequestScope(IServiceProvider engine) : IAsyncDisposable
{
    private readonly AsyncServiceScope _scope = engine.CreateAsyncScope();

    public T Get<T>() where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();

    public ValueTask DisposeAsync() => _scope.DisposeAsync();
}
