using MachiDx.Procedures.Forms.Engine;

namespace MachiDx.Procedures.Forms;

/// <summary>Reads a posted HTML form into <see cref="FormInput"/>, skipping framework fields.</summary>
public static class FormInputReader
{
    private const int MaxKeys = 500;

    public static FormInput Read(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var values = form
            .Where(kv => kv.Key is not ("__RequestVerificationToken" or "handler") && kv.Key.Length <= 100)
            .Take(MaxKeys)
            .ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value.Select(v => v ?? "").ToList(), StringComparer.Ordinal);
        var files = form.Files
            .Where(f => f.Name.Length <= 100)
            .GroupBy(f => f.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => { var f = g.First(); return new UploadedFile(f.FileName, f.ContentType, f.Length, f.OpenReadStream); }, StringComparer.Ordinal);
        return new FormInput(values, files);
    }
}
