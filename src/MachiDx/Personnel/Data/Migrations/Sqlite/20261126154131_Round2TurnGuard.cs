using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MachiDx.Personnel.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Round2TurnGuard : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Moves",
                table: "personnel_draft_seasons",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_draft_inputs_round2_candidate",
                table: "personnel_draft_inputs",
                columns: new[] { "SeasonId", "StaffRecordId" },
                unique: true,
                filter: "\"Round\" >= 2 AND \"StaffRecordId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_draft_inputs_round2_turn",
                table: "personnel_draft_inputs",
                columns: new[] { "SeasonId", "Sequence" },
                unique: true,
                filter: "\"Round\" >= 2");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_draft_inputs_round2_candidate",
                table: "personnel_draft_inputs");

            migrationBuilder.DropIndex(
                name: "IX_draft_inputs_round2_turn",
                table: "personnel_draft_inputs");

            migrationBuilder.DropColumn(
                name: "Moves",
                table: "personnel_draft_seasons");
        }
    }
}
