using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MachiDx.Wallet.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OneShopPerOwner : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_wallet_merchants_MunicipalityId_OwnerId",
                table: "wallet_merchants");

            migrationBuilder.CreateIndex(
                name: "IX_wallet_merchants_MunicipalityId_OwnerId",
                table: "wallet_merchants",
                columns: new[] { "MunicipalityId", "OwnerId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_wallet_merchants_MunicipalityId_OwnerId",
                table: "wallet_merchants");

            migrationBuilder.CreateIndex(
                name: "IX_wallet_merchants_MunicipalityId_OwnerId",
                table: "wallet_merchants",
                columns: new[] { "MunicipalityId", "OwnerId" });
        }
    }
}
