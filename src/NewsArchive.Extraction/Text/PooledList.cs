using System.Buffers;

namespace NewsArchive.Extraction.Text;

/// <summary>
/// A growable list of plain values built in a rented buffer and copied out once: the per-article token arrays
/// were built in a list first, a second zeroed allocation as large as the result. Dispose returns the buffer.
/// </summary>
internal struct PooledList<T> : IDisposable where T : struct
{
    private T[] _items;
    private int _count;

    public PooledList(int capacity)
    {
        _items = ArrayPool<T>.Shared.Rent(Math.Max(capacity, 16));
        _count = 0;
    }

    public readonly int Count => _count;

    public void Add(T item)
    {
        if (_count == _items.Length) Grow();
        _items[_count++] = item;
    }

    /// <summary>The values added so far, in a new array of exactly their number.</summary>
    public readonly T[] ToArray()
    {
        // Every element is written by the copy: the runtime need not clear the array first (tens of KB per article).
        var array = GC.AllocateUninitializedArray<T>(_count);
        _items.AsSpan(0, _count).CopyTo(array);
        return array;
    }

    public void Dispose()
    {
        if (_items.Length > 0) ArrayPool<T>.Shared.Return(_items);
        _items = [];
        _count = 0;
    }

    private void Grow()
    {
        var bigger = ArrayPool<T>.Shared.Rent(_items.Length * 2);
        Array.Copy(_items, bigger, _count);
        ArrayPool<T>.Shared.Return(_items);
        _items = bigger;
    }
}
