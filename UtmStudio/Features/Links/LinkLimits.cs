namespace UtmStudio.Features.Links;

/// <summary>The limits of a link, shared by validation, the database constraints and the UI.</summary>
public static class LinkLimits
{
    /// <summary>Every UTM value: the brief's VARCHAR(100).</summary>
    public const int UtmValue = 100;

    /// <summary>Full and landing URLs: what browsers, ad platforms and mail clients all handle.</summary>
    public const int Url = 2048;

    public const int Label = 200;

    public const int Tags = 20;

    public const int Tag = 40;

    /// <summary>New codes have this many characters; the column allows a little more for codes chosen later.</summary>
    public const int ShortCodeLength = 8;

    public const int ShortCodeMin = 7;

    public const int ShortCodeMax = 16;
}
