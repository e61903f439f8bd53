using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace MachiDx.Activities.Events;

public enum VenueCodeCheck
{
    Valid,

    /// <summary>Check-in is not open: before it opens or after the event ended.</summary>
    NotOpen,

    /// <summary>A code this event showed earlier, but no longer accepted.</summary>
    Expired,

    /// <summary>Not a code this event showed (another event's, mistyped or made up).</summary>
    Wrong,
}

/// <summary>
/// The venue's rotating check-in code: six digits derived (HMAC-SHA256, TOTP-style truncation) from the event's secret
/// key and the current 30-second step, shown as a QR on the organiser's screen. A code is accepted for
/// <see cref="AcceptedSteps"/> steps (enough to scan, sign in and confirm) and only while check-in is open: from
/// the start (less <see cref="OpensBeforeStart"/>, zero) until the end. Each resident checks in once per event.
/// </summary>
public static class VenueCode
{
    public static readonly TimeSpan Step = TimeSpan.FromSeconds(30);

    /// <summary>The current step and the three before it: a code is accepted for 90–120 seconds after it appears.</summary>
    public const int AcceptedSteps = 4;

    /// <summary>Check-in is valid only during the event (the rule); raise this to open reception earlier.</summary>
    public static readonly TimeSpan OpensBeforeStart = TimeSpan.Zero;

    // How far back an old code is still recognised as this event's (to say "expired" rather than "wrong").
    private const int RecognisedSteps = 240;

    public static long StepAt(DateTime utc) => utc.Ticks / Step.Ticks;

    public static DateTime StepEndsAtUtc(DateTime utc) => new((StepAt(utc) + 1) * Step.Ticks, DateTimeKind.Utc);

    public static bool IsOpen(VolunteerEvent e, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.Status == EventStatus.Open && nowUtc >= e.StartsAtUtc - OpensBeforeStart && nowUtc < e.EndsAtUtc;
    }

    public static byte[] NewKey() => RandomNumberGenerator.GetBytes(32);

    public static string At(VolunteerEvent e, long step)
    {
        ArgumentNullException.ThrowIfNull(e);
        Span<byte> message = stackalloc byte[24];
        e.Id.TryWriteBytes(message[..16]);
        BinaryPrimitives.WriteInt64BigEndian(message[16..], step);
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(e.CheckInKey, message, mac);
        var offset = mac[^1] & 0x0F;
        var value = BinaryPrimitives.ReadInt32BigEndian(mac.Slice(offset, 4)) & 0x7FFF_FFFF;
        return (value % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    public static VenueCodeCheck Check(VolunteerEvent e, string? code, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (!IsOpen(e, nowUtc))
        {
            return VenueCodeCheck.NotOpen;
        }

        var typed = (code ?? "").Trim();
        if (typed.Length != 6)
        {
            return VenueCodeCheck.Wrong;
        }

        var now = StepAt(nowUtc);
        for (var back = 0; back < RecognisedSteps; back++)
        {
            if (CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(At(e, now - back)), System.Text.Encoding.ASCII.GetBytes(typed)))
            {
                return back < AcceptedSteps ? VenueCodeCheck.Valid : VenueCodeCheck.Expired;
            }
        }

        return VenueCodeCheck.Wrong;
    }
}
