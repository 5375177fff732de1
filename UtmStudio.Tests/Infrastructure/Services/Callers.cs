using UtmStudio.Identity;

namespace UtmStudio.Tests.Infrastructure.Services;

/// <summary>Callers as the services take them, built from the ids tests hold.</summary>
public static class Callers
{
    /// <summary>A signed-in person (not an operator).</summary>
    public static Caller.User Person(Guid userId) => new(userId);

    /// <summary>A signed-in person whom the sign-in recognised as an operator of the instance.</summary>
    public static Caller.User Operator(Guid userId) => new(userId, IsOperator: true);
}
