using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using UtmStudio.Data;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;

namespace UtmStudio.Tests.Benchmarks;

/// <summary>What the benchmarks share: services whose every SQL command is timed, EXPLAIN ANALYZE of a recorded
/// command as the app role, seeding from db/bench, percentiles (files: <see cref="BenchmarkFiles"/>).</summary>
internal static class BenchmarkTools
{
    /// <summary>The app's services over the test database, with every command recorded in <paramref name="timings"/>.</summary>
    public static IServiceProvider TimedServices(TestDatabase database, CommandTimings timings, TimeProvider time)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>(DbContextOptionsFactory.Create(database.AppConnectionString))
            .AddInterceptors(timings).Options;
        var services = new ServiceCollection().AddAppFeaturesForTests(database, time, new RecordingEmailSender());
        services.Replace(ServiceDescriptor.Singleton<IDbContextFactory<AppDbContext>>(new OptionsFactory(options)));
        return services.BuildServiceProvider();
    }

    /// <summary>Runs db/bench/<paramref name="file"/> as the owner with the given parameters.</summary>
    public static async Task SeedAsync(TestDatabase database, string file, params (string Name, object Value)[] parameters)
    {
        await using var owner = await database.OpenAsync(asOwner: true);
        await using var seed = new NpgsqlCommand(await File.ReadAllTextAsync(Path.Combine(BenchmarkFiles.RepositoryRoot(), "db", "bench", file)), owner);
        foreach (var (name, value) in parameters)
        {
            seed.Parameters.AddWithValue(name, value);
        }

        seed.CommandTimeout = 600;
        await seed.ExecuteNonQueryAsync();
    }

    /// <summary>EXPLAIN ANALYZE of a recorded command on a connection scoped to the same person, as the app would run it:
    /// the server's execution time and the indexes (or sequential scans) of the plan.</summary>
    public static async Task<(double Ms, string Uses)> ExplainAsync(TestDatabase database, Guid userId, TimedCommand command)
    {
        await using var connection = await database.OpenAsync();
        await using (var scope = new NpgsqlCommand("SELECT set_config('app.user_id', @u, false)", connection))
        {
            scope.Parameters.AddWithValue("u", userId.ToString());
            await scope.ExecuteScalarAsync();
        }

        await using var explain = new NpgsqlCommand("EXPLAIN (ANALYZE, FORMAT JSON) " + command.Sql, connection);
        foreach (var parameter in command.Parameters)
        {
            explain.Parameters.Add(parameter.Clone());
        }

        using var plan = JsonDocument.Parse((string)(await explain.ExecuteScalarAsync())!);
        var root = plan.RootElement[0];
        var indexes = new SortedSet<string>(StringComparer.Ordinal);
        Collect(root.GetProperty("Plan"), indexes);
        return (root.GetProperty("Execution Time").GetDouble(), indexes.Count == 0 ? "no index" : string.Join(", ", indexes));
    }

    public static double Median(List<double> values) => Percentile(values, 0.5);

    public static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
    }

    private static void Collect(JsonElement node, SortedSet<string> indexes)
    {
        if (node.TryGetProperty("Index Name", out var index))
        {
            indexes.Add(index.GetString()!);
        }
        else if (node.TryGetProperty("Node Type", out var type) && type.GetString() == "Seq Scan" && node.TryGetProperty("Relation Name", out var relation))
        {
            indexes.Add("seq scan " + relation.GetString());
        }

        if (node.TryGetProperty("Plans", out var children))
        {
            foreach (var child in children.EnumerateArray())
            {
                Collect(child, indexes);
            }
        }
    }

    private sealed class OptionsFactory(DbContextOptions<AppDbContext> options) : IDbContextFactory<AppDbContext>
    {
        public AppDbContext CreateDbContext() => new(options);
    }
}
