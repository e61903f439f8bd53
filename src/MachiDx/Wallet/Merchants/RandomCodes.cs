using System.Security.Cryptography;

namespace MachiDx.Wallet.Merchants;

/// <summary>
/// Random codes people read and type (shop codes, receipt suffixes, one-time QR tokens): letters and digits without
/// the look-alikes 0/O, 1/I, from a cryptographic source so they cannot be guessed.
/// </summary>
public static class RandomCodes
{
    private const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public static string New(int length) => string.Create(length, Alphabet, (span, a) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = a[RandomNumberGenerator.GetInt32(a.Length)];
        }
    });
}
