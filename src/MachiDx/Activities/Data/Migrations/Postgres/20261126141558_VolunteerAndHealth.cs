using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MachiDx.Activities.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class VolunteerAndHealth : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "CheckupPoints",
                schema: "activities",
                table: "reward_policies",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "HealthClassPoints",
                schema: "activities",
                table: "reward_policies",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<int>(
                name: "MaxStepsPerDay",
                schema: "activities",
                table: "reward_policies",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "StepPointsTable",
                schema: "activities",
                table: "reward_policies",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "event_registrations",
                schema: "activities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResidentName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    RegisteredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CancelledAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AttendedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AttendedBy = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_event_registrations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "health_records",
                schema: "activities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    ResidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Steps = table.Column<int>(type: "integer", nullable: true),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    AttestedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_health_records", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "organizer_groups",
                schema: "activities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Activity = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    RepresentativeUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RepresentativeName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ContactPhone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ReviewNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    AppliedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReviewedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organizer_groups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reward_budget_use",
                schema: "activities",
                columns: table => new
                {
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    FiscalYear = table.Column<int>(type: "integer", nullable: false),
                    SpentPoints = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reward_budget_use", x => new { x.MunicipalityId, x.FiscalYear });
                });

            migrationBuilder.CreateTable(
                name: "volunteer_events",
                schema: "activities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    GroupId = table.Column<Guid>(type: "uuid", nullable: true),
                    OrganizerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StartsAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndsAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    Taken = table.Column<int>(type: "integer", nullable: false),
                    RewardPoints = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    CheckInKey = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_volunteer_events", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_event_registrations_MunicipalityId",
                schema: "activities",
                table: "event_registrations",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_event_registrations_MunicipalityId_EventId_ResidentId",
                schema: "activities",
                table: "event_registrations",
                columns: new[] { "MunicipalityId", "EventId", "ResidentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_event_registrations_MunicipalityId_ResidentId",
                schema: "activities",
                table: "event_registrations",
                columns: new[] { "MunicipalityId", "ResidentId" });

            migrationBuilder.CreateIndex(
                name: "IX_health_records_MunicipalityId",
                schema: "activities",
                table: "health_records",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_health_records_MunicipalityId_ResidentId_Kind_Date_Title",
                schema: "activities",
                table: "health_records",
                columns: new[] { "MunicipalityId", "ResidentId", "Kind", "Date", "Title" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_organizer_groups_MunicipalityId",
                schema: "activities",
                table: "organizer_groups",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_organizer_groups_MunicipalityId_Name",
                schema: "activities",
                table: "organizer_groups",
                columns: new[] { "MunicipalityId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_organizer_groups_MunicipalityId_RepresentativeUserId",
                schema: "activities",
                table: "organizer_groups",
                columns: new[] { "MunicipalityId", "RepresentativeUserId" });

            migrationBuilder.CreateIndex(
                name: "IX_reward_budget_use_MunicipalityId",
                schema: "activities",
                table: "reward_budget_use",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_volunteer_events_MunicipalityId",
                schema: "activities",
                table: "volunteer_events",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_volunteer_events_MunicipalityId_StartsAtUtc",
                schema: "activities",
                table: "volunteer_events",
                columns: new[] { "MunicipalityId", "StartsAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "event_registrations",
                schema: "activities");

            migrationBuilder.DropTable(
                name: "health_records",
                schema: "activities");

            migrationBuilder.DropTable(
                name: "organizer_groups",
                schema: "activities");

            migrationBuilder.DropTable(
                name: "reward_budget_use",
                schema: "activities");

            migrationBuilder.DropTable(
                name: "volunteer_events",
                schema: "activities");

            migrationBuilder.DropColumn(
                name: "CheckupPoints",
                schema: "activities",
                table: "reward_policies");

            migrationBuilder.DropColumn(
                name: "HealthClassPoints",
                schema: "activities",
                table: "reward_policies");

            migrationBuilder.DropColumn(
                name: "MaxStepsPerDay",
                schema: "activities",
                table: "reward_policies");

            migrationBuilder.DropColumn(
                name: "StepPointsTable",
                schema: "activities",
                table: "reward_policies");
        }
    }
}
