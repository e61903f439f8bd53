using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MachiDx.Activities.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class VolunteerAndHealth : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "CheckupPoints",
                table: "activities_reward_policies",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "HealthClassPoints",
                table: "activities_reward_policies",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<int>(
                name: "MaxStepsPerDay",
                table: "activities_reward_policies",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "StepPointsTable",
                table: "activities_reward_policies",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "activities_event_registrations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResidentName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RegisteredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CancelledAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AttendedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AttendedBy = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activities_event_registrations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "activities_health_records",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Steps = table.Column<int>(type: "INTEGER", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    AttestedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activities_health_records", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "activities_organizer_groups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Activity = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RepresentativeUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RepresentativeName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AppliedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReviewedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activities_organizer_groups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "activities_reward_budget_use",
                columns: table => new
                {
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    SpentPoints = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activities_reward_budget_use", x => new { x.MunicipalityId, x.FiscalYear });
                });

            migrationBuilder.CreateTable(
                name: "activities_volunteer_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OrganizerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartsAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndsAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    Taken = table.Column<int>(type: "INTEGER", nullable: false),
                    RewardPoints = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CheckInKey = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activities_volunteer_events", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_activities_event_registrations_MunicipalityId",
                table: "activities_event_registrations",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_activities_event_registrations_MunicipalityId_EventId_ResidentId",
                table: "activities_event_registrations",
                columns: new[] { "MunicipalityId", "EventId", "ResidentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_activities_event_registrations_MunicipalityId_ResidentId",
                table: "activities_event_registrations",
                columns: new[] { "MunicipalityId", "ResidentId" });

            migrationBuilder.CreateIndex(
                name: "IX_activities_health_records_MunicipalityId",
                table: "activities_health_records",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_activities_health_records_MunicipalityId_ResidentId_Kind_Date_Title",
                table: "activities_health_records",
                columns: new[] { "MunicipalityId", "ResidentId", "Kind", "Date", "Title" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_activities_organizer_groups_MunicipalityId",
                table: "activities_organizer_groups",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_activities_organizer_groups_MunicipalityId_Name",
                table: "activities_organizer_groups",
                columns: new[] { "MunicipalityId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_activities_organizer_groups_MunicipalityId_RepresentativeUserId",
                table: "activities_organizer_groups",
                columns: new[] { "MunicipalityId", "RepresentativeUserId" });

            migrationBuilder.CreateIndex(
                name: "IX_activities_reward_budget_use_MunicipalityId",
                table: "activities_reward_budget_use",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_activities_volunteer_events_MunicipalityId",
                table: "activities_volunteer_events",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_activities_volunteer_events_MunicipalityId_StartsAtUtc",
                table: "activities_volunteer_events",
                columns: new[] { "MunicipalityId", "StartsAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "activities_event_registrations");

            migrationBuilder.DropTable(
                name: "activities_health_records");

            migrationBuilder.DropTable(
                name: "activities_organizer_groups");

            migrationBuilder.DropTable(
                name: "activities_reward_budget_use");

            migrationBuilder.DropTable(
                name: "activities_volunteer_events");

            migrationBuilder.DropColumn(
                name: "CheckupPoints",
                table: "activities_reward_policies");

            migrationBuilder.DropColumn(
                name: "HealthClassPoints",
                table: "activities_reward_policies");

            migrationBuilder.DropColumn(
                name: "MaxStepsPerDay",
                table: "activities_reward_policies");

            migrationBuilder.DropColumn(
                name: "StepPointsTable",
                table: "activities_reward_policies");
        }
    }
}
