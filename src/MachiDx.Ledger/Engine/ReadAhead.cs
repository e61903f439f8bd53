using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace MachiDx.Ledger.Engine;

/// <summary>
/// Runs a long database scan on its own thread, handing rows over in chunks, so decoding rows and applying them use
/// two cores at start-up. A scan that ends within the first chunk runs inline (no thread). The source must not share
/// its connection with anything else while the scan runs.
/// </summary>
internal static class ReadAhead
{
    private const int InlineRows = 256;
    private const int ChunkSize = 4_096;
    private const int ChunksInFlight = 8;

    public static IEnumerable<ArraySegment<T>> Chunks<T>(IEnumerable<T> source)
    {
        using var rows = source.GetEnumerator();
        var first = new T[InlineRows];
        int count = 0;
        while (count < first.Length && rows.MoveNext())
        {
            first[count++] = rows.Current;
        }

        if (count > 0)
        {
            yield return new ArraySegment<T>(first, 0, count);
        }

        if (count < first.Length)
        {
            yield break;
        }

        foreach (var chunk in OnThread(rows))
        {
            yield return chunk;
        }
    }

    private static IEnumerable<ArraySegment<T>> OnThread<T>(IEnumerator<T> rows)
    {
        using var full = new BlockingCollection<ArraySegment<T>>(ChunksInFlight);
        var free = new ConcurrentBag<T[]>();
        using var stop = new CancellationTokenSource();
        Exception? failure = null;
        var producer = new Thread(() =>
        {
            try
            {
                var chunk = ArrayPool<T>.Shared.Rent(ChunkSize);
                int count = 0;
                while (rows.MoveNext())
                {
                    chunk[count++] = rows.Current;
                    if (count == chunk.Length)
                    {
                        full.Add(new ArraySegment<T>(chunk), stop.Token);
                        chunk = free.TryTake(out var reused) ? reused : ArrayPool<T>.Shared.Rent(ChunkSize);
                        count = 0;
                    }
                }

                full.Add(new ArraySegment<T>(chunk, 0, count), stop.Token);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The consumer stopped early.
            }
            catch (Exception ex)
            {
                failure = ex;
            }
            finally
            {
                full.CompleteAdding();
            }
        })
        { IsBackground = true, Name = "ledger-read-ahead" };
        producer.Start();
        try
        {
            foreach (var chunk in full.GetConsumingEnumerable())
            {
                if (chunk.Count > 0)
                {
                    yield return chunk;
                }

                free.Add(chunk.Array!);
            }
        }
        finally
        {
            stop.Cancel();
            producer.Join();
            while (full.TryTake(out var left))
            {
                free.Add(left.Array!);
            }

            while (free.TryTake(out var array))
            {
                ArrayPool<T>.Shared.Return(array, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
            }
        }

        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }
    }
}
