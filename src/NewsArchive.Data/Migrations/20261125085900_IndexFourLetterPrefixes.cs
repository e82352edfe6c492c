using Microsoft.EntityFrameworkCore.Migrations;
using NewsArchive.Data.Search;

#nullable disable

namespace NewsArchive.Data.Migrations
{
    /// <summary>
    /// Indexes 4-letter prefixes as well (prefix='2 3 4'), so "budg*" reads one stored doclist instead of merging
    /// every matching word's doclist, and adds the word lists that longer prefixes are expanded from
    /// (see PrefixExpansion). FTS5 cannot change a table's prefix option in place: the tables and their triggers
    /// are dropped, created again and rebuilt from Articles and Quotes, which re-reads every row (long on a large
    /// archive: see docs/benchmarks.md). Dated after the other branch's migrations of this session on purpose.
    /// </summary>
    public partial class IndexFourLetterPrefixes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => Recreate(migrationBuilder, "2 3 4", withWordLists: true);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => Recreate(migrationBuilder, "2 3", withWordLists: false);

        private static void Recreate(MigrationBuilder migrationBuilder, string prefixLengths, bool withWordLists)
        {
            foreach (var statement in SqliteFullTextSearch.DropWordListStatements) migrationBuilder.Sql(statement);
            foreach (var statement in SqliteFullTextSearch.DropStatements) migrationBuilder.Sql(statement);
            foreach (var statement in SqliteFullTextSearch.CreateStatements(prefixLengths)) migrationBuilder.Sql(statement);
            if (withWordLists) foreach (var statement in SqliteFullTextSearch.WordListStatements) migrationBuilder.Sql(statement);
            foreach (var statement in SqliteFullTextSearch.RebuildStatements) migrationBuilder.Sql(statement);
        }
    }
}
