using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MachiDx.Personnel.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SealedSeedAndCandidatePreferences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Seed",
                table: "personnel_draft_seasons",
                type: "TEXT",
                maxLength: 64,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 64);

            migrationBuilder.AddColumn<string>(
                name: "SealedSeed",
                table: "personnel_draft_seasons",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "personnel_candidate_preferences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    SeasonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffRecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_personnel_candidate_preferences", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_personnel_candidate_preferences_MunicipalityId",
                table: "personnel_candidate_preferences",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_personnel_candidate_preferences_SeasonId_StaffRecordId_DepartmentCode",
                table: "personnel_candidate_preferences",
                columns: new[] { "SeasonId", "StaffRecordId", "DepartmentCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_personnel_candidate_preferences_SeasonId_StaffRecordId_Rank",
                table: "personnel_candidate_preferences",
                columns: new[] { "SeasonId", "StaffRecordId", "Rank" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "personnel_candidate_preferences");

            migrationBuilder.DropColumn(
                name: "SealedSeed",
                table: "personnel_draft_seasons");

            migrationBuilder.AlterColumn<string>(
                name: "Seed",
                table: "personnel_draft_seasons",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 64,
                oldNullable: true);
        }
    }
}
