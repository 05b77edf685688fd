using System.Text.Json;
using System.Text.Unicode;

namespace ChatOps.Bot.Alerts.Parsing;

/// <summary>The checks every webhook body gets before a source reads it: size, JSON, an object at the top.</summary>
internal static class AlertBody
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    /// <summary>Runs <paramref name="read"/> on the body's top-level object; whatever it finds wrong becomes an error, never an exception.</summary>
    public static AlertParseResult Read(AlertSource source, ReadOnlyMemory<byte> body, AlertLimits limits, Func<JsonField, AlertParseResult> read)
    {
        if (body.Length > limits.MaxBodyBytes)
        {
            return AlertParseResult.Invalid($"the body is {body.Length} bytes; at most {limits.MaxBodyBytes} are accepted");
        }

        if (body.IsEmpty) return AlertParseResult.Invalid("the body is empty; expected a JSON object");
        if (!Utf8.IsValid(body.Span)) return AlertParseResult.Invalid("the body is not valid UTF-8 text");
        try
        {
            using var document = JsonDocument.Parse(body, Options);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return AlertParseResult.Invalid($"the body must be a JSON object, not {document.RootElement.ValueKind.ToString().ToLowerInvariant()}");
            }

            return read(JsonField.Root(document.RootElement));
        }
        catch (JsonException e)
        {
            return AlertParseResult.Invalid($"the body is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1})");
        }
        catch (BadAlertPayload e)
        {
            return AlertParseResult.Invalid(e.Message);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or ArgumentException or OverflowException)
        {
            // A reader met something it did not expect; say so rather than fail the request.
            return AlertParseResult.Invalid($"the body could not be read ({e.GetType().Name}: {AlertText.Line(e.Message, 200)})");
        }
    }
}
