using System.Text.Json;

namespace MachiDx.Procedures.LifeEvents;

/// <summary>A life-event question graph: questions whose answers add procedures and lead to the next question.</summary>
public sealed record GuideGraph(string Code, string Title, string? Intro, string EventDateLabel, string Start, IReadOnlyList<GuideQuestion> Questions)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public GuideQuestion Question(string id) =>
        Questions.FirstOrDefault(q => q.Id == id) ?? throw new KeyNotFoundException($"Question {id} is not in guide {Code}.");

    public static GuideGraph Parse(string json) =>
        JsonSerializer.Deserialize<GuideGraph>(json, Json) ?? throw new JsonException("Empty guide.");
}

public sealed record GuideQuestion(string Id, string Text, string? Help, IReadOnlyList<GuideAnswer> Answers);

public sealed record GuideAnswer(string Id, string Label, IReadOnlyList<string>? Add, string? Next);
