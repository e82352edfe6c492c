using System.Runtime.InteropServices;

namespace NewsArchive.Extraction.Text;

/// <summary>
/// A set of words that all stand in one text, kept as offsets into it (compared ordinally): adding a word makes no
/// string, and a lookup hashes only the span it is given. For a per-article vocabulary that the tokenizer adds to at
/// every word, where a <c>HashSet&lt;string&gt;</c> made a string for each new word.
/// </summary>
internal sealed class TextWordSet
{
    private readonly string _text;
    private Entry[] _entries; // open addressing; Start == 0 marks an empty slot (offsets are stored plus one)
    private int _count;

    private struct Entry
    {
        public int StartPlusOne;
        public int Length;
        public int Hash;
    }

    public TextWordSet(string text, int capacity)
    {
        _text = text;
        var size = 16;
        while (size < capacity * 2) size *= 2;
        _entries = new Entry[size];
    }

    /// <summary>How many distinct words the set holds.</summary>
    public int Count => _count;

    /// <summary>Adds the word at <paramref name="start"/> of <paramref name="length"/> characters; false when already held.</summary>
    public bool Add(int start, int length)
    {
        var word = _text.AsSpan(start, length);
        var hash = Hash(word);
        var mask = _entries.Length - 1;
        var slot = hash & mask;
        while (_entries[slot].StartPlusOne != 0)
        {
            if (Holds(_entries[slot], hash, word)) return false;
            slot = (slot + 1) & mask;
        }
        _entries[slot] = new Entry { StartPlusOne = start + 1, Length = length, Hash = hash };
        if (++_count * 2 > _entries.Length) Grow();
        return true;
    }

    /// <summary>True when the set holds exactly <paramref name="word"/>.</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        var hash = Hash(word);
        var mask = _entries.Length - 1;
        var slot = hash & mask;
        while (_entries[slot].StartPlusOne != 0)
        {
            if (Holds(_entries[slot], hash, word)) return true;
            slot = (slot + 1) & mask;
        }
        return false;
    }

    private bool Holds(in Entry entry, int hash, ReadOnlySpan<char> word) =>
        entry.Hash == hash && entry.Length == word.Length && _text.AsSpan(entry.StartPlusOne - 1, entry.Length).SequenceEqual(word);

    private void Grow()
    {
        var old = _entries;
        _entries = new Entry[old.Length * 2];
        var mask = _entries.Length - 1;
        foreach (var entry in old)
        {
            if (entry.StartPlusOne == 0) continue;
            var slot = entry.Hash & mask;
            while (_entries[slot].StartPlusOne != 0) slot = (slot + 1) & mask;
            _entries[slot] = entry;
        }
    }

    // The length and the first and last four characters, read as two 64-bit blocks (a word of one to three characters
    // is its first, middle and last character, packed): a multiply or two for a word instead of one per character (the
    // tokenizer hashes every lower-case word of the article), and the product's high bits as the slot. Words that differ
    // only in their middle collide, which costs a comparison, never a wrong answer.
    private static int Hash(ReadOnlySpan<char> word)
    {
        ulong h;
        if (word.Length >= 4)
        {
            var bytes = MemoryMarshal.AsBytes(word);
            var head = MemoryMarshal.Read<ulong>(bytes);
            var tail = MemoryMarshal.Read<ulong>(bytes[^8..]);
            h = (head * 0x9E3779B97F4A7C15UL) ^ ((tail + (ulong)word.Length) * 0xC2B2AE3D27D4EB4FUL);
        }
        else if (word.Length > 0)
        {
            h = (word[0] | ((ulong)word[word.Length / 2] << 16) | ((ulong)word[^1] << 32) | ((ulong)word.Length << 48)) * 0x9E3779B97F4A7C15UL;
        }
        else
        {
            return 0;
        }
        return (int)((h ^ (h >> 29)) >> 33);
    }
}
