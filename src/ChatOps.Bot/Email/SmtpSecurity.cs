namespace ChatOps.Bot.Email;

/// <summary>How the connection to the mail server is protected (<c>Email__Smtp__Security</c>).</summary>
public enum SmtpSecurity
{
    /// <summary>Plain SMTP (a relay on the same host or network).</summary>
    None,

    /// <summary>Plain connect, then STARTTLS, which the server must offer (usually port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (SMTPS, usually port 465).</summary>
    Tls,
}
