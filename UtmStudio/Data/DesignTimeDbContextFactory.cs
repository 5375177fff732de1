using Microsoft.EntityFrameworkCore.Design;

namespace UtmStudio.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the web app.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) =>
        new(DbContextOptionsFactory.Create(
            Environment.GetEnvironmentVariable("UTMSTUDIO_OWNER_CONNECTION") ?? DatabaseOptions.LocalOwnerConnection));
}
