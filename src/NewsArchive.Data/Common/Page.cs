namespace NewsArchive.Data.Common;

/// <summary>
/// One page of results and how many there are in all; when <see cref="TotalIsCapped"/> is set there are more
/// than <see cref="Total"/> (a bounded count: show "1,000+").
/// </summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int PageNumber, int PageSize, bool TotalIsCapped = false)
{
    public int TotalPages => PageSize <= 0 ? 0 : (Total + PageSize - 1) / PageSize;

    internal static (int Page, int Size, int Skip) Normalize(int page, int pageSize, int maxPageSize = 200)
    {
        var size = Math.Clamp(pageSize, 1, maxPageSize);
        var number = Math.Max(page, 1);
        return (number, size, (int)Math.Min(int.MaxValue, (long)(number - 1) * size));
    }
}
