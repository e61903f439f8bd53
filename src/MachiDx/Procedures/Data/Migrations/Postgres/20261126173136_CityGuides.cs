using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MachiDx.Procedures.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CityGuides : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "city_guides",
                schema: "procedures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    GraphJson = table.Column<string>(type: "character varying(64000)", maxLength: 64000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_city_guides", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_city_guides_MunicipalityId",
                schema: "procedures",
                table: "city_guides",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_city_guides_MunicipalityId_Code",
                schema: "procedures",
                table: "city_guides",
                columns: new[] { "MunicipalityId", "Code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "city_guides",
                schema: "procedures");
        }
    }
}
