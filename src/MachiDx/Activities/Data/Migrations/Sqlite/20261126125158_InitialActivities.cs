using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MachiDx.Activities.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialActivities : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "activities_audit_entries",
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
                    table.PrimaryKey("PK_activities_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "activities_inbox_records",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProcessedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activities_inbox_records", x => new { x.MessageId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "activities_outbox_messages",
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
                    table.PrimaryKey("PK_activities_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "activities_reward_grants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Points = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    SkipReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activities_reward_grants", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "activities_reward_policies",
                columns: table => new
                {
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    OnlineApplicationPoints = table.Column<long>(type: "INTEGER", nullable: false),
                    OnlineApplicationMode = table.Column<int>(type: "INTEGER", nullable: false),
                    VolunteerPoints = table.Column<long>(type: "INTEGER", nullable: false),
                    MonthlyCapPoints = table.Column<long>(type: "INTEGER", nullable: false),
                    FiscalYearBudgetPoints = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activities_reward_policies", x => x.MunicipalityId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_activities_audit_entries_Chain_Sequence",
                table: "activities_audit_entries",
                columns: new[] { "Chain", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_activities_outbox_messages_DispatchedAtUtc_NextAttemptAtUtc",
                table: "activities_outbox_messages",
                columns: new[] { "DispatchedAtUtc", "NextAttemptAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_activities_outbox_messages_MessageId",
                table: "activities_outbox_messages",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_activities_reward_grants_MunicipalityId",
                table: "activities_reward_grants",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_activities_reward_grants_MunicipalityId_FiscalYear",
                table: "activities_reward_grants",
                columns: new[] { "MunicipalityId", "FiscalYear" });

            migrationBuilder.CreateIndex(
                name: "IX_activities_reward_grants_MunicipalityId_ResidentId_Month",
                table: "activities_reward_grants",
                columns: new[] { "MunicipalityId", "ResidentId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_activities_reward_grants_MunicipalityId_SourceKey",
                table: "activities_reward_grants",
                columns: new[] { "MunicipalityId", "SourceKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_activities_reward_policies_MunicipalityId",
                table: "activities_reward_policies",
                column: "MunicipalityId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "activities_audit_entries");

            migrationBuilder.DropTable(
                name: "activities_inbox_records");

            migrationBuilder.DropTable(
                name: "activities_outbox_messages");

            migrationBuilder.DropTable(
                name: "activities_reward_grants");

            migrationBuilder.DropTable(
                name: "activities_reward_policies");
        }
    }
}
