using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MachiDx.Platform.Data;

/// <summary>All times are stored in UTC; SQLite returns them without a kind, so mark them UTC on the way out.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
