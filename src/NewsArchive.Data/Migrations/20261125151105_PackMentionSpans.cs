using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsArchive.Data.Migrations
{
    /// <summary>
    /// One Mentions row per article and entity instead of one per place: the places move into a packed Spans column
    /// ("Start-End,…" in text order, see Storage/MentionSpans) with their Count, and the key (ArticleId, EntityId)
    /// replaces the Id and the (ArticleId, EntityId) index. Existing rows are grouped into the new table; places with
    /// the same start keep the order they were stored in. Down splits them back into a row per place.
    /// </summary>
    public partial class PackMentionSpans : Migration
    {
        private const string OldTable = "MentionsByPlace";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(name: "IX_Mentions_ArticleId_EntityId", table: "Mentions");
            migrationBuilder.DropIndex(name: "IX_Mentions_EntityId_PublishedOn_ArticleId", table: "Mentions");
            migrationBuilder.RenameTable(name: "Mentions", newName: OldTable);

            migrationBuilder.CreateTable(
                name: "Mentions",
                columns: table => new
                {
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    EntityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Spans = table.Column<string>(type: "TEXT", nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Mentions", x => new { x.ArticleId, x.EntityId });
                    table.ForeignKey(
                        name: "FK_Mentions_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Mentions_Entities_EntityId",
                        column: x => x.EntityId,
                        principalTable: "Entities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Grouped in key order, so the new table is written front to back.
            migrationBuilder.Sql(
                $"""
                INSERT INTO "Mentions" ("ArticleId", "EntityId", "Count", "Spans", "PublishedOn")
                SELECT "ArticleId", "EntityId", count(*), group_concat("Start" || '-' || "End", ',' ORDER BY "Start", "Id"), max("PublishedOn")
                FROM "{OldTable}"
                GROUP BY "ArticleId", "EntityId"
                ORDER BY "ArticleId", "EntityId";
                """);
            migrationBuilder.DropTable(name: OldTable);

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_EntityId_PublishedOn_ArticleId",
                table: "Mentions",
                columns: new[] { "EntityId", "PublishedOn", "ArticleId" },
                descending: new[] { false, true, true });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(name: "IX_Mentions_EntityId_PublishedOn_ArticleId", table: "Mentions");
            migrationBuilder.RenameTable(name: "Mentions", newName: OldTable);

            migrationBuilder.CreateTable(
                name: "Mentions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EntityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Start = table.Column<int>(type: "INTEGER", nullable: false),
                    End = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Mentions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Mentions_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Mentions_Entities_EntityId",
                        column: x => x.EntityId,
                        principalTable: "Entities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Each "Start-End" pair becomes a row again, in the packed order.
            migrationBuilder.Sql(
                $"""
                INSERT INTO "Mentions" ("EntityId", "ArticleId", "Start", "End", "PublishedOn")
                SELECT m."EntityId", m."ArticleId",
                    CAST(substr(p.value, 1, instr(p.value, '-') - 1) AS INTEGER),
                    CAST(substr(p.value, instr(p.value, '-') + 1) AS INTEGER),
                    m."PublishedOn"
                FROM "{OldTable}" m, json_each('["' || replace(m."Spans", ',', '","') || '"]') p
                WHERE m."Spans" <> ''
                ORDER BY m."ArticleId", m."EntityId", p.key;
                """);
            migrationBuilder.DropTable(name: OldTable);

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_ArticleId_EntityId",
                table: "Mentions",
                columns: new[] { "ArticleId", "EntityId" });
            migrationBuilder.CreateIndex(
                name: "IX_Mentions_EntityId_PublishedOn_ArticleId",
                table: "Mentions",
                columns: new[] { "EntityId", "PublishedOn", "ArticleId" },
                descending: new[] { false, true, true });
        }
    }
}
