using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MachiDx.Procedures.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReceiptCounters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "receipt_counters",
                schema: "procedures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    Prefix = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Last = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_receipt_counters", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_receipt_counters_MunicipalityId",
                schema: "procedures",
                table: "receipt_counters",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_receipt_counters_MunicipalityId_Prefix",
                schema: "procedures",
                table: "receipt_counters",
                columns: new[] { "MunicipalityId", "Prefix" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "receipt_counters",
                schema: "procedures");
        }
    }
}
