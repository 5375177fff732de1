using System.Collections.Frozen;
using System.Reflection;

namespace UtmStudio.Features.Shared;

/// <summary>Declares the HTTP status and the title of an error code in <see cref="ErrorCodes"/>.</summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class ErrorCodeAttribute(int status, string title) : Attribute
{
    public int Status { get; } = status;

    public string Title { get; } = title;
}

/// <summary>A code of <see cref="ErrorCodes"/> with what its attribute declares.</summary>
public sealed record ErrorCodeInfo(string Code, int Status, string Title)
{
    /// <summary>
    /// The problem type (RFC 9457 <c>type</c>): the same on every instance, so clients may compare it. A URN, not
    /// a URL of one instance; clients should read <c>code</c>.
    /// </summary>
    public string Type => TypeOf(Code);

    public static string TypeOf(string code) => "urn:utmstudio:problem:" + code;

    internal static readonly FrozenDictionary<string, ErrorCodeInfo> Catalogue = typeof(ErrorCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (Code: (string)f.GetRawConstantValue()!, Declared: f.GetCustomAttribute<ErrorCodeAttribute>()
            ?? throw new InvalidOperationException($"ErrorCodes.{f.Name} has no [ErrorCode] status and title.")))
        .ToFrozenDictionary(c => c.Code, c => new ErrorCodeInfo(c.Code, c.Declared.Status, c.Declared.Title));
}
