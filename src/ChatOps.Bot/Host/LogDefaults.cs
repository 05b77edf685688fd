using System.Text.Encodings.Web;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.Logging.Console;

namespace ChatOps.Bot.Host;

/// <summary>
/// What the web host logs unless told otherwise: the bot's own lines at Information, one plain line each with a UTC
/// time; the framework's chatter (four lines per outgoing HTTP call, several per request, one per SQL statement) only
/// from Warning. The levels sit beneath every other configuration source, so the standard
/// <c>Logging__LogLevel__&lt;category&gt;</c> settings override them; <c>Logging__Console__FormatterName=json</c> switches
/// to JSON.
/// </summary>
public static class LogDefaults
{
    public static readonly IReadOnlyDictionary<string, string?> Settings = new Dictionary<string, string?>
    {
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Warning",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
        // The start-up summary names the addresses; the host's own start lines would only repeat them.
        ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
        // A failed start (a port in use) is printed as one line by the command line; the host would add its stack
        // trace. A worker that crashes is still logged, at Critical.
        ["Logging:LogLevel:Microsoft.Extensions.Hosting.Internal.Host"] = "Critical",
        // Named, or the console logger ignores the formatter options and writes two lines per entry.
        ["Logging:Console:FormatterName"] = "simple",
        ["Logging:Console:FormatterOptions:SingleLine"] = "true",
    };

    public static WebApplicationBuilder AddLogDefaults(this WebApplicationBuilder builder)
    {
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = Settings });
        // In code, not configuration: the JSON formatter reads the same options section and would get a plain format.
        builder.Services.Configure<SimpleConsoleFormatterOptions>(options =>
        {
            if (options.TimestampFormat is not null) return;
            options.TimestampFormat = "yyyy-MM-dd HH:mm:ss ";
            options.UseUtcTimestamp = true;
        });
        // Titles and channel names as written, not as \u0027 escapes; still one valid JSON object per line.
        builder.Services.Configure<JsonConsoleFormatterOptions>(options =>
        {
            options.JsonWriterOptions = options.JsonWriterOptions with { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            if (options.TimestampFormat is not null) return;
            options.TimestampFormat = "O";
            options.UseUtcTimestamp = true;
        });
        return builder;
    }
}
