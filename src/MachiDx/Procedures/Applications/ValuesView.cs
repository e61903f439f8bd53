using System.Text.Json.Nodes;
using MachiDx.Procedures.Forms.Engine;

namespace MachiDx.Procedures.Applications;

/// <summary>Stored or evaluated values shown read-only, as the resident and staff read them.</summary>
public sealed record ValuesView(FormDefinition Form, JsonObject Values);
