using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Bot.Tests.Slack.Fakes;

public sealed partial class FakeSlackServer
{
    // Arguments whose value is JSON inside a form field, the JSON kind each must be, and Slack's error when it is not.
    private static readonly Dictionary<string, (JsonValueKind Kind, string Error)> JsonArguments = new()
    {
        ["blocks"] = (JsonValueKind.Array, "invalid_blocks_format"),
        ["attachments"] = (JsonValueKind.Array, "invalid_attachments"),
        ["view"] = (JsonValueKind.Object, "invalid_arguments"),
        ["files"] = (JsonValueKind.Array, "invalid_arguments"),
    };

    private readonly Dictionary<string, FakeUploadedFile> _files = new(StringComparer.Ordinal);

    public IReadOnlyList<FakeUploadedFile> UploadedFiles
    {
        get { lock (_gate) { return _files.Values.ToList(); } }
    }

    private JsonObject? Validate(SlackCall call)
    {
        var missing = _spec.RequiredArguments(call.Method).Where(a => string.IsNullOrEmpty(call.Arg(a))).Order().ToList();
        if (missing.Count > 0)
        {
            return Error("invalid_arguments", [.. missing.Select(a => $"missing required argument {a}")]);
        }

        foreach (var (name, (kind, error)) in JsonArguments)
        {
            if (call.Arg(name) is { } value && !IsJson(value, kind))
            {
                return Error(error, $"argument {name} must be a JSON {kind.ToString().ToLowerInvariant()}");
            }
        }

        return call.Method == "chat.postMessage" && string.IsNullOrEmpty(call.Arg("text"))
               && string.IsNullOrEmpty(call.Arg("blocks")) && string.IsNullOrEmpty(call.Arg("attachments"))
            ? Error("no_text")
            : null;
    }

    private static bool IsJson(string value, JsonValueKind kind)
    {
        try
        {
            using var document = JsonDocument.Parse(value);
            return document.RootElement.ValueKind == kind;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private async Task HandleUploadAsync(HttpContext context)
    {
        var fileId = (string)context.Request.RouteValues["fileId"]!;
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        bool known;
        lock (_gate)
        {
            known = _files.TryGetValue(fileId, out var file);
            if (file is not null)
            {
                file.Bytes = buffer.ToArray();
            }
        }

        context.Response.StatusCode = known ? StatusCodes.Status200OK : StatusCodes.Status404NotFound;
        await context.Response.WriteAsync(known ? $"OK - {buffer.Length}" : "no such upload");
    }

    private async Task HandleResponseUrlAsync(HttpContext context)
    {
        var id = (string)context.Request.RouteValues["id"]!;
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
        await HeldAsync(context.RequestAborted);
        if (Reset(context)) return;
        Func<HttpResponse, Task>? outage;
        lock (_gate)
        {
            outage = _outageMethods is null ? _outage : null;
        }
        if (outage is not null)
        {
            await outage(context.Response);
            return;
        }
        lock (_gate)
        {
            _responsePosts.Add(new ResponseUrlPost(
                id, context.Request.ContentType ?? "", body, context.Request.Headers.Authorization.Count > 0));
        }

        await WriteJsonAsync(context.Response, Ok());
    }
}
