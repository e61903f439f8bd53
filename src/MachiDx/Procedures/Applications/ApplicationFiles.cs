using System.Text.Json;
using MachiDx.Platform.Files;
using MachiDx.Platform.Tenancy;
using MachiDx.Procedures.Data;
using MachiDx.Procedures.Forms.Engine;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Procedures.Applications;

/// <summary>
/// Uploads of drafts and applications: the content in the blob store, a <see cref="StoredFile"/> row owned by the
/// resident, and the draft's map of field path to file id. Rows are added to the caller's unit of work, not saved.
/// </summary>
public sealed class ApplicationFiles(ProceduresDbContext db, TenantContext tenant, IBlobStore blobs, TimeProvider time)
{
    /// <summary>Stores the content and adds its row; the caller's save commits it.</summary>
    public async Task<StoredFile> StoreAsync(Guid ownerId, string path, UploadedFile file, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(file);
        await using var content = file.Open();
        var key = await blobs.SaveAsync(tenant.Required.Id, content, ct);
        var stored = new StoredFile
        {
            Id = Guid.CreateVersion7(),
            OwnerId = ownerId,
            FieldPath = path,
            FileName = FormEvaluator.SafeFileName(file.FileName),
            ContentType = file.ContentType,
            Length = file.Length,
            StorageKey = key,
            CreatedAtUtc = time.GetUtcNow().UtcDateTime,
        };
        db.StoredFiles.Add(stored);
        return stored;
    }

    public static Dictionary<string, Guid> DraftFileIds(ApplicationDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return JsonSerializer.Deserialize<Dictionary<string, Guid>>(draft.FilesJson) ?? [];
    }

    /// <summary>The draft's stored uploads as form input files (opened lazily), by field path.</summary>
    public async Task<Dictionary<string, UploadedFile>> DraftFilesAsync(ApplicationDraft draft, CancellationToken ct)
    {
        var ids = DraftFileIds(draft);
        var rows = await db.StoredFiles.AsNoTracking().Where(f => ids.Values.Contains(f.Id) && f.OwnerId == draft.UserId).ToListAsync(ct);
        var files = new Dictionary<string, UploadedFile>(StringComparer.Ordinal);
        foreach (var (path, id) in ids)
        {
            if (rows.SingleOrDefault(f => f.Id == id) is { } file)
            {
                files[path] = new UploadedFile(file.FileName, file.ContentType, file.Length,
                    () => blobs.OpenAsync(file.StorageKey, CancellationToken.None).GetAwaiter().GetResult() ?? Stream.Null);
            }
        }

        return files;
    }

    /// <summary>Moves the draft's uploads to the application it became.</summary>
    public async Task AttachDraftFilesAsync(ApplicationDraft draft, Guid applicationId, CancellationToken ct)
    {
        var ids = DraftFileIds(draft).Values.ToList();
        foreach (var file in await db.StoredFiles.Where(f => ids.Contains(f.Id)).ToListAsync(ct))
        {
            file.ApplicationId = applicationId;
        }
    }
}
