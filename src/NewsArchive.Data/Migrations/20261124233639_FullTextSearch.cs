using Microsoft.EntityFrameworkCore.Migrations;
using NewsArchive.Data.Search;

#nullable disable

namespace NewsArchive.Data.Migrations
{
    /// <summary>
    /// FTS5 indexes over article titles/bodies and quote texts, kept in sync by triggers in the same
    /// transaction as the rows (docs/decisions/fts-sync-with-triggers.md). The SQL lives in SqliteFullTextSearch.
    /// </summary>
    public partial class FullTextSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var statement in SqliteFullTextSearch.CreateStatements("2 3")) migrationBuilder.Sql(statement);
            // Index whatever rows already exist (none on a fresh archive).
            foreach (var statement in SqliteFullTextSearch.RebuildStatements) migrationBuilder.Sql(statement);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var statement in SqliteFullTextSearch.DropStatements) migrationBuilder.Sql(statement);
        }
    }
}
