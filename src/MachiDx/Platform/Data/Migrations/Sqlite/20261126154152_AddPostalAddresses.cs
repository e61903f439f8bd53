using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MachiDx.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddPostalAddresses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "platform_postal_addresses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Prefecture = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    City = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Town = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PrefectureKana = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    CityKana = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    TownKana = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_postal_addresses", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_platform_postal_addresses_Code",
                table: "platform_postal_addresses",
                column: "Code");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "platform_postal_addresses");
        }
    }
}
