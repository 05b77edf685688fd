using System.Text;

namespace ChatOps.Bot.Tests.BadInput.Fuzzing;

/// <summary>Mutations of an <c>application/x-www-form-urlencoded</c> body and of the bytes of any body.</summary>
public sealed partial class Mutations
{
    /// <summary>The form with <paramref name="count"/> mutations, encoded (and perhaps broken) as Slack would post it.</summary>
    public string Form(List<KeyValuePair<string, string>> fields, int count)
    {
        var broken = new List<Func<string, string>>();
        for (var i = 0; i < (Enabled ? count : 0); i++)
        {
            if (fields.Count == 0) break;
            var at = random.Next(fields.Count);
            var (key, value) = fields[at];
            if (isAddress(key))
            {
                var url = Pick(new[] { "", "not a url", "42", loopbackUrl() });
                fields[at] = new(key, url);
                Applied.Add($"form {key} = {Show(url)}");
                continue;
            }
            switch (random.Next(9))
            {
                case 0:
                    fields.RemoveAt(at);
                    Applied.Add($"form {key} deleted");
                    break;
                case 1:
                    fields.Insert(at, new(key, Pick(FuzzValues.Ids)));
                    Applied.Add($"form {key} given twice");
                    break;
                case 2:
                    var text = key is "text" ? Pick(FuzzValues.Commands) : Pick(FuzzValues.Strings);
                    fields[at] = new(key, text);
                    Applied.Add($"form {key} = {Show(text)}");
                    break;
                case 3:
                    var id = Pick(FuzzValues.Ids);
                    fields[at] = new(key, id);
                    Applied.Add($"form {key} = foreign id {Show(id)}");
                    break;
                case 4:
                    var huge = Huge();
                    fields[at] = new(key, huge);
                    Applied.Add($"form {key} = {huge.Length:N0} characters");
                    break;
                case 5:
                    var odd = Pick(FuzzValues.Strings);
                    var cut = random.Next(value.Length + 1);
                    if (cut > 0 && cut < value.Length && char.IsLowSurrogate(value[cut])) cut--;
                    fields[at] = new(key, value[..cut] + odd + value[cut..]);
                    Applied.Add($"form {key}: inserted {Show(odd)} at {cut}");
                    break;
                case 6:
                    var extra = Pick(new[] { 1, 50, 5_000 });
                    for (var n = 0; n < extra; n++) fields.Add(new($"junk{n}", "v"));
                    Applied.Add($"form: {extra} extra fields");
                    break;
                case 7:
                    var renamed = Pick(new[] { key.ToUpperInvariant(), key + " ", "", key + "[]" });
                    fields[at] = new(renamed, value);
                    Applied.Add($"form {key} renamed {Show(renamed)}");
                    break;
                default:
                    var junk = Pick(new[] { "%", "%zz", "%F", "%FF%FE", "%C0%AF", "%ED%A0%80", "&&&", "==", "+%2B+", "%00" });
                    broken.Add(encoded => Insert(encoded, junk));
                    Applied.Add($"form: {junk} inserted raw");
                    break;
            }
        }
        var body = string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));
        foreach (var breakIt in broken) body = breakIt(body);
        return body;
    }

    /// <summary>The body's bytes, now and then truncated or given bytes that are not UTF-8.</summary>
    public byte[] Bytes(string body, double chance)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        if (!Enabled || !Chance(chance) || bytes.Length == 0) return bytes;
        var at = random.Next(bytes.Length);
        switch (random.Next(3))
        {
            case 0:
                at = BeforeAnyCutUrl(bytes, at);
                Applied.Add($"truncated at byte {at} of {bytes.Length}");
                return bytes[..at];
            case 1:
                at = BeforeAnyCutUrl(bytes, at);
                byte[] invalid = Pick(new[] { new byte[] { 0xFF }, [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x00] });
                Applied.Add($"bytes {Convert.ToHexString(invalid)} inserted at {at}");
                return [.. bytes[..at], .. invalid, .. bytes[at..]];
            default:
                Applied.Add($"'}}]\" appended");
                return [.. bytes, .. "}]\""u8.ToArray()];
        }
    }

    /// <summary>
    /// Where to cut or insert bytes so that no URL is broken: a form cut inside its response_url would leave one the bot
    /// takes (<c>http://12</c>, a host that is not this machine), and a byte that is not UTF-8 in a host makes it another
    /// name; such a position moves back to before the URL.
    /// </summary>
    private static int BeforeAnyCutUrl(byte[] bytes, int at)
    {
        var prefix = Encoding.UTF8.GetString(bytes, 0, at);
        var url = UrlAround(prefix, prefix.Length);
        return url >= 0 ? Encoding.UTF8.GetByteCount(prefix[..url]) : at;
    }

    /// <summary>Raw junk somewhere in the encoded form, but never inside a URL (<c>127.0.0.%F1</c> names another host).</summary>
    private string Insert(string text, string junk)
    {
        var at = random.Next(text.Length + 1);
        if (UrlAround(text, at) is var url and >= 0) at = url;
        return text[..at] + junk + text[at..];
    }

    /// <summary>Where the URL that <paramref name="at"/> falls inside begins, or -1 when it falls inside none.</summary>
    private static int UrlAround(string text, int at)
    {
        var url = text.LastIndexOf("http", Math.Max(0, Math.Min(at, text.Length) - 1), StringComparison.OrdinalIgnoreCase);
        return url >= 0 && text.IndexOfAny(['&', '"'], url, at - url) < 0 ? url : -1;
    }
}
