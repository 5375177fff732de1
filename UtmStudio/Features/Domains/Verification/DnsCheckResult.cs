namespace UtmStudio.Features.Domains.Verification;

public enum DnsCheckOutcome
{
    /// <summary>The record carries this domain's token.</summary>
    Verified,

    /// <summary>A utmstudio-verification record exists, but with another value.</summary>
    WrongToken,

    /// <summary>The name exists but has no utmstudio-verification record.</summary>
    NoRecord,

    /// <summary>The name does not exist in DNS (NXDOMAIN).</summary>
    NoSuchName,

    /// <summary>No name server answered, or it answered with an error: nothing is known.</summary>
    Unreachable,
}

/// <summary>What one look-up found, and what to tell the manager about it.</summary>
public sealed record DnsCheckResult(DnsCheckOutcome Outcome, string Message)
{
    public bool IsVerified => Outcome == DnsCheckOutcome.Verified;
}
