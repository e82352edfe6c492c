using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsArchive.Data.Migrations
{
    /// <inheritdoc />
    public partial class QueryIndexesAndCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Quotes_SpeakerId_ArticleId",
                table: "Quotes");

            migrationBuilder.DropIndex(
                name: "IX_Mentions_ArticleId_Start",
                table: "Mentions");

            migrationBuilder.DropIndex(
                name: "IX_Mentions_EntityId_ArticleId",
                table: "Mentions");

            migrationBuilder.DropIndex(
                name: "IX_EventActors_EntityId",
                table: "EventActors");

            migrationBuilder.AddColumn<DateOnly>(
                name: "PublishedOn",
                table: "Quotes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PublishedOn",
                table: "Mentions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EndDay",
                table: "EventActors",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<int>(
                name: "Precision",
                table: "EventActors",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "StartDay",
                table: "EventActors",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<int>(
                name: "ArticleCount",
                table: "Entities",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "QuoteCount",
                table: "Entities",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Fill the copies and counts for archives made before this migration (plain SQL, any provider).
            migrationBuilder.Sql("""
                UPDATE "Quotes" SET "PublishedOn" = (SELECT a."PublishedOn" FROM "Articles" a WHERE a."Id" = "Quotes"."ArticleId");
                """);
            migrationBuilder.Sql("""
                UPDATE "Mentions" SET "PublishedOn" = (SELECT a."PublishedOn" FROM "Articles" a WHERE a."Id" = "Mentions"."ArticleId");
                """);
            migrationBuilder.Sql("""
                UPDATE "EventActors" SET
                    "StartDay" = (SELECT e."StartDay" FROM "Events" e WHERE e."Id" = "EventActors"."EventId"),
                    "EndDay" = (SELECT e."EndDay" FROM "Events" e WHERE e."Id" = "EventActors"."EventId"),
                    "Precision" = (SELECT e."Precision" FROM "Events" e WHERE e."Id" = "EventActors"."EventId");
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_SpeakerId_PublishedOn_ArticleId_Start",
                table: "Quotes",
                columns: new[] { "SpeakerId", "PublishedOn", "ArticleId", "Start" },
                descending: new[] { false, true, true, false });

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_ArticleId_EntityId",
                table: "Mentions",
                columns: new[] { "ArticleId", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_EntityId_PublishedOn_ArticleId",
                table: "Mentions",
                columns: new[] { "EntityId", "PublishedOn", "ArticleId" },
                descending: new[] { false, true, true });

            migrationBuilder.CreateIndex(
                name: "IX_EventActors_EntityId_StartDay_Precision_EventId",
                table: "EventActors",
                columns: new[] { "EntityId", "StartDay", "Precision", "EventId" });

            // After the indexes: each entity's counts are then index range scans.
            migrationBuilder.Sql("""
                UPDATE "Entities" SET
                    "ArticleCount" = (SELECT count(DISTINCT m."ArticleId") FROM "Mentions" m WHERE m."EntityId" = "Entities"."Id"),
                    "QuoteCount" = (SELECT count(*) FROM "Quotes" q WHERE q."SpeakerId" = "Entities"."Id");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Quotes_SpeakerId_PublishedOn_ArticleId_Start",
                table: "Quotes");

            migrationBuilder.DropIndex(
                name: "IX_Mentions_ArticleId_EntityId",
                table: "Mentions");

            migrationBuilder.DropIndex(
                name: "IX_Mentions_EntityId_PublishedOn_ArticleId",
                table: "Mentions");

            migrationBuilder.DropIndex(
                name: "IX_EventActors_EntityId_StartDay_Precision_EventId",
                table: "EventActors");

            migrationBuilder.DropColumn(
                name: "PublishedOn",
                table: "Quotes");

            migrationBuilder.DropColumn(
                name: "PublishedOn",
                table: "Mentions");

            migrationBuilder.DropColumn(
                name: "EndDay",
                table: "EventActors");

            migrationBuilder.DropColumn(
                name: "Precision",
                table: "EventActors");

            migrationBuilder.DropColumn(
                name: "StartDay",
                table: "EventActors");

            migrationBuilder.DropColumn(
                name: "ArticleCount",
                table: "Entities");

            migrationBuilder.DropColumn(
                name: "QuoteCount",
                table: "Entities");

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_SpeakerId_ArticleId",
                table: "Quotes",
                columns: new[] { "SpeakerId", "ArticleId" });

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_ArticleId_Start",
                table: "Mentions",
                columns: new[] { "ArticleId", "Start" });

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_EntityId_ArticleId",
                table: "Mentions",
                columns: new[] { "EntityId", "ArticleId" });

            migrationBuilder.CreateIndex(
                name: "IX_EventActors_EntityId",
                table: "EventActors",
                column: "EntityId");
        }
    }
}
