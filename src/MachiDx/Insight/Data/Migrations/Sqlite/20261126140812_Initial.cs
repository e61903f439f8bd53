using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MachiDx.Insight.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "insight_attendance_months",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DepartmentCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    OvertimeHours = table.Column<double>(type: "REAL", nullable: false),
                    PaidLeaveDays = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_insight_attendance_months", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "insight_audit_entries",
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
                    table.PrimaryKey("PK_insight_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "insight_digilab_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DepartmentCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    WorkTaskId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AssigneeStaffNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    AssigneeName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BaselineMinutesPerCase = table.Column<double>(type: "REAL", nullable: true),
                    AfterMinutesPerCase = table.Column<double>(type: "REAL", nullable: true),
                    LiveSince = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_insight_digilab_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "insight_inbox_records",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProcessedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_insight_inbox_records", x => new { x.MessageId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "insight_outbox_messages",
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
                    table.PrimaryKey("PK_insight_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "insight_work_tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Major = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Middle = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BusyMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    BusyCasesPerMonth = table.Column<double>(type: "REAL", nullable: false),
                    NormalMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    NormalCasesPerMonth = table.Column<double>(type: "REAL", nullable: false),
                    SlackMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    SlackCasesPerMonth = table.Column<double>(type: "REAL", nullable: false),
                    MinutesPerCase = table.Column<double>(type: "REAL", nullable: false),
                    People = table.Column<int>(type: "INTEGER", nullable: false),
                    Medium = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RuleBased = table.Column<bool>(type: "INTEGER", nullable: false),
                    Core = table.Column<bool>(type: "INTEGER", nullable: false),
                    PersonalInfo = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Difficulty = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_insight_work_tasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "insight_digilab_freed_hours",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Use = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Hours = table.Column<double>(type: "REAL", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_insight_digilab_freed_hours", x => x.Id);
                    table.ForeignKey(
                        name: "FK_insight_digilab_freed_hours_insight_digilab_requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "insight_digilab_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "insight_digilab_usage",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Cases = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_insight_digilab_usage", x => x.Id);
                    table.ForeignKey(
                        name: "FK_insight_digilab_usage_insight_digilab_requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "insight_digilab_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_insight_attendance_months_MunicipalityId",
                table: "insight_attendance_months",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_insight_attendance_months_MunicipalityId_FiscalYear",
                table: "insight_attendance_months",
                columns: new[] { "MunicipalityId", "FiscalYear" });

            migrationBuilder.CreateIndex(
                name: "IX_insight_attendance_months_MunicipalityId_StaffNumber_Month",
                table: "insight_attendance_months",
                columns: new[] { "MunicipalityId", "StaffNumber", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_insight_audit_entries_Chain_Sequence",
                table: "insight_audit_entries",
                columns: new[] { "Chain", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_insight_digilab_freed_hours_MunicipalityId",
                table: "insight_digilab_freed_hours",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_insight_digilab_freed_hours_RequestId",
                table: "insight_digilab_freed_hours",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_insight_digilab_requests_MunicipalityId",
                table: "insight_digilab_requests",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_insight_digilab_requests_MunicipalityId_Number",
                table: "insight_digilab_requests",
                columns: new[] { "MunicipalityId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_insight_digilab_usage_MunicipalityId",
                table: "insight_digilab_usage",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_insight_digilab_usage_RequestId_Month",
                table: "insight_digilab_usage",
                columns: new[] { "RequestId", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_insight_outbox_messages_DispatchedAtUtc_NextAttemptAtUtc",
                table: "insight_outbox_messages",
                columns: new[] { "DispatchedAtUtc", "NextAttemptAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_insight_outbox_messages_MessageId",
                table: "insight_outbox_messages",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_insight_work_tasks_MunicipalityId",
                table: "insight_work_tasks",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_insight_work_tasks_MunicipalityId_FiscalYear_DepartmentCode_Major_Middle_Name",
                table: "insight_work_tasks",
                columns: new[] { "MunicipalityId", "FiscalYear", "DepartmentCode", "Major", "Middle", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "insight_attendance_months");

            migrationBuilder.DropTable(
                name: "insight_audit_entries");

            migrationBuilder.DropTable(
                name: "insight_digilab_freed_hours");

            migrationBuilder.DropTable(
                name: "insight_digilab_usage");

            migrationBuilder.DropTable(
                name: "insight_inbox_records");

            migrationBuilder.DropTable(
                name: "insight_outbox_messages");

            migrationBuilder.DropTable(
                name: "insight_work_tasks");

            migrationBuilder.DropTable(
                name: "insight_digilab_requests");
        }
    }
}
