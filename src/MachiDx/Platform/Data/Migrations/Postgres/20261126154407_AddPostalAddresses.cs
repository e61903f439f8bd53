using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MachiDx.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddPostalAddresses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "postal_addresses",
                schema: "platform",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    Prefecture = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    City = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Town = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PrefectureKana = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    CityKana = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    TownKana = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_postal_addresses", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_postal_addresses_Code",
                schema: "platform",
                table: "postal_addresses",
                column: "Code");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "postal_addresses",
                schema: "platform");
        }
    }
}
