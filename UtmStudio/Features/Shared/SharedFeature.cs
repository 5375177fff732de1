namespace UtmStudio.Features.Shared;

public static class SharedFeature
{
    /// <summary>What every feature relies on: the clock, the public address of the instance, and how errors are answered.</summary>
    public static WebApplicationBuilder AddSharedServices(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(PublicUrl.Resolve(builder.Configuration, builder.Environment));
        builder.Services.AddErrorResponses();
        return builder;
    }
}
