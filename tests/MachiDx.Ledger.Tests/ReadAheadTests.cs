using MachiDx.Ledger.Engine;

namespace MachiDx.Ledger.Tests;

/// <summary>The start-up scans' read-ahead: every row once and in order, errors passed on, an early stop ends the thread.</summary>
public sealed class ReadAheadTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(255)]
    [InlineData(256)]
    [InlineData(257)]
    [InlineData(50_000)]
    public void Every_row_arrives_once_in_order(int rows)
    {
        var seen = ReadAhead.Chunks(Enumerable.Range(0, rows)).SelectMany(chunk => chunk.ToArray()).ToList();

        Assert.Equal(Enumerable.Range(0, rows), seen);
    }

    [Fact]
    public void An_error_in_the_scan_reaches_the_reader()
    {
        static IEnumerable<int> Failing()
        {
            for (int i = 0; i < 10_000; i++)
            {
                yield return i;
            }

            throw new InvalidOperationException("connection lost");
        }

        int seen = 0;
        var error = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var chunk in ReadAhead.Chunks(Failing()))
            {
                seen += chunk.Count;
            }
        });

        Assert.Equal("connection lost", error.Message);
        Assert.InRange(seen, 256, 10_000); // rows of the unfinished chunk are dropped: the whole load fails anyway
    }

    [Fact]
    public void Stopping_early_stops_the_scan()
    {
        var source = new CountingSource();
        foreach (var chunk in ReadAhead.Chunks(source))
        {
            if (chunk.Offset == 0 && chunk.Array!.Length > 256)
            {
                break; // the first chunk read on the thread
            }
        }

        Assert.True(source.Disposed);
        Assert.InRange(source.Produced, 257, 300_000);
    }

    private sealed class CountingSource : IEnumerable<int>
    {
        public int Produced;

        public bool Disposed;

        public IEnumerator<int> GetEnumerator()
        {
            try
            {
                while (true)
                {
                    yield return Produced++;
                }
            }
            finally
            {
                Disposed = true;
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
