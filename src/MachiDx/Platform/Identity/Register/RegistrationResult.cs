namespace MachiDx.Platform.Identity.Register;

/// <summary>Either the new user's id, or Japanese messages keyed by input field name.</summary>
public sealed record RegistrationResult(Guid? UserId, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool Succeeded => UserId is not null;

    public static RegistrationResult Registered(Guid id) => new(id, new Dictionary<string, string[]>());

    public static RegistrationResult Invalid(IReadOnlyDictionary<string, string[]> errors) => new(null, errors);
}
