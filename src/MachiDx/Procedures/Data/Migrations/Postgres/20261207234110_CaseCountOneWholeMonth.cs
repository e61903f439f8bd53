using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MachiDx.Procedures.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CaseCountOneWholeMonth : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_case_counts_one_whole_month",
                schema: "procedures",
                table: "case_counts",
                columns: new[] { "MunicipalityId", "ProcedureCode", "Channel", "Date" },
                unique: true,
                filter: "\"WholeMonth\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_case_counts_one_whole_month",
                schema: "procedures",
                table: "case_counts");
        }
    }
}
