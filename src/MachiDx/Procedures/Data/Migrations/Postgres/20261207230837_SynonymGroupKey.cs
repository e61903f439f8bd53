using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MachiDx.Procedures.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SynonymGroupKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Key",
                schema: "procedures",
                table: "staff_synonym_groups",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            // Groups stored before the key get a key of their own (their id), so the unique index can be built; the page still
            // compares their words when a group is added one at a time.
            migrationBuilder.Sql("UPDATE procedures.staff_synonym_groups SET \"Key\" = \"Id\"::text;");

            migrationBuilder.CreateIndex(
                name: "IX_staff_synonym_groups_MunicipalityId_Key",
                schema: "procedures",
                table: "staff_synonym_groups",
                columns: new[] { "MunicipalityId", "Key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_staff_synonym_groups_MunicipalityId_Key",
                schema: "procedures",
                table: "staff_synonym_groups");

            migrationBuilder.DropColumn(
                name: "Key",
                schema: "procedures",
                table: "staff_synonym_groups");
        }
    }
}
