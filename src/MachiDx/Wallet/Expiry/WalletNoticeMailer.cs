using MachiDx.Platform.Email;
using MachiDx.Platform.Outbox;
using MachiDx.Platform.People;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Data;

namespace MachiDx.Wallet.Expiry;

/// <summary>A wallet notice (e.g. value about to expire) to e-mail to a resident; published with the in-app notice.</summary>
public sealed record WalletNoticeDue(int MunicipalityId, Guid ResidentId, string CurrencyName, string Message) : IIntegrationEvent
{
    public const string EventName = "wallet.notice-due";
}

/// <summary>E-mails <see cref="WalletNoticeDue"/> to the resident, once per message (inbox); residents without an address get the in-app notice only.</summary>
public sealed class WalletNoticeMailer(WalletDbContext db, Inbox inbox, IEmailSender email, PeopleDirectory people, TenantContext tenant)
    : IIntegrationEventHandler<WalletNoticeDue>
{
    public async Task HandleAsync(WalletNoticeDue message, IncomingMessage envelope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(envelope);
        var resident = await people.ResidentAsync(message.ResidentId, cancellationToken);
        if (resident is null || string.IsNullOrWhiteSpace(resident.Email))
        {
            return;
        }

        var city = tenant.Required;
        var body = $"""
            {resident.FullName} 様

            {message.Message}

            残高と有効期限は、{city.Name}のMachiDXにログインして「地域通貨」のページでご確認いただけます。

            このメールは送信専用です。
            """;
        await inbox.RunOnceAsync(db, envelope.MessageId, nameof(WalletNoticeMailer), async ct =>
            await email.SendAsync(new EmailMessage(resident.Email, $"【{city.Name}】{message.CurrencyName}の有効期限のお知らせ", body), ct), cancellationToken);
    }
}
