namespace UtmStudio.Features.Shared;

public static class SharedFeature
{
    /// <summary>What every feature relies on: the clock and the public address of the instance.</summary>
    public static WebApplicationBuilder AddSharedServices(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(PublicUrl.Resolve(builder.Configuration, builder.Environment));
        return builder;
    }
}
