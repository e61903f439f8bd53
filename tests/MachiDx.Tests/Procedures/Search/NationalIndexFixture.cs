using MachiDx.Procedures.Search;

namespace MachiDx.Tests.Procedures.Search;

/// <summary>One index of the national catalogue shared by the tests of a class that only search it.</summary>
public sealed class NationalIndexFixture : IDisposable
{
    internal ProcedureSearchIndex Index { get; } = CatalogueFiles.NewNationalIndex();

    public void Dispose() => Index.Dispose();
}
