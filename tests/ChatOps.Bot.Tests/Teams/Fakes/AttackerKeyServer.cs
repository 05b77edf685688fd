using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ChatOps.Bot.Tests.Teams.Fakes;

/// <summary>
/// A key server an attacker runs on loopback: whatever path is asked for, it answers with the attacker's key (as a
/// JWKS, or its certificate for <c>.pem</c>), and it records every request, so a test can show the bot never fetched
/// a key from an address a token named.
/// </summary>
public sealed class AttackerKeyServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<string> _requests = [];

    private AttackerKeyServer(WebApplication app) => _app = app;

    /// <summary>The attacker's key: the forged tokens are signed with it.</summary>
    public SigningKey Key { get; } = new("attacker-key");

    public Uri Root { get; private set; } = null!;

    public IReadOnlyList<string> Requests
    {
        get { lock (_requests) { return _requests.ToList(); } }
    }

    public string JwksUrl => new Uri(Root, "keys.json").ToString();
    public string CertificateUrl => new Uri(Root, "cert.pem").ToString();

    /// <summary>The attacker's public key as a self-signed certificate.</summary>
    public X509Certificate2 Certificate() =>
        new CertificateRequest("CN=api.botframework.com", Key.Key.Rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));

    public static async Task<AttackerKeyServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new AttackerKeyServer(app);
        app.Run(server.AnswerAsync);
        await app.StartAsync();
        server.Root = new Uri(app.Urls.Single().TrimEnd('/') + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task AnswerAsync(HttpContext context)
    {
        lock (_requests) _requests.Add($"{context.Request.Method} {context.Request.Path}");
        if (context.Request.Path.Value?.EndsWith(".pem", StringComparison.Ordinal) == true)
        {
            await context.Response.WriteAsync(Certificate().ExportCertificatePem());
            return;
        }
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(new JsonObject { ["keys"] = new JsonArray(Key.ToJwk()) }.ToJsonString());
    }
}
