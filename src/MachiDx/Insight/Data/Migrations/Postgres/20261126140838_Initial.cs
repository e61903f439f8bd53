using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MachiDx.Insight.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "insight");

            migrationBuilder.CreateTable(
                name: "attendance_months",
                schema: "insight",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    StaffNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DepartmentCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    FiscalYear = table.Column<int>(type: "integer", nullable: false),
                    OvertimeHours = table.Column<double>(type: "double precision", nullable: false),
                    PaidLeaveDays = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attendance_months", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "audit_entries",
                schema: "insight",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Chain = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: true),
                    OccurredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ActorId = table.Column<Guid>(type: "uuid", nullable: true),
                    ActorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TargetType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TargetId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DetailsJson = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    PreviousHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "digilab_requests",
                schema: "insight",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    DepartmentCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    WorkTaskId = table.Column<Guid>(type: "uuid", nullable: true),
                    Type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AssigneeStaffNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    AssigneeName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RequestedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    BaselineMinutesPerCase = table.Column<double>(type: "double precision", nullable: true),
                    AfterMinutesPerCase = table.Column<double>(type: "double precision", nullable: true),
                    LiveSince = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_digilab_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_records",
                schema: "insight",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Handler = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProcessedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox_records", x => new { x.MessageId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "insight",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: true),
                    Type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PayloadJson = table.Column<string>(type: "character varying(16000)", maxLength: 16000, nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DispatchedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "work_tasks",
                schema: "insight",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    FiscalYear = table.Column<int>(type: "integer", nullable: false),
                    DepartmentCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Major = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Middle = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    BusyMonths = table.Column<int>(type: "integer", nullable: false),
                    BusyCasesPerMonth = table.Column<double>(type: "double precision", nullable: false),
                    NormalMonths = table.Column<int>(type: "integer", nullable: false),
                    NormalCasesPerMonth = table.Column<double>(type: "double precision", nullable: false),
                    SlackMonths = table.Column<int>(type: "integer", nullable: false),
                    SlackCasesPerMonth = table.Column<double>(type: "double precision", nullable: false),
                    MinutesPerCase = table.Column<double>(type: "double precision", nullable: false),
                    People = table.Column<int>(type: "integer", nullable: false),
                    Medium = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RuleBased = table.Column<bool>(type: "boolean", nullable: false),
                    Core = table.Column<bool>(type: "boolean", nullable: false),
                    PersonalInfo = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Difficulty = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_work_tasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "digilab_freed_hours",
                schema: "insight",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Use = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Hours = table.Column<double>(type: "double precision", nullable: false),
                    Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_digilab_freed_hours", x => x.Id);
                    table.ForeignKey(
                        name: "FK_digilab_freed_hours_digilab_requests_RequestId",
                        column: x => x.RequestId,
                        principalSchema: "insight",
                        principalTable: "digilab_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "digilab_usage",
                schema: "insight",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    Cases = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_digilab_usage", x => x.Id);
                    table.ForeignKey(
                        name: "FK_digilab_usage_digilab_requests_RequestId",
                        column: x => x.RequestId,
                        principalSchema: "insight",
                        principalTable: "digilab_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_attendance_months_MunicipalityId",
                schema: "insight",
                table: "attendance_months",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_attendance_months_MunicipalityId_FiscalYear",
                schema: "insight",
                table: "attendance_months",
                columns: new[] { "MunicipalityId", "FiscalYear" });

            migrationBuilder.CreateIndex(
                name: "IX_attendance_months_MunicipalityId_StaffNumber_Month",
                schema: "insight",
                table: "attendance_months",
                columns: new[] { "MunicipalityId", "StaffNumber", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_Chain_Sequence",
                schema: "insight",
                table: "audit_entries",
                columns: new[] { "Chain", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_digilab_freed_hours_MunicipalityId",
                schema: "insight",
                table: "digilab_freed_hours",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_digilab_freed_hours_RequestId",
                schema: "insight",
                table: "digilab_freed_hours",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_digilab_requests_MunicipalityId",
                schema: "insight",
                table: "digilab_requests",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_digilab_requests_MunicipalityId_Number",
                schema: "insight",
                table: "digilab_requests",
                columns: new[] { "MunicipalityId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_digilab_usage_MunicipalityId",
                schema: "insight",
                table: "digilab_usage",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_digilab_usage_RequestId_Month",
                schema: "insight",
                table: "digilab_usage",
                columns: new[] { "RequestId", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_DispatchedAtUtc_NextAttemptAtUtc",
                schema: "insight",
                table: "outbox_messages",
                columns: new[] { "DispatchedAtUtc", "NextAttemptAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_MessageId",
                schema: "insight",
                table: "outbox_messages",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_work_tasks_MunicipalityId",
                schema: "insight",
                table: "work_tasks",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_work_tasks_MunicipalityId_FiscalYear_DepartmentCode_Major_M~",
                schema: "insight",
                table: "work_tasks",
                columns: new[] { "MunicipalityId", "FiscalYear", "DepartmentCode", "Major", "Middle", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "attendance_months",
                schema: "insight");

            migrationBuilder.DropTable(
                name: "audit_entries",
                schema: "insight");

            migrationBuilder.DropTable(
                name: "digilab_freed_hours",
                schema: "insight");

            migrationBuilder.DropTable(
                name: "digilab_usage",
                schema: "insight");

            migrationBuilder.DropTable(
                name: "inbox_records",
                schema: "insight");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "insight");

            migrationBuilder.DropTable(
                name: "work_tasks",
                schema: "insight");

            migrationBuilder.DropTable(
                name: "digilab_requests",
                schema: "insight");
        }
    }
}
