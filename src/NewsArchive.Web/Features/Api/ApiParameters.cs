using System.Globalization;
using NewsArchive.Extraction;
using NewsArchive.Extraction.Dates;

namespace NewsArchive.Web.Features.Api;

/// <summary>
/// Reads query parameters as text and checks them here, so a bad value gets a problem-details
/// answer that names the parameter and says what is expected.
/// </summary>
public sealed class ApiParameters
{
    public const int MaxPageSize = 100;

    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public IResult Problem() => Results.ValidationProblem(_errors,
        title: "One or more query parameters are not valid.", type: "https://tools.ietf.org/html/rfc9110#section-15.5.1");

    public (int Page, int PageSize) Paging(string? page, string? pageSize, int defaultPageSize = 20)
    {
        var number = Integer("page", page, 1, int.MaxValue, 1);
        var size = Integer("pageSize", pageSize, 1, MaxPageSize, defaultPageSize);
        return (number, size);
    }

    /// <summary>YYYY, YYYY-MM or YYYY-MM-DD; null when absent.</summary>
    public PartialDate? Date(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (PartialDate.TryParseIso(value, out var date)) return date;
        _errors[name] = [$"'{value}' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD."];
        return null;
    }

    public EntityKind? Kind(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (Enum.TryParse<EntityKind>(value, ignoreCase: true, out var kind) && Enum.IsDefined(kind)) return kind;
        _errors[name] = [$"'{value}' is not a kind: use person, organization or place."];
        return null;
    }

    public void Range(PartialDate? from, PartialDate? to)
    {
        if (from is { } f && to is { } t && f.Start > t.End)
        {
            _errors["to"] = ["'to' is before 'from'."];
        }
    }

    private int Integer(string name, string? value, int min, int max, int fallback)
    {
        if (string.IsNullOrWhiteSpace(value)) return fallback;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }
        _errors[name] = [max == int.MaxValue
            ? $"'{value}' is not a whole number of at least {min}."
            : $"'{value}' is not a whole number from {min} to {max}."];
        return fallback;
    }
}
