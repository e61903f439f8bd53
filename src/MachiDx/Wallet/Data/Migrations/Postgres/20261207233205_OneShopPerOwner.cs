using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MachiDx.Wallet.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OneShopPerOwner : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_merchants_MunicipalityId_OwnerId",
                schema: "wallet",
                table: "merchants");

            migrationBuilder.CreateIndex(
                name: "IX_merchants_MunicipalityId_OwnerId",
                schema: "wallet",
                table: "merchants",
                columns: new[] { "MunicipalityId", "OwnerId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_merchants_MunicipalityId_OwnerId",
                schema: "wallet",
                table: "merchants");

            migrationBuilder.CreateIndex(
                name: "IX_merchants_MunicipalityId_OwnerId",
                schema: "wallet",
                table: "merchants",
                columns: new[] { "MunicipalityId", "OwnerId" });
        }
    }
}
