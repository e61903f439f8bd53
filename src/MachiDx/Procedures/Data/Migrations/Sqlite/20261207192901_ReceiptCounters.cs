using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MachiDx.Procedures.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReceiptCounters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "procedures_receipt_counters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Last = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_procedures_receipt_counters", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_procedures_receipt_counters_MunicipalityId",
                table: "procedures_receipt_counters",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_procedures_receipt_counters_MunicipalityId_Prefix",
                table: "procedures_receipt_counters",
                columns: new[] { "MunicipalityId", "Prefix" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "procedures_receipt_counters");
        }
    }
}
