using NewsArchive.Extraction.Entities;

namespace NewsArchive.Extraction.Events;

/// <summary>
/// Every entity mention of the article sorted by start, so an event finds the entities in its sentence by a binary
/// search instead of walking every mention of every entity (which grew with the square of a long article).
/// </summary>
internal sealed class ActorIndex
{
    private readonly List<ExtractedEntity> _entities;
    private readonly ActorMention[] _mentions;

    public ActorIndex(EntitySet entities)
    {
        _entities = entities.All.ToList();
        var count = 0;
        foreach (var entity in _entities) count += entity.Mentions.Count;
        _mentions = new ActorMention[count];
        var at = 0;
        for (var e = 0; e < _entities.Count; e++)
        {
            var list = _entities[e].Mentions;
            for (var k = 0; k < list.Count; k++) _mentions[at++] = new ActorMention(list[k].Start, list[k].End, e, k);
        }
        // No two mentions are equal (entity and order differ), so any sort gives this one order; the struct's own
        // comparison is inlined by the sort, where a comparison delegate is called for every pair.
        Array.Sort(_mentions);
    }

    // An entity mention by where it stands; Order is its position in its entity's own list.
    private readonly record struct ActorMention(int Start, int End, int Entity, int Order) : IComparable<ActorMention>
    {
        public int CompareTo(ActorMention other) =>
            Start != other.Start ? Start.CompareTo(other.Start)
            : End != other.End ? End.CompareTo(other.End)
            : Entity != other.Entity ? Entity.CompareTo(other.Entity)
            : Order.CompareTo(other.Order);
    }

    /// <summary>
    /// The names of the entities mentioned inside <paramref name="span"/>, in the order of each one's first listed
    /// mention there (ties keep entity order: people, organizations, places).
    /// </summary>
    public List<string> NamesIn(TextSpan span)
    {
        // Per entity, its first listed mention inside the span: the one an entity-by-entity walk would stop at.
        // A sentence names a handful of entities: a list searched in place, not a dictionary per event.
        var first = new List<(int Entity, int Order, int Start)>();
        var i = LowerBound(span.Start);
        for (; i < _mentions.Length && _mentions[i].Start <= span.End; i++)
        {
            var m = _mentions[i];
            if (!span.Contains(new TextSpan(m.Start, m.End))) continue;
            var at = first.Count - 1;
            while (at >= 0 && first[at].Entity != m.Entity) at--;
            if (at < 0) first.Add((m.Entity, m.Order, m.Start));
            else if (m.Order < first[at].Order) first[at] = (m.Entity, m.Order, m.Start);
        }
        first.Sort(static (a, b) => a.Entity.CompareTo(b.Entity)); // by entity, as the entity-by-entity walk gives them
        var actors = new List<(int Position, string Name)>(first.Count);
        foreach (var (entity, _, start) in first) actors.Add((start, _entities[entity].Name));
        actors.Sort((a, b) => a.Position.CompareTo(b.Position));
        var names = new List<string>(actors.Count);
        foreach (var (_, name) in actors)
            if (!names.Contains(name)) names.Add(name);
        return names;
    }

    private int LowerBound(int start)
    {
        int lo = 0, hi = _mentions.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_mentions[mid].Start < start) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
