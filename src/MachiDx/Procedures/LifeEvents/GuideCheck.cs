using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachiDx.Procedures.LifeEvents;

/// <summary>
/// Checks a guide graph typed by staff before it is saved for a city: the JSON parses into a complete graph of the
/// guide being edited, <see cref="GuideValidator"/> finds no problem against the city's catalogue, the number of
/// paths stays reviewable, and every path, walked with <see cref="GuideWalk"/>, finishes with a checklist.
/// Problems are Japanese sentences for staff.
/// </summary>
public static class GuideCheck
{
    public const int MaxJsonLength = 64000;

    public const int MaxPaths = 5000;

    private const int MaxProblemsShown = 5;

    private static readonly JsonSerializerOptions Pretty = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The graph as staff edit it and as a city's version is stored: indented, Japanese unescaped, no null fields.</summary>
    public static string ToJson(GuideGraph graph) => JsonSerializer.Serialize(graph, Pretty);

    public static GuideCheckResult Check(string? json, string code, IReadOnlySet<string> procedureCodes)
    {
        ArgumentNullException.ThrowIfNull(procedureCodes);
        if (string.IsNullOrWhiteSpace(json))
        {
            return GuideCheckResult.Failed("質問の流れ（JSON）を入力してください。");
        }

        GuideGraph graph;
        try
        {
            graph = GuideGraph.Parse(json);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? string.Create(CultureInfo.InvariantCulture, $"{line + 1}行目付近で、") : "";
            return GuideCheckResult.Failed($"JSONの形式が正しくありません。{where}かっこ・カンマ・引用符（\"）や値の種類を確認してください。");
        }

        var problems = Shape(graph, code);
        if (problems.Count == 0)
        {
            problems.AddRange(GuideValidator.Problems(graph, procedureCodes));
        }

        if (problems.Count > 0)
        {
            var shown = problems.Take(MaxProblemsShown).ToList();
            if (problems.Count > MaxProblemsShown)
            {
                shown.Add($"ほかに{problems.Count - MaxProblemsShown}件の問題があります。");
            }

            return GuideCheckResult.Failed(shown);
        }

        // The validator has ruled out cycles and dangling references, so paths can be counted before they are walked.
        if (CountPaths(graph) > MaxPaths)
        {
            return GuideCheckResult.Failed($"答え方の組み合わせが多すぎます（{MaxPaths.ToString("N0", CultureInfo.InvariantCulture)}通りまで）。質問の分かれ方を減らしてください。");
        }

        var codes = new List<string>();
        var paths = 0;
        foreach (var path in GuideWalk.AllPaths(graph))
        {
            var state = GuideWalk.Follow(graph, path);
            if (!state.Finished)
            {
                return GuideCheckResult.Failed($"回答「{string.Join(" → ", path)}」のあと、手続きの一覧までたどり着きません。");
            }

            paths++;
            codes.AddRange(state.ProcedureCodes.Where(c => !codes.Contains(c, StringComparer.Ordinal)));
        }

        if (json.Length > MaxJsonLength || ToJson(graph).Length > MaxJsonLength)
        {
            return GuideCheckResult.Failed($"質問の流れが長すぎます（整形後{MaxJsonLength.ToString("N0", CultureInfo.InvariantCulture)}文字まで）。");
        }

        return new GuideCheckResult(graph, [], paths, codes);
    }

    /// <summary>What JSON alone cannot promise: every required field present and the graph belonging to this guide.</summary>
    private static List<string> Shape(GuideGraph graph, string code)
    {
        var problems = new List<string>();
        if (!string.Equals(graph.Code, code, StringComparison.Ordinal))
        {
            problems.Add($"「code」は「{code}」のままにしてください。");
        }

        if (string.IsNullOrWhiteSpace(graph.Title))
        {
            problems.Add("「title」（できごとの名前）を入力してください。");
        }

        if (string.IsNullOrWhiteSpace(graph.EventDateLabel))
        {
            problems.Add("「eventDateLabel」（日付の項目名）を入力してください。");
        }

        if (string.IsNullOrWhiteSpace(graph.Start))
        {
            problems.Add("「start」（最初の質問のID）を入力してください。");
        }

        if (graph.Questions is null || graph.Questions.Count == 0)
        {
            problems.Add("「questions」に質問が1つもありません。");
            return problems;
        }

        for (var i = 0; i < graph.Questions.Count; i++)
        {
            var question = graph.Questions[i];
            if (question is null || string.IsNullOrWhiteSpace(question.Id) || string.IsNullOrWhiteSpace(question.Text) || question.Answers is null)
            {
                problems.Add($"{i + 1}番目の質問に「id」「text」「answers」のどれかがありません。");
                continue;
            }

            if (question.Answers.Any(a => a is null || string.IsNullOrWhiteSpace(a.Id) || string.IsNullOrWhiteSpace(a.Label)))
            {
                problems.Add($"質問「{question.Id}」の選択肢に「id」か「label」がないものがあります。");
            }
            else if (question.Answers.Select(a => a.Id).Distinct(StringComparer.Ordinal).Count() != question.Answers.Count)
            {
                problems.Add($"質問「{question.Id}」の選択肢IDが重複しています。");
            }
            else if (question.Answers.Any(a => a.Add?.Any(string.IsNullOrWhiteSpace) == true))
            {
                problems.Add($"質問「{question.Id}」の「add」に空の手続きコードがあります。");
            }
        }

        return problems;
    }

    private static long CountPaths(GuideGraph graph)
    {
        var memo = new Dictionary<string, long>(StringComparer.Ordinal);
        long From(string id)
        {
            if (!memo.TryGetValue(id, out var count))
            {
                count = 0;
                foreach (var answer in graph.Question(id).Answers)
                {
                    count = Math.Min(count + (answer.Next is null ? 1 : From(answer.Next)), long.MaxValue / 2);
                }

                memo[id] = count;
            }

            return count;
        }

        return From(graph.Start);
    }
}

/// <summary>The outcome of <see cref="GuideCheck.Check"/>: the graph and what its paths lead to, or the problems found.</summary>
public sealed record GuideCheckResult(GuideGraph? Graph, IReadOnlyList<string> Problems, int PathCount, IReadOnlyList<string> ProcedureCodes)
{
    public bool Ok => Problems.Count == 0 && Graph is not null;

    public static GuideCheckResult Failed(params IReadOnlyList<string> problems) => new(null, problems, 0, []);
}
