using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace MachiDx.Platform.Email;

/// <summary>One plain-text e-mail to one person.</summary>
public sealed record EmailMessage(string To, string Subject, string Body);

/// <summary>Sends e-mail. Callers send from outbox handlers, so a failure is retried and never loses the notice.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

public sealed class EmailOptions
{
    public const string SectionName = "Email";

    public string From { get; set; } = "MachiDX <no-reply@machidx.example.jp>";

    /// <summary>SMTP server; when empty, messages are written as .eml files to <see cref="PickupDirectory"/> instead.</summary>
    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    public string? SmtpUser { get; set; }

    public string? SmtpPassword { get; set; }

    /// <summary>Folder for .eml files (demo and tests), relative to the content root unless absolute.</summary>
    public string PickupDirectory { get; set; } = "data/mail";
}

/// <summary>MailKit: SMTP (STARTTLS when offered) when a host is configured, otherwise a pickup folder of .eml files.</summary>
internal sealed class MailKitEmailSender(IOptions<EmailOptions> options, IHostEnvironment environment) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value;
        using var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(settings.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        mime.Body = new TextPart("plain") { Text = message.Body };
        if (string.IsNullOrWhiteSpace(settings.SmtpHost))
        {
            var folder = Path.GetFullPath(Path.Combine(environment.ContentRootPath, settings.PickupDirectory));
            Directory.CreateDirectory(folder);
            await mime.WriteToAsync(Path.Combine(folder, $"{DateTime.UtcNow:yyyyMMddHHmmss}-{Guid.NewGuid():N}.eml"), cancellationToken);
            return;
        }

        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(settings.SmtpHost, settings.SmtpPort, SecureSocketOptions.StartTlsWhenAvailable, cancellationToken);
        if (!string.IsNullOrEmpty(settings.SmtpUser))
        {
            await smtp.AuthenticateAsync(settings.SmtpUser, settings.SmtpPassword ?? "", cancellationToken);
        }

        await smtp.SendAsync(mime, cancellationToken);
        await smtp.DisconnectAsync(true, cancellationToken);
    }
}
