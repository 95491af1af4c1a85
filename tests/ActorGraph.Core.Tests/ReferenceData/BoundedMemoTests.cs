using ActorGraph.Core.ReferenceData;

namespace ActorGraph.Core.Tests.ReferenceData;

public sealed class BoundedMemoTests
{
    [Fact]
    public void AnAnswer_IsWorkedOutOnce_UntilTheBoundIsReached_ThenAllAreForgotten()
    {
        var memo = new BoundedMemo<int, string>(capacity: 2);
        var asked = new List<int>();
        string Answer(int key) => memo.GetOrAdd(key, static (k, log) => { log.Add(k); return $"answer {k}"; }, asked);

        Assert.Equal("answer 1", Answer(1));
        Assert.Equal("answer 1", Answer(1));
        Assert.Equal("answer 2", Answer(2));
        Assert.Equal([1, 2], asked);

        Assert.Equal("answer 3", Answer(3)); // the third question: the two remembered are forgotten first
        Assert.Equal("answer 1", Answer(1));
        Assert.Equal([1, 2, 3, 1], asked);
    }
}
