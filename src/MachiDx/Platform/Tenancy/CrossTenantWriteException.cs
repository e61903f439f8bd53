namespace MachiDx.Platform.Tenancy;

/// <summary>Thrown when code tries to write a row that belongs to a municipality other than the bound one.</summary>
public sealed class CrossTenantWriteException(string message) : InvalidOperationException(message);
