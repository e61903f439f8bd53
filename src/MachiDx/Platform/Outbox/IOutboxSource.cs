namespace MachiDx.Platform.Outbox;

/// <summary>One module's outbox, as the dispatcher sees it.</summary>
internal interface IOutboxSource
{
    string ModuleName { get; }

    /// <summary>Delivers up to one batch of due messages; returns how many were attempted.</summary>
    Task<int> DispatchBatchAsync(CancellationToken cancellationToken);
}
