using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MachiDx.Procedures.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CityGuides : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "procedures_city_guides",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    GraphJson = table.Column<string>(type: "TEXT", maxLength: 64000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_procedures_city_guides", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_procedures_city_guides_MunicipalityId",
                table: "procedures_city_guides",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_procedures_city_guides_MunicipalityId_Code",
                table: "procedures_city_guides",
                columns: new[] { "MunicipalityId", "Code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "procedures_city_guides");
        }
    }
}
