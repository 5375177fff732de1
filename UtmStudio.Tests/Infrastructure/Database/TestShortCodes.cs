using System.Security.Cryptography;

namespace UtmStudio.Tests.Infrastructure.Database;

/// <summary>Short codes for links a test inserts past the services (random, so parallel tests never collide).</summary>
internal static class TestShortCodes
{
    public static string Next() => "t" + RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz0123456789", 9);
}
