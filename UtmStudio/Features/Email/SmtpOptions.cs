using MimeKit;

namespace UtmStudio.Features.Email;

/// <summary>How the connection to the SMTP server is secured (Email:Smtp:Tls).</summary>
public enum SmtpTls
{
    /// <summary>Plain connection, upgraded with STARTTLS; refused when the server does not offer it (default, port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (implicit TLS, port 465).</summary>
    SslOnConnect,

    /// <summary>
    /// TLS on connect for port 465, otherwise STARTTLS when the server offers it. Someone on the network path
    /// can strip the offer and read the mail (and the password): prefer StartTls or SslOnConnect.
    /// </summary>
    Auto,

    /// <summary>No TLS at all: only for a relay on the same machine or network segment.</summary>
    None,
}

/// <summary>Email:Smtp. Without a Host no email is sent (see <see cref="LogEmailSender"/>).</summary>
public sealed class SmtpOptions
{
    public const string Section = "Email:Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public SmtpTls Tls { get; set; } = SmtpTls.StartTls;

    /// <summary>Signs in to the server when set (with <see cref="Password"/>).</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender, e.g. "UtmStudio &lt;no-reply@utm.example.com&gt;".</summary>
    public string From { get; set; } = "UtmStudio <no-reply@utmstudio.local>";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);

    /// <summary>Why these settings cannot work, or null: checked at start-up, not at the first invitation.</summary>
    public string? Problem() =>
        !MailboxAddress.TryParse(From, out _) ? $"{Section}:From must be an address like \"UtmStudio <no-reply@example.com>\" (got \"{From}\")."
        : Port is < 1 or > 65535 ? $"{Section}:Port must be between 1 and 65535 (got {Port})."
        : !string.IsNullOrEmpty(UserName) && Password is null ? $"{Section}:Password is required when {Section}:UserName is set."
        : null;
}
