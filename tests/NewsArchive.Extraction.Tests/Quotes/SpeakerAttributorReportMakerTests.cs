using NewsArchive.Extraction.Entities;
using static NewsArchive.Extraction.Tests.Quotes.QuoteTestArticle;

namespace NewsArchive.Extraction.Tests.Quotes;

/// <summary>Who a text that "says" something comes from: its maker, never whoever read it.</summary>
public class SpeakerAttributorReportMakerTests
{
    private static readonly EntitySet Haulage = KnownEntities(
        Organization("Brenmoor Haulage", "Brenmoor"),
        Organization("Roadline Weekly"),
        Organization("Thameside Echo"));

    [Fact]
    public void A_text_reviewed_by_a_newspaper_is_not_the_newspaper_speaking()
    {
        var quote = Assert.Single(AttributedQuotes(Haulage,
            "Brenmoor Haulage stopped trading on Friday. Drivers got a text message on Thursday night.",
            "\"We regret to tell you that all work stops tomorrow,\" read the message, which was reviewed by Roadline Weekly."));
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void A_text_issued_by_a_company_is_the_company_speaking()
    {
        var quote = Assert.Single(AttributedQuotes(Haulage,
            "Drivers got a text message on Thursday night.",
            "\"We regret to tell you that all work stops tomorrow,\" read the message, which was issued by Brenmoor Haulage."));
        Assert.Equal("Brenmoor Haulage", quote.Speaker);
    }

    private static readonly EntitySet Inspection = KnownEntities(
        Organization("Care Standards Board", "the Care Standards Board"),
        Organization("Millbrook Hospital", "the hospital"),
        Organization("Schools Inspectorate"),
        Organization("Hollins Academy"),
        Organization("Redfern Learning Trust"));

    [Fact]
    public void The_report_of_an_inspection_is_the_inspecting_body_that_rated_after_it()
    {
        var quote = Assert.Single(AttributedQuotes(Inspection,
            "The Care Standards Board rated the ward at Millbrook Hospital inadequate after an inspection in May.",
            "The report, published on Thursday, said patients waited for hours.",
            "\"People were being cared for in corridors,\" the report said."));
        Assert.Equal("Care Standards Board", quote.Speaker);
    }

    [Fact]
    public void Inspectors_speak_for_the_body_the_school_was_inspected_by()
    {
        var quote = Assert.Single(AttributedQuotes(Inspection,
            "Hollins Academy was inspected by the Schools Inspectorate in January, shortly after it joined the Redfern Learning Trust.",
            "Inspectors wrote: \"Pupils are proud of their school.\""));
        Assert.Equal("Schools Inspectorate", quote.Speaker);
    }

    [Fact]
    public void A_report_in_a_text_without_an_inspection_stays_unattributed()
    {
        var quote = Assert.Single(AttributedQuotes(Inspection,
            "Millbrook Hospital failed to meet its targets in May.",
            "\"People were being cared for in corridors,\" the report said."));
        Assert.Null(quote.Speaker);
    }

    private static readonly EntitySet Brokers = KnownEntities(
        Organization("Caledon Bank"),
        Organization("Harrow Stone Securities"));

    [Fact]
    public void Analysts_at_a_firm_speak_for_the_firm()
    {
        var quote = Assert.Single(AttributedQuotes(Brokers,
            "Caledon Bank will close 90 branches. Analysts at Harrow Stone Securities said the plan was \"bolder than the market had expected\"."));
        Assert.Equal("Harrow Stone Securities", quote.Speaker);
    }

    private static readonly EntitySet Councils = KnownEntities(
        Organization("Ashvale Council"),
        Organization("Brindley Council"));

    [Fact]
    public void The_report_to_cabinet_is_the_council_the_article_is_about()
    {
        var quote = Assert.Single(AttributedQuotes(Councils,
            "Ashvale Council will move to three-weekly bin collections. Ashvale Council says the change saves money, and Brindley Council made the same move last year.",
            "The report to cabinet said the waste budget had risen by 23 per cent.",
            "\"Without change, the service is not sustainable,\" the report said."));
        Assert.Equal("Ashvale Council", quote.Speaker);
    }

    [Fact]
    public void A_report_to_cabinet_is_the_council_named_first_when_two_are_named_as_often()
    {
        var quote = Assert.Single(AttributedQuotes(Councils,
            "Ashvale Council will move to three-weekly bin collections, as Brindley Council did last year.",
            "According to a report presented to cabinet, Ashvale could be fined £1m. The report said the change was \"the single most effective step open to the authority\"."));
        Assert.Equal("Ashvale Council", quote.Speaker);
    }

    [Fact]
    public void A_report_to_the_committee_that_opens_the_attribution_is_the_councils()
    {
        var quote = Assert.Single(AttributedQuotes(Councils,
            "Members of Ashvale Council's transport committee voted on Tuesday to widen the clean air zone.",
            "A report to the committee said pollution on the ring road was still \"well above the legal limit every single year\"."));
        Assert.Equal("Ashvale Council", quote.Speaker);
    }

    [Fact]
    public void The_watchdogs_report_is_the_body_that_inspected_not_the_subject_of_its_sentence()
    {
        var quote = Assert.Single(AttributedQuotes(Inspection,
            "Hollins Academy was inspected by the Schools Inspectorate in January under the watchdog's new report card system.",
            "The report added that leaders \"have raised expectations of what pupils can achieve\"."));
        Assert.Equal("Schools Inspectorate", quote.Speaker);
    }

    [Fact]
    public void A_report_owned_by_a_noun_that_names_nobody_is_not_the_subject_of_its_sentence()
    {
        var quote = Assert.Single(AttributedQuotes(Inspection,
            "Hollins Academy published the auditor's annual report in January.",
            "The report added that leaders \"have raised expectations of what pupils can achieve\"."));
        Assert.Null(quote.Speaker);
    }
}
