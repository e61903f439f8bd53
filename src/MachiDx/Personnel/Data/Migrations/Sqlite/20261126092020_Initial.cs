using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MachiDx.Personnel.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "personnel_audit_entries",
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
                    table.PrimaryKey("PK_personnel_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "personnel_draft_inputs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    SeasonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    Iteration = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StaffRecordId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_personnel_draft_inputs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "personnel_draft_seasons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ReferenceDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    NominationDeadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DraftDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SecondmentStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SecondmentMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    NominationsPerDepartment = table.Column<int>(type: "INTEGER", nullable: false),
                    RulesJson = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    TieBreaks = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Commitment = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Seed = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Phase = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OrderFrozenAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_personnel_draft_seasons", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "personnel_fa_declarations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffRecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CurrentDepartmentCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TargetDepartmentCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Plan = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    DecisionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Rubric = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ScheduledMoveDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DeclaredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    TargetScore = table.Column<double>(type: "REAL", nullable: true),
                    CalibratedScore = table.Column<double>(type: "REAL", nullable: true),
                    RecommendedBand = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_personnel_fa_declarations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "personnel_inbox_records",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProcessedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_personnel_inbox_records", x => new { x.MessageId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "personnel_nominations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    SeasonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffRecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DepartmentCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Profile = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    NominatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_personnel_nominations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "personnel_outbox_messages",
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
                    table.PrimaryKey("PK_personnel_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "personnel_season_departments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    SeasonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DepartmentCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DepartmentName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Headcount = table.Column<int>(type: "INTEGER", nullable: false),
                    TotalHours = table.Column<double>(type: "REAL", nullable: false),
                    PerCapita = table.Column<double>(type: "REAL", nullable: false),
                    Quota = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_personnel_season_departments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "personnel_secondments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    SeasonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffRecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromDepartmentCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ToDepartmentCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CheckInDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReturnReminderDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FromSupervisor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ToSupervisor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_personnel_secondments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "personnel_staff_records",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FullNameKana = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DepartmentCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HireDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    JobType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Employment = table.Column<int>(type: "INTEGER", nullable: false),
                    OnLeave = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsSelector = table.Column<bool>(type: "INTEGER", nullable: false),
                    FaBarredUntil = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_personnel_staff_records", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "personnel_wish_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    SeasonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DepartmentCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffRecordId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_personnel_wish_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "personnel_evaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffRecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    Band = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_personnel_evaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_personnel_evaluations_personnel_staff_records_StaffRecordId",
                        column: x => x.StaffRecordId,
                        principalTable: "personnel_staff_records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "personnel_overtime_months",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffRecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Hours = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_personnel_overtime_months", x => x.Id);
                    table.ForeignKey(
                        name: "FK_personnel_overtime_months_personnel_staff_records_StaffRecordId",
                        column: x => x.StaffRecordId,
                        principalTable: "personnel_staff_records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_personnel_audit_entries_Chain_Sequence",
                table: "personnel_audit_entries",
                columns: new[] { "Chain", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_personnel_draft_inputs_MunicipalityId",
                table: "personnel_draft_inputs",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_personnel_draft_inputs_SeasonId_Round_Iteration_DepartmentCode_Sequence",
                table: "personnel_draft_inputs",
                columns: new[] { "SeasonId", "Round", "Iteration", "DepartmentCode", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_personnel_draft_seasons_MunicipalityId",
                table: "personnel_draft_seasons",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_personnel_evaluations_MunicipalityId",
                table: "personnel_evaluations",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_personnel_evaluations_StaffRecordId_FiscalYear",
                table: "personnel_evaluations",
                columns: new[] { "StaffRecordId", "FiscalYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_personnel_fa_declarations_MunicipalityId",
                table: "personnel_fa_declarations",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_personnel_nominations_MunicipalityId",
                table: "personnel_nominations",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_personnel_nominations_SeasonId_StaffRecordId",
                table: "personnel_nominations",
                columns: new[] { "SeasonId", "StaffRecordId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_personnel_outbox_messages_DispatchedAtUtc_NextAttemptAtUtc",
                table: "personnel_outbox_messages",
                columns: new[] { "DispatchedAtUtc", "NextAttemptAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_personnel_outbox_messages_MessageId",
                table: "personnel_outbox_messages",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_personnel_overtime_months_MunicipalityId",
                table: "personnel_overtime_months",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_personnel_overtime_months_StaffRecordId_Month",
                table: "personnel_overtime_months",
                columns: new[] { "StaffRecordId", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_personnel_season_departments_MunicipalityId",
                table: "personnel_season_departments",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_personnel_season_departments_SeasonId_DepartmentCode",
                table: "personnel_season_departments",
                columns: new[] { "SeasonId", "DepartmentCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_personnel_secondments_MunicipalityId",
                table: "personnel_secondments",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_personnel_secondments_SeasonId_StaffRecordId",
                table: "personnel_secondments",
                columns: new[] { "SeasonId", "StaffRecordId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_personnel_staff_records_MunicipalityId",
                table: "personnel_staff_records",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_personnel_staff_records_MunicipalityId_StaffNumber",
                table: "personnel_staff_records",
                columns: new[] { "MunicipalityId", "StaffNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_personnel_wish_entries_MunicipalityId",
                table: "personnel_wish_entries",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_personnel_wish_entries_SeasonId_DepartmentCode_Rank",
                table: "personnel_wish_entries",
                columns: new[] { "SeasonId", "DepartmentCode", "Rank" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "personnel_audit_entries");

            migrationBuilder.DropTable(
                name: "personnel_draft_inputs");

            migrationBuilder.DropTable(
                name: "personnel_draft_seasons");

            migrationBuilder.DropTable(
                name: "personnel_evaluations");

            migrationBuilder.DropTable(
                name: "personnel_fa_declarations");

            migrationBuilder.DropTable(
                name: "personnel_inbox_records");

            migrationBuilder.DropTable(
                name: "personnel_nominations");

            migrationBuilder.DropTable(
                name: "personnel_outbox_messages");

            migrationBuilder.DropTable(
                name: "personnel_overtime_months");

            migrationBuilder.DropTable(
                name: "personnel_season_departments");

            migrationBuilder.DropTable(
                name: "personnel_secondments");

            migrationBuilder.DropTable(
                name: "personnel_wish_entries");

            migrationBuilder.DropTable(
                name: "personnel_staff_records");
        }
    }
}
