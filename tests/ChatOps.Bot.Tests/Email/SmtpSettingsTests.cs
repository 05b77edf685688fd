using ChatOps.Bot.Email;
using ChatOps.Bot.Host;
using ChatOps.Bot.Runbooks;
using Microsoft.Extensions.Configuration;

namespace ChatOps.Bot.Tests.Email;

/// <summary>The Email__Smtp__ settings: defaults, one line per mistake naming the key, and a summary line without the password.</summary>
public sealed class SmtpSettingsTests
{
    private static (SmtpSettings? Settings, List<string> Problems) Read(params (string Key, string Value)[] values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>("Email:Smtp:" + v.Key, v.Value))).Build();
        var problems = new List<string>();
        return (SmtpSettings.Read(configuration, problems), problems);
    }

    [Fact]
    public void No_host_means_no_email_and_no_problem()
    {
        var (settings, problems) = Read();

        Assert.Null(settings);
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData(null, 587, SmtpSecurity.StartTls)]
    [InlineData("starttls", 587, SmtpSecurity.StartTls)]
    [InlineData("TLS", 465, SmtpSecurity.Tls)]
    [InlineData("none", 25, SmtpSecurity.None)]
    public void The_port_defaults_to_the_security_s_usual_one(string? security, int port, SmtpSecurity expected)
    {
        var values = new List<(string, string)> { ("Host", "smtp.example.com"), ("From", "ChatOps <incidents@example.com>") };
        if (security is not null) values.Add(("Security", security));

        var (settings, problems) = Read([.. values]);

        Assert.Empty(problems);
        Assert.Equal((port, expected, "incidents@example.com"), (settings!.Port, settings.Security, settings.From.Address));
    }

    [Theory]
    [InlineData("Security", "ssl", "Email__Smtp__Security 'ssl' is not one of none, starttls, tls")]
    [InlineData("Port", "70000", "Email__Smtp__Port '70000' is not a port number")]
    [InlineData("From", "incidents", "Email__Smtp__From 'incidents' is not an email address")]
    [InlineData("User", "bot", "Email__Smtp__User is set but Email__Smtp__Password is not")]
    [InlineData("Host", "smtp.example.com:587", "Email__Smtp__Host 'smtp.example.com:587' is not a host name")]
    public void Each_mistake_is_one_line_naming_the_key(string key, string value, string message)
    {
        var values = new Dictionary<string, string> { ["Host"] = "smtp.example.com", ["From"] = "incidents@example.com", [key] = value };

        var (settings, problems) = Read([.. values.Select(v => (v.Key, v.Value))]);

        Assert.Null(settings);
        Assert.StartsWith(message, Assert.Single(problems));
    }

    [Fact]
    public void The_summary_line_names_the_server_and_user_but_never_the_password()
    {
        var (settings, _) = Read(("Host", "smtp.example.com"), ("From", "incidents@example.com"), ("User", "bot"), ("Password", "hunter2"));
        var runbook = RunbookSource.LoadEmbedded().Runbook!;

        var line = StartupSummary.EmailLine(settings, runbook);

        Assert.Equal("Email: SMTP smtp.example.com:587 (starttls) from incidents@example.com, signing in as bot; 4 audience(s) with email addresses", line);
        Assert.Equal("Email: off (Email__Smtp__Host is not set); /incident notify posts in chat only, 4 audience(s) with email addresses will not be emailed",
            StartupSummary.EmailLine(null, runbook));
    }
}
