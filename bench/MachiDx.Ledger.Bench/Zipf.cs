namespace MachiDx.Ledger.Bench;

/// <summary>Zipf-distributed choice of 0..n-1 (rank 0 most popular), by binary search over the cumulative weights.</summary>
internal sealed class Zipf
{
    private readonly double[] cumulative;

    public Zipf(int n, double exponent = 1.0)
    {
        cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++)
        {
            sum += 1.0 / Math.Pow(i + 1, exponent);
            cumulative[i] = sum;
        }

        for (int i = 0; i < n; i++)
        {
            cumulative[i] /= sum;
        }
    }

    public int Next(Random random)
    {
        int index = Array.BinarySearch(cumulative, random.NextDouble());
        return Math.Min(index < 0 ? ~index : index, cumulative.Length - 1);
    }
}
