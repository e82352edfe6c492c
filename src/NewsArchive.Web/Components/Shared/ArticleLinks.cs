namespace NewsArchive.Web.Components.Shared;

/// <summary>Addresses of an article and of the anchors inside it (#quote-N, #event-N, counted from 1 in body order).</summary>
public static class ArticleLinks
{
    public static string Href(string slug) => $"/articles/{Uri.EscapeDataString(slug)}";

    public static string QuoteAnchor(int number) => $"quote-{number}";

    public static string EventAnchor(int number) => $"event-{number}";

    // The full path, not a bare fragment: with <base href="/"> "#quote-1" would resolve against the home page.
    public static string Quote(string slug, int number) => $"{Href(slug)}#{QuoteAnchor(number)}";

    public static string Event(string slug, int number) => $"{Href(slug)}#{EventAnchor(number)}";
}
