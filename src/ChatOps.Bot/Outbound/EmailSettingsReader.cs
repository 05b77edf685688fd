using ChatOps.Bot.Email;

namespace ChatOps.Bot.Outbound;

/// <summary>The SMTP settings as configured (read once; start-up refuses wrong ones, see <c>StartupChecks</c>); null when email is off.</summary>
public sealed class EmailSettingsReader(IConfiguration configuration)
{
    private readonly Lazy<SmtpSettings?> _current = new(() => SmtpSettings.Read(configuration, []));

    public SmtpSettings? Current => _current.Value;
}
