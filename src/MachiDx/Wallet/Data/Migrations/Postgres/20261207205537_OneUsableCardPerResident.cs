using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MachiDx.Wallet.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OneUsableCardPerResident : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_qr_cards_MunicipalityId_ResidentId",
                schema: "wallet",
                table: "qr_cards");

            // Cards issued at the same moment before this index existed: keep the newest usable card of each resident.
            migrationBuilder.Sql("UPDATE wallet.qr_cards SET \"Status\" = 2 WHERE \"Status\" <> 2 AND EXISTS (SELECT 1 FROM wallet.qr_cards AS newer WHERE newer.\"MunicipalityId\" = wallet.qr_cards.\"MunicipalityId\" AND newer.\"ResidentId\" = wallet.qr_cards.\"ResidentId\" AND newer.\"Status\" <> 2 AND (newer.\"IssuedAtUtc\" > wallet.qr_cards.\"IssuedAtUtc\" OR (newer.\"IssuedAtUtc\" = wallet.qr_cards.\"IssuedAtUtc\" AND newer.\"Id\" > wallet.qr_cards.\"Id\")))");

            migrationBuilder.CreateIndex(
                name: "IX_qr_cards_one_usable_per_resident",
                schema: "wallet",
                table: "qr_cards",
                columns: new[] { "MunicipalityId", "ResidentId" },
                unique: true,
                filter: "\"Status\" <> 2");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_qr_cards_one_usable_per_resident",
                schema: "wallet",
                table: "qr_cards");

            migrationBuilder.CreateIndex(
                name: "IX_qr_cards_MunicipalityId_ResidentId",
                schema: "wallet",
                table: "qr_cards",
                columns: new[] { "MunicipalityId", "ResidentId" });
        }
    }
}
