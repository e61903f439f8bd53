using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MachiDx.Personnel.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SealedSeedAndCandidatePreferences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Seed",
                schema: "personnel",
                table: "draft_seasons",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64);

            migrationBuilder.AddColumn<string>(
                name: "SealedSeed",
                schema: "personnel",
                table: "draft_seasons",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "candidate_preferences",
                schema: "personnel",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    SeasonId = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffRecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: false),
                    DepartmentCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_candidate_preferences", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_candidate_preferences_MunicipalityId",
                schema: "personnel",
                table: "candidate_preferences",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_candidate_preferences_SeasonId_StaffRecordId_DepartmentCode",
                schema: "personnel",
                table: "candidate_preferences",
                columns: new[] { "SeasonId", "StaffRecordId", "DepartmentCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_candidate_preferences_SeasonId_StaffRecordId_Rank",
                schema: "personnel",
                table: "candidate_preferences",
                columns: new[] { "SeasonId", "StaffRecordId", "Rank" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "candidate_preferences",
                schema: "personnel");

            migrationBuilder.DropColumn(
                name: "SealedSeed",
                schema: "personnel",
                table: "draft_seasons");

            migrationBuilder.AlterColumn<string>(
                name: "Seed",
                schema: "personnel",
                table: "draft_seasons",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64,
                oldNullable: true);
        }
    }
}
