using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MachiDx.Procedures.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "procedures_audit_entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Chain = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: true),
                    OccurredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ActorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TargetType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TargetId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DetailsJson = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_procedures_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "procedures_city_procedures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Kana = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Who = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Department = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    LifeEvents = table.Column<string>(type: "TEXT", nullable: false),
                    DeadlineKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DeadlineDays = table.Column<int>(type: "INTEGER", nullable: true),
                    DeadlineDaysBefore = table.Column<int>(type: "INTEGER", nullable: true),
                    DeadlineText = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Bring = table.Column<string>(type: "TEXT", nullable: false),
                    FeeYen = table.Column<int>(type: "INTEGER", nullable: true),
                    FeeUnit = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    FeeText = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Verified = table.Column<bool>(type: "INTEGER", nullable: false),
                    Channels = table.Column<string>(type: "TEXT", nullable: false),
                    OnlineVia = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    OnlineNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    StandardProcessingDays = table.Column<int>(type: "INTEGER", nullable: true),
                    KpiGroup = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    PriorityLists = table.Column<string>(type: "TEXT", nullable: false),
                    Keywords = table.Column<string>(type: "TEXT", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    LastVerified = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Sources = table.Column<string>(type: "TEXT", nullable: false),
                    TemplateVersion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_procedures_city_procedures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "procedures_inbox_records",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProcessedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_procedures_inbox_records", x => new { x.MessageId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "procedures_outbox_messages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: true),
                    Type = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PayloadJson = table.Column<string>(type: "TEXT", maxLength: 16000, nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DispatchedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_procedures_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_procedures_audit_entries_Chain_Sequence",
                table: "procedures_audit_entries",
                columns: new[] { "Chain", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_procedures_city_procedures_MunicipalityId",
                table: "procedures_city_procedures",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_procedures_city_procedures_MunicipalityId_Code",
                table: "procedures_city_procedures",
                columns: new[] { "MunicipalityId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_procedures_outbox_messages_DispatchedAtUtc_NextAttemptAtUtc",
                table: "procedures_outbox_messages",
                columns: new[] { "DispatchedAtUtc", "NextAttemptAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_procedures_outbox_messages_MessageId",
                table: "procedures_outbox_messages",
                column: "MessageId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "procedures_audit_entries");

            migrationBuilder.DropTable(
                name: "procedures_city_procedures");

            migrationBuilder.DropTable(
                name: "procedures_inbox_records");

            migrationBuilder.DropTable(
                name: "procedures_outbox_messages");
        }
    }
}
