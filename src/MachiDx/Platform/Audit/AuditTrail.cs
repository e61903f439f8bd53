using System.Text.Json;
using MachiDx.Platform.Data;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Platform.Audit;

/// <summary>
/// Records a staff or admin state change in the module's own audit table. The record is sealed into
/// the chain and committed by the same SaveChanges as the change itself.
/// </summary>
public sealed class AuditTrail(TimeProvider time, CurrentActor actor, TenantContext tenant)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public void Record<TContext>(TContext context, string action, string targetType, string targetId, object? details = null)
        where TContext : DbContext, IModuleDbContext
    {
        ArgumentNullException.ThrowIfNull(context);
        var municipalityId = tenant.MunicipalityId;
        context.AuditEntries.Add(new AuditEntry
        {
            Chain = AuditEntry.ChainFor(municipalityId),
            MunicipalityId = municipalityId,
            OccurredAtUtc = time.GetUtcNow().UtcDateTime,
            ActorId = actor.UserId,
            ActorName = actor.Name,
            Action = action,
            TargetType = targetType,
            TargetId = targetId,
            DetailsJson = details is null ? "{}" : JsonSerializer.Serialize(details, Json),
        });
    }
}
