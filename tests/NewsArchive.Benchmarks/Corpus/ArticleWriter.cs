using System.Globalization;

namespace NewsArchive.Benchmarks.Corpus;

/// <summary>
/// Builds one article's paragraphs sentence by sentence, introducing each person and organization in full
/// on first mention (with role or short form) and by surname or short form after, as news copy does.
/// </summary>
internal sealed class ArticleWriter(
    Random random, PoolTopic topic, IReadOnlyList<PoolPerson> people, IReadOnlyList<PoolOrganization> organizations,
    IReadOnlyList<string> places, DateOnly published)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private static readonly string[] Verbs = ["approved", "delayed", "rejected", "debated", "questioned", "expanded", "cut", "reviewed"];
    private static readonly string[] Claims =
    [
        "We are not going to balance this on the backs of working families",
        "The numbers simply do not add up, and everyone in that room knows it",
        "This is the most important vote the council will take this year",
        "We listened to residents for months and this plan reflects what they told us",
        "Nobody should have to choose between rent and groceries",
        "I have seen this kind of promise before and I am not convinced",
        "We will keep working until the job is done",
        "There is still time to get this right if people are willing to compromise",
        "The state has left us with very few options",
        "Our crews have been working around the clock since the storm",
    ];
    private static readonly string[] Fillers =
    [
        "The {org} has spent months studying {noun}, and its report runs to more than 200 pages.",
        "Residents of {place} packed the meeting room, and several waited hours to speak about {noun}.",
        "{person} has long argued that {noun} would hurt families in {place}.",
        "Supporters say {noun} will save money over the next decade, while critics doubt the estimates.",
        "The plan for {noun} would cost about ${n} million, according to figures released by the {org}.",
        "A final decision on {noun} is expected after another round of public hearings in {place}.",
        "Officials in {place} said the city would publish the full proposal online.",
        "The {org} did not respond to several requests for comment about {noun}.",
        "Similar fights over {noun} have played out in {place} and elsewhere in the region.",
        "{person} said the {org} had not yet seen the latest version of the proposal.",
        "Local business owners in {place} have mixed feelings about {noun}.",
        "The debate over {noun} has divided the {org} for much of the past year.",
    ];

    private readonly List<string> _paragraphs = [];
    private readonly List<string> _current = [];
    private readonly HashSet<PoolPerson> _introducedPeople = [];
    private readonly HashSet<PoolOrganization> _introducedOrganizations = [];

    public int Words { get; private set; }

    public IEnumerable<string> Paragraphs => _current.Count == 0 ? _paragraphs : [.. _paragraphs, string.Join(' ', _current)];

    public string Title()
    {
        var who = people[0].Surname;
        var noun = CorpusGenerator.Pick(random, topic.Nouns)["the ".Length..];
        return $"{who} Says {places[0]} Council {Capitalize(Verbs[random.Next(Verbs.Length)])} Plan on {Capitalize(noun)}";
    }

    public void Lead(int index)
    {
        var organization = Organization(organizations[0]);
        var weekday = published.AddDays(-random.Next(1, 6)).DayOfWeek;
        var common = random.NextDouble() < 0.9 ? $"{CorpusGenerator.CommonWord} " : "";
        Sentence($"The {organization} {Verbs[random.Next(Verbs.Length)]} {CorpusGenerator.Pick(random, topic.Nouns)} on {weekday}, a move that {common}leaders in {places[0]} said would shape the year ahead.");
        Sentence($"{Person(people[0])} called the decision {(index % 2 == 0 ? "overdue" : "a mistake")}.");
        Break();
    }

    public void Quote(int shape)
    {
        var person = CorpusGenerator.Pick(random, people);
        var claim = Claims[random.Next(Claims.Length)];
        var second = Claims[random.Next(Claims.Length)];
        Sentence(shape switch
        {
            0 => $"\"{claim},\" {Person(person)} said.",
            1 => $"{Person(person)} said: \u201c{claim}.\u201d",
            2 => $"\u201c{claim},\u201d said {Person(person).TrimEnd(',')}.",
            3 => $"\"{claim},\" {Person(person)} said, \"but {Lower(second)}.\"",
            4 => $"According to {Person(person).TrimEnd(',')}, \"{Lower(claim)}.\"",
            5 => $"\"{claim},\" the {Organization(CorpusGenerator.Pick(random, organizations))} said in a statement.",
            6 => $"{Person(person)} told reporters that \"{Lower(claim)}.\"",
            _ => $"\u201c{claim}.\u201d {Person(person)} added: \u201c{second}.\u201d",
        });
        Break();
    }

    public void Event(int shape)
    {
        var organization = Organization(CorpusGenerator.Pick(random, organizations));
        var noun = CorpusGenerator.Pick(random, topic.Nouns);
        var verb = Verbs[random.Next(Verbs.Length)];
        var past = published.AddDays(-random.Next(30, 365 * 4));
        var recent = published.AddDays(-random.Next(1, 25));
        Sentence(shape switch
        {
            0 => $"In {past.ToString("MMMM yyyy", English)}, the {organization} {verb} {noun}.",
            1 => $"On {past.ToString("MMMM d, yyyy", English)}, the {organization} {verb} {noun} after a long debate.",
            2 => $"The {organization} first {verb} {noun} on {past.ToString("d MMMM yyyy", English)}.",
            3 => $"In {past.Year}, voters in {CorpusGenerator.Pick(random, places)} {verb} a similar proposal.",
            4 => $"Last {recent.DayOfWeek}, the {organization} {verb} {noun}.",
            5 => $"On {recent.ToString("MMMM d", English)}, {Person(CorpusGenerator.Pick(random, people))} {verb} {noun} at a public meeting.",
            6 => $"The {organization} {verb} {noun} on {past:yyyy-MM-dd}, records show.",
            7 => $"Earlier, in the spring of {past.Year}, the {organization} {verb} {noun}.",
            _ => $"Yesterday the {organization} {verb} {noun}.",
        });
        if (random.Next(2) == 0) Break();
    }

    public void Filler()
    {
        var template = Fillers[random.Next(Fillers.Length)];
        // Fill only the slots the template has: naming a person or organization counts as introducing it.
        if (template.Contains("{org}")) template = template.Replace("{org}", Organization(CorpusGenerator.Pick(random, organizations)));
        if (template.Contains("{person}")) template = template.Replace("{person}", Person(CorpusGenerator.Pick(random, people)));
        Sentence(template
            .Replace("{noun}", CorpusGenerator.Pick(random, topic.Nouns))
            .Replace("{place}", CorpusGenerator.Pick(random, places))
            .Replace("{n}", random.Next(2, 400).ToString(English)));
        if (_current.Count >= random.Next(2, 5)) Break();
    }

    public void Sentence(string sentence)
    {
        _current.Add(sentence);
        Words += sentence.Count(c => c == ' ') + 1;
    }

    private void Break()
    {
        if (_current.Count == 0) return;
        _paragraphs.Add(string.Join(' ', _current));
        _current.Clear();
    }

    private string Person(PoolPerson person)
    {
        if (!_introducedPeople.Add(person)) return random.Next(5) == 0 ? person.Name : person.Surname;
        return person.Title is { } title && random.Next(2) == 0
            ? $"{title} {person.Name}"
            : $"{person.Name}, {person.Role},";
    }

    private string Organization(PoolOrganization organization)
    {
        if (_introducedOrganizations.Add(organization) || organization.ShortForm is null)
            return organization.ShortForm is { Length: <= 5 } acronym ? $"{organization.Name} ({acronym})" : organization.Name;
        return organization.ShortForm;
    }

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static string Lower(string text) => char.ToLowerInvariant(text[0]) + text[1..];
}
