namespace UtmStudio.Tests.Infrastructure.Services;

/// <summary>Names no other test in the same database uses: the tests of a class share their database.</summary>
public static class Unique
{
    /// <summary>"acme" becomes something like "acme-3f2a9c1b.test".</summary>
    public static string Domain(string stem) => $"{stem}-{Suffix()}.test";

    /// <summary>"ada" and "acme-3f2a9c1b.test" become "ada@acme-3f2a9c1b.test"; without a domain, one of its own.</summary>
    public static string Email(string person, string? domain = null) => $"{person}@{domain ?? Domain("mail")}";

    private static string Suffix() => Guid.NewGuid().ToString("N")[..8];
}
