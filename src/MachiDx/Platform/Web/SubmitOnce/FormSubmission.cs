using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Platform.Web.SubmitOnce;

/// <summary>
/// One rendered form's submission: the key is the hidden field the form was rendered with, so every copy of that form
/// (a double click, a retried POST, two nodes) claims the same row, and only the first runs the handler.
/// Not a municipality's data: the key is random and the outcome is shown only to the user who claimed it.
/// </summary>
public sealed class FormSubmission
{
    public Guid Key { get; set; }

    /// <summary>Who submitted it (null before sign-in); a copy from anyone else is not shown the outcome.</summary>
    public Guid? UserId { get; set; }

    public DateTime ClaimedAtUtc { get; set; }

    /// <summary>Where the handler sent the user when it succeeded; null while it runs.</summary>
    public string? Location { get; set; }

    internal static void Configure(EntityTypeBuilder<FormSubmission> entity)
    {
        entity.ToTable("form_submissions");
        entity.HasKey(f => f.Key);
        entity.Property(f => f.Key).ValueGeneratedNever();
        entity.Property(f => f.Location).HasMaxLength(2000);
        entity.HasIndex(f => f.ClaimedAtUtc);
    }
}
