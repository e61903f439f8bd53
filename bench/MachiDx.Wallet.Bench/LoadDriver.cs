using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace MachiDx.Wallet.Bench;

/// <summary>A payment sent whose outcome the client did not see as 201 (an error, a timeout): checked again after the run.</summary>
internal sealed record Unsettled(string Path, Resident Resident, string Key);

/// <summary>
/// The load driver: HTTP/1.1 keep-alive over one SocketsHttpHandler with as many connections as clients.
/// Closed loop (C clients, each sends its next payment when the previous one answered) and open loop (a fixed
/// arrival rate; latency counted from the scheduled send time, so a stalled server is not hidden).
/// </summary>
internal sealed class LoadDriver : IDisposable
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private readonly HttpClient http;
    private readonly Uri baseAddress;
    private readonly IReadOnlyList<Resident> residents;
    private readonly AuthenticationHeaderValue[] tokens;
    private readonly string shopCode;
    private readonly long amountYen;
    private readonly string runTag = Guid.NewGuid().ToString("N")[..8];
    private long sequence;

    public LoadDriver(Uri baseAddress, IReadOnlyList<Resident> residents, string shopCode, long amountYen)
    {
        this.baseAddress = baseAddress;
        this.residents = residents;
        this.shopCode = shopCode;
        this.amountYen = amountYen;
        tokens = [.. residents.Select(r => new AuthenticationHeaderValue("Bearer", r.Token))];
        http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = 10_000,
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            UseCookies = false,
            UseProxy = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            ConnectTimeout = TimeSpan.FromSeconds(10),
        })
        {
            DefaultRequestVersion = HttpVersion.Version11,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    /// <summary>Yen of payments answered 201, per path.</summary>
    public ConcurrentDictionary<string, long> PaidYen { get; } = new();

    public ConcurrentDictionary<string, long> PaidCount { get; } = new();

    public ConcurrentQueue<Unsettled> Unsettled { get; } = new();

    /// <summary>First few error bodies, for the report.</summary>
    public ConcurrentQueue<string> ErrorSamples { get; } = new();

    public HttpClient Http => http;

    /// <summary>Each of <paramref name="clients"/> clients pays back-to-back; requests answered inside the measured window count.</summary>
    public async Task<PhaseResult> ClosedLoopAsync(string scenario, string path, int clients, TimeSpan warmup, TimeSpan measure, bool payment = true)
    {
        var uri = new Uri(baseAddress, path);
        var recorders = new Recorder[clients];
        long start = Stopwatch.GetTimestamp();
        long from = start + Ticks(warmup);
        long stopAt = from + Ticks(measure);
        var tasks = new Task[clients];
        for (int c = 0; c < clients; c++)
        {
            var recorder = recorders[c] = new Recorder();
            int client = c;
            tasks[c] = Task.Run(async () =>
            {
                int resident = client % residents.Count;
                while (true)
                {
                    long t0 = Stopwatch.GetTimestamp();
                    if (t0 >= stopAt)
                    {
                        break;
                    }

                    int status = payment ? await PayAsync(path, uri, resident) : await GetAsync(uri);
                    long t1 = Stopwatch.GetTimestamp();
                    if (t1 >= from && t1 <= stopAt)
                    {
                        recorder.Add(t1 - t0, status);
                    }
                }
            });
        }

        var window = await new CpuWindow().MeasureAsync(from, stopAt);
        await Task.WhenAll(tasks);
        return PhaseResult.From(scenario, clients.ToString(CultureInfo.InvariantCulture), clients, null, measure, window, recorders, payment ? 201 : 200);
    }

    /// <summary>Payments arrive at <paramref name="rate"/> per second whatever the answers; at most <paramref name="maxOutstanding"/> in flight.</summary>
    public async Task<PhaseResult> OpenLoopAsync(string scenario, string path, double rate, TimeSpan warmup, TimeSpan measure, int maxOutstanding)
    {
        var uri = new Uri(baseAddress, path);
        var recorder = new Recorder();
        long start = Stopwatch.GetTimestamp();
        long from = start + Ticks(warmup);
        long stopAt = from + Ticks(measure);
        long outstanding = 0;
        long dropped = 0;
        long issued = 0;
        var worstBySecond = new long[(int)Math.Ceiling(measure.TotalSeconds)];
        var windowTask = new CpuWindow().MeasureAsync(from, stopAt);
        while (true)
        {
            long now = Stopwatch.GetTimestamp();
            if (now >= stopAt)
            {
                break;
            }

            long due = (long)((now - start) * rate / Stopwatch.Frequency);
            while (issued < due)
            {
                long intended = start + (long)(issued * Stopwatch.Frequency / rate);
                int resident = (int)(issued % residents.Count);
                issued++;
                if (Interlocked.Read(ref outstanding) >= maxOutstanding)
                {
                    if (intended >= from)
                    {
                        dropped++;
                    }

                    continue;
                }

                Interlocked.Increment(ref outstanding);
                _ = Task.Run(async () =>
                {
                    try
                    {
                        int status = await PayAsync(path, uri, resident);
                        if (intended >= from)
                        {
                            long latency = Stopwatch.GetTimestamp() - intended;
                            recorder.AddLocked(latency, status);
                            int second = (int)((intended - from) / Stopwatch.Frequency);
                            if (second < worstBySecond.Length)
                            {
                                InterlockedMax(ref worstBySecond[second], latency);
                            }
                        }
                    }
                    finally
                    {
                        Interlocked.Decrement(ref outstanding);
                    }
                });
            }

            await Task.Delay(1);
        }

        var window = await windowTask;
        var wait = Stopwatch.StartNew();
        while (Interlocked.Read(ref outstanding) > 0 && wait.Elapsed < TimeSpan.FromSeconds(40))
        {
            await Task.Delay(10);
        }

        // Stalls show as seconds whose worst latency stands out: printed so that a tail can be placed in time.
        Console.WriteLine("    worst latency per second of the open loop (ms): " +
            string.Join(' ', worstBySecond.Select(t => (t * 1000.0 / Stopwatch.Frequency).ToString("F0", CultureInfo.InvariantCulture))));
        var result = PhaseResult.From(scenario, string.Create(CultureInfo.InvariantCulture, $"open {rate:N0}/s"), null, rate, measure, window, [recorder], 201);
        return result with { Dropped = dropped };
    }

    /// <summary>One payment by the first resident (a smoke test before measuring); the HTTP status.</summary>
    public Task<int> PayOnceAsync(string path) => PayAsync(path, new Uri(baseAddress, path), 0);

    /// <summary>Resends every payment whose answer was not 201 with its own key: true where it is (now) paid.</summary>
    public async Task<(long Yen, int Paid, int Refused)> SettleAsync(string path)
    {
        long yen = 0;
        int paid = 0;
        int refused = 0;
        var pending = new List<Unsettled>();
        var keep = new List<Unsettled>();
        while (Unsettled.TryDequeue(out var u))
        {
            (u.Path == path ? pending : keep).Add(u);
        }

        foreach (var u in keep)
        {
            Unsettled.Enqueue(u);
        }

        foreach (var u in pending)
        {
            int index = residents.ToList().FindIndex(r => r.Id == u.Resident.Id);
            int status = await SendPaymentAsync(new Uri(baseAddress, path), index, u.Key);
            if (status is 200 or 201)
            {
                yen += amountYen;
                paid++;
            }
            else
            {
                refused++;
            }
        }

        return (yen, paid, refused);
    }

    public void Dispose() => http.Dispose();

    private async Task<int> PayAsync(string path, Uri uri, int resident)
    {
        string key = string.Create(CultureInfo.InvariantCulture, $"bench-{runTag}-{Interlocked.Increment(ref sequence):x}");
        int status = await SendPaymentAsync(uri, resident, key);
        if (status == 201)
        {
            PaidYen.AddOrUpdate(path, amountYen, (_, v) => v + amountYen);
            PaidCount.AddOrUpdate(path, 1, (_, v) => v + 1);
        }
        else
        {
            Unsettled.Enqueue(new Unsettled(path, residents[resident], key));
        }

        return status;
    }

    private async Task<int> SendPaymentAsync(Uri uri, int resident, string key)
    {
        var body = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"{{\"shopCode\":\"{shopCode}\",\"amountYen\":{amountYen},\"idempotencyKey\":\"{key}\"}}"));
        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = Json;
        request.Headers.Authorization = tokens[resident];
        return await SendAsync(request);
    }

    private async Task<int> GetAsync(Uri uri)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        return await SendAsync(request);
    }

    private async Task<int> SendAsync(HttpRequestMessage request)
    {
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
            int status = (int)response.StatusCode;
            if (status >= 300 && ErrorSamples.Count < 5)
            {
                ErrorSamples.Enqueue($"{status} {request.RequestUri?.AbsolutePath}: {await response.Content.ReadAsStringAsync()}");
            }

            return status;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            if (ErrorSamples.Count < 5)
            {
                ErrorSamples.Enqueue($"{e.GetType().Name} {request.RequestUri?.AbsolutePath}: {e.Message}");
            }

            return 0;
        }
    }

    private static void InterlockedMax(ref long target, long value)
    {
        long current = Volatile.Read(ref target);
        while (value > current)
        {
            long seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);
}

/// <summary>Latencies (Stopwatch ticks) and status codes of one client; merged and sorted once at the end.</summary>
internal sealed class Recorder
{
    private readonly Lock gate = new();

    public List<long> Latencies { get; } = new(16_384);

    public Dictionary<int, long> Statuses { get; } = [];

    public void Add(long ticks, int status)
    {
        Latencies.Add(ticks);
        Statuses[status] = Statuses.GetValueOrDefault(status) + 1;
    }

    public void AddLocked(long ticks, int status)
    {
        lock (gate)
        {
            Add(ticks, status);
        }
    }
}

internal sealed record Window(TimeSpan Cpu, long AllocatedBytes, int Gen0, int Gen2, TimeSpan GcPause);
