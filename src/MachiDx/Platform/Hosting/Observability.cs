using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace MachiDx.Platform.Hosting;

/// <summary>OpenTelemetry traces and metrics; exported only when an OTLP endpoint is configured.</summary>
internal static class Observability
{
    public static WebApplicationBuilder AddObservability(this WebApplicationBuilder builder)
    {
        // Without an exporter, nothing would read the spans: leave tracing off so that requests do not pay for activities.
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry()
                .ConfigureResource(r => r.AddService("MachiDx"))
                .WithTracing(t => t.AddAspNetCoreInstrumentation(o => o.Filter = c => !c.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal)))
                .WithMetrics(m => m.AddAspNetCoreInstrumentation())
                .UseOtlpExporter();
            builder.Logging.AddOpenTelemetry(o => o.IncludeScopes = true);
        }

        return builder;
    }
}
