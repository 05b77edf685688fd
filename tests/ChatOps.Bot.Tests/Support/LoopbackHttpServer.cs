using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatOps.Bot.Tests.Support;

/// <summary>A minimal ASP.NET Core app speaking real HTTP on 127.0.0.1 on a free port, with the routes a test maps.</summary>
public sealed class LoopbackHttpServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackHttpServer(WebApplication app, Uri root)
    {
        _app = app;
        Root = root;
    }

    /// <summary><c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri Root { get; }

    public static async Task<LoopbackHttpServer> StartAsync(Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        return new LoopbackHttpServer(app, new Uri(app.Urls.Single().TrimEnd('/') + "/"));
    }

    public Uri Url(string path) => new(Root, path.TrimStart('/'));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
