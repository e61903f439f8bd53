using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MachiDx.Personnel.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Round2TurnGuard : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Moves",
                schema: "personnel",
                table: "draft_seasons",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_draft_inputs_round2_candidate",
                schema: "personnel",
                table: "draft_inputs",
                columns: new[] { "SeasonId", "StaffRecordId" },
                unique: true,
                filter: "\"Round\" >= 2 AND \"StaffRecordId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_draft_inputs_round2_turn",
                schema: "personnel",
                table: "draft_inputs",
                columns: new[] { "SeasonId", "Sequence" },
                unique: true,
                filter: "\"Round\" >= 2");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_draft_inputs_round2_candidate",
                schema: "personnel",
                table: "draft_inputs");

            migrationBuilder.DropIndex(
                name: "IX_draft_inputs_round2_turn",
                schema: "personnel",
                table: "draft_inputs");

            migrationBuilder.DropColumn(
                name: "Moves",
                schema: "personnel",
                table: "draft_seasons");
        }
    }
}
