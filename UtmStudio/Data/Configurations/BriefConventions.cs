using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace UtmStudio.Data.Configurations;

/// <summary>The column conventions every table of the brief shares.</summary>
internal static class BriefConventions
{
    public const string NewUuid = "uuid_generate_v4()";
    public const string Now = "CURRENT_TIMESTAMP";

    /// <summary>UUID key "Id" defaulting to uuid_generate_v4(); nullable timestamptz "CreatedAt"/"UpdatedAt"
    /// defaulting to CURRENT_TIMESTAMP (updated_at is then kept current by a trigger); xmin "Version".</summary>
    public static void HasBriefKeyAndTimestamps<T>(this EntityTypeBuilder<T> entity)
        where T : class
    {
        entity.HasKey("Id");
        entity.Property<Guid>("Id").HasDefaultValueSql(NewUuid);
        entity.Property<DateTimeOffset?>("CreatedAt").HasColumnType("timestamp with time zone").HasDefaultValueSql(Now);
        entity.Property<DateTimeOffset?>("UpdatedAt").HasColumnType("timestamp with time zone").HasDefaultValueSql(Now);
        entity.Property<uint>("Version").IsRowVersion();
    }

    public static PropertyBuilder<TEnum> HasSnakeCaseText<TEnum>(this PropertyBuilder<TEnum> property, int maxLength)
        where TEnum : struct, Enum =>
        property.HasConversion(new SnakeCaseEnumConverter<TEnum>()).HasMaxLength(maxLength);

    public static PropertyBuilder<TEnum?> HasSnakeCaseText<TEnum>(this PropertyBuilder<TEnum?> property, int maxLength)
        where TEnum : struct, Enum =>
        property.HasConversion(new SnakeCaseEnumConverter<TEnum>()).HasMaxLength(maxLength);

    public static string CheckIn<TEnum>(string column)
        where TEnum : struct, Enum =>
        $"{column} IN ({SnakeCaseEnumConverter<TEnum>.SqlValueList()})";
}
