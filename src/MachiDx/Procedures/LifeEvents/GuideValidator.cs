namespace MachiDx.Procedures.LifeEvents;

/// <summary>Checks a guide graph before it is used or saved: references resolve, no cycles, every question reachable.</summary>
public static class GuideValidator
{
    public static IReadOnlyList<string> Problems(GuideGraph graph, IReadOnlySet<string> procedureCodes)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(procedureCodes);
        var problems = new List<string>();
        var ids = graph.Questions.Select(q => q.Id).ToList();
        if (ids.Count != ids.Distinct(StringComparer.Ordinal).Count())
        {
            problems.Add("質問IDが重複しています。");
        }

        if (!ids.Contains(graph.Start, StringComparer.Ordinal))
        {
            problems.Add($"最初の質問「{graph.Start}」がありません。");
        }

        foreach (var question in graph.Questions)
        {
            if (question.Answers.Count == 0)
            {
                problems.Add($"質問「{question.Id}」に選択肢がありません。");
            }

            foreach (var answer in question.Answers)
            {
                if (answer.Next is not null && !ids.Contains(answer.Next, StringComparer.Ordinal))
                {
                    problems.Add($"質問「{question.Id}」の選択肢「{answer.Id}」の次の質問「{answer.Next}」がありません。");
                }

                foreach (var code in (answer.Add ?? []).Where(c => !procedureCodes.Contains(c)))
                {
                    problems.Add($"質問「{question.Id}」の選択肢「{answer.Id}」の手続き「{code}」がこの市の手続きにありません。");
                }
            }
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        // Depth-first search for cycles and reachability.
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        bool HasCycle(string id)
        {
            state[id] = 1;
            foreach (var next in graph.Question(id).Answers.Select(a => a.Next).OfType<string>())
            {
                if (state.GetValueOrDefault(next) == 1 || (state.GetValueOrDefault(next) == 0 && HasCycle(next)))
                {
                    return true;
                }
            }

            state[id] = 2;
            return false;
        }

        if (HasCycle(graph.Start))
        {
            problems.Add("質問の流れが循環しています。");
        }

        problems.AddRange(ids.Where(id => !state.ContainsKey(id)).Select(id => $"質問「{id}」にたどり着く選択肢がありません。"));
        return problems;
    }
}
