using System.Globalization;
using MimeKit;

namespace ChatOps.Bot.Email;

/// <summary>
/// The mail server email goes through: <c>Email__Smtp__Host</c>, <c>Port</c>, <c>Security</c> (none, starttls or tls),
/// <c>User</c>, <c>Password</c> and <c>From</c>. No host means no email. <see cref="Read"/> names each wrong setting in
/// one line; <see cref="Describe"/> never shows the password.
/// </summary>
public sealed record SmtpSettings(string Host, int Port, SmtpSecurity Security, string? User, string? Password, MailboxAddress From)
{
    public const string Section = "Email:Smtp";

    public static string Env(string key) => $"Email__Smtp__{key}";

    /// <summary>The settings, or null when no host is set (or something is wrong: then <paramref name="problems"/> says what).</summary>
    public static SmtpSettings? Read(IConfiguration configuration, List<string> problems)
    {
        var section = configuration.GetSection(Section);
        string? Value(string key) => section[key] is { } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;
        var host = Value("Host");
        if (host is null)
        {
            var stray = new[] { "Port", "Security", "User", "Password", "From" }.Where(k => Value(k) is not null).Select(Env).ToList();
            if (stray.Count > 0)
                problems.Add($"{string.Join(", ", stray)} {(stray.Count == 1 ? "is" : "are")} set but {Env("Host")} is not: set the mail server's host name to send email, or unset {(stray.Count == 1 ? "it" : "them")}.");
            return null;
        }
        var before = problems.Count;
        if (host.Any(c => char.IsWhiteSpace(c) || c == '/' || c == ':'))
            problems.Add($"{Env("Host")} '{host}' is not a host name: write only the name or address, like smtp.example.com (the port goes in {Env("Port")}).");
        var security = SmtpSecurity.StartTls;
        if (Value("Security") is { } securityText)
        {
            switch (securityText.ToLowerInvariant())
            {
                case "none": security = SmtpSecurity.None; break;
                case "starttls": security = SmtpSecurity.StartTls; break;
                case "tls": security = SmtpSecurity.Tls; break;
                default:
                    problems.Add($"{Env("Security")} '{securityText}' is not one of none, starttls, tls: use starttls for port 587, tls for port 465, none for a local relay.");
                    break;
            }
        }
        var port = security switch { SmtpSecurity.Tls => 465, SmtpSecurity.None => 25, _ => 587 };
        if (Value("Port") is { } portText && (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535))
            problems.Add($"{Env("Port")} '{portText}' is not a port number (1 to 65535): correct it, or unset it for the default of the security chosen.");
        var user = Value("User");
        var password = section["Password"] is { Length: > 0 } secret ? secret : null;
        if (user is null != (password is null))
            problems.Add(user is null
                ? $"{Env("Password")} is set but {Env("User")} is not: set the user to sign in with, or unset the password."
                : $"{Env("User")} is set but {Env("Password")} is not: set the password (or unset the user for a server that needs no sign-in).");
        MailboxAddress? from = null;
        if (Value("From") is not { } fromText)
            problems.Add($"{Env("From")} is not set: set the address email comes from, like \"ChatOps <incidents@example.com>\".");
        else if (!MailboxAddress.TryParse(fromText, out from) || fromText.Any(char.IsControl) || !from.Address.Contains('@'))
            problems.Add($"{Env("From")} '{fromText}' is not an email address: write it like incidents@example.com or \"ChatOps <incidents@example.com>\".");
        return problems.Count > before ? null : new SmtpSettings(host, port, security, user, password, from!);
    }

    /// <summary>"smtp.example.com:587 (starttls) from incidents@example.com, signing in as bot" (never the password).</summary>
    public string Describe() =>
        $"{Host}:{Port} ({Security.ToString().ToLowerInvariant()}) from {From.Address}{(User is null ? ", without signing in" : $", signing in as {User}")}";
}
