namespace MachiDx.Procedures.LifeEvents;

/// <summary>
/// Follows a guide graph along a list of answer ids, re-evaluating every step on the server: an answer
/// that does not belong to the current question, or a path that runs past the end, is rejected.
/// </summary>
public static class GuideWalk
{
    public static GuideState Follow(GuideGraph graph, IReadOnlyList<string> answers)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(answers);
        var codes = new List<string>();
        var steps = new List<(GuideQuestion Question, GuideAnswer Answer)>();
        string? current = graph.Start;
        foreach (var answerId in answers)
        {
            if (current is null)
            {
                return GuideState.Invalid;
            }

            var question = graph.Question(current);
            var answer = question.Answers.FirstOrDefault(a => a.Id == answerId);
            if (answer is null)
            {
                return GuideState.Invalid;
            }

            steps.Add((question, answer));
            foreach (var code in answer.Add ?? [])
            {
                if (!codes.Contains(code, StringComparer.Ordinal))
                {
                    codes.Add(code);
                }
            }

            current = answer.Next;
        }

        return new GuideState(true, current is null ? null : graph.Question(current), steps, codes);
    }

    /// <summary>Every complete path through the graph, as answer-id lists (for tests and staff review).</summary>
    public static IEnumerable<IReadOnlyList<string>> AllPaths(GuideGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var stack = new Stack<(string? Question, ImmutableAnswers Path)>();
        stack.Push((graph.Start, ImmutableAnswers.Empty));
        while (stack.Count > 0)
        {
            var (questionId, path) = stack.Pop();
            if (questionId is null)
            {
                yield return path.ToList();
                continue;
            }

            foreach (var answer in graph.Question(questionId).Answers)
            {
                stack.Push((answer.Next, path.Add(answer.Id)));
            }
        }
    }

    private sealed class ImmutableAnswers
    {
        public static readonly ImmutableAnswers Empty = new(null, null);

        private readonly ImmutableAnswers? _parent;
        private readonly string? _id;

        private ImmutableAnswers(ImmutableAnswers? parent, string? id)
        {
            _parent = parent;
            _id = id;
        }

        public ImmutableAnswers Add(string id) => new(this, id);

        public List<string> ToList()
        {
            var list = new List<string>();
            for (var node = this; node._id is not null; node = node._parent!)
            {
                list.Add(node._id);
            }

            list.Reverse();
            return list;
        }
    }
}

/// <summary>Where a walk ended: the next question (null when finished), the answers so far and the procedures they add.</summary>
public sealed record GuideState(
    bool Valid, GuideQuestion? Next, IReadOnlyList<(GuideQuestion Question, GuideAnswer Answer)> Steps, IReadOnlyList<string> ProcedureCodes)
{
    public static readonly GuideState Invalid = new(false, null, [], []);

    public bool Finished => Valid && Next is null;
}
