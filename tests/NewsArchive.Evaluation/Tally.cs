namespace NewsArchive.Evaluation;

/// <summary>Counts for one kind of item: gold items expected and hit (recall), items found and right (precision).</summary>
public sealed class Tally
{
    public int Expected { get; set; }
    public int Hit { get; set; }
    public int Found { get; set; }
    public int FoundRight { get; set; }

    public void Add(Tally other)
    {
        Expected += other.Expected;
        Hit += other.Hit;
        Found += other.Found;
        FoundRight += other.FoundRight;
    }
}
