using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MachiDx.Personnel.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "personnel");

            migrationBuilder.CreateTable(
                name: "audit_entries",
                schema: "personnel",
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
                name: "draft_inputs",
                schema: "personnel",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    SeasonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    Iteration = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    DepartmentCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    StaffRecordId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_draft_inputs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "draft_seasons",
                schema: "personnel",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ReferenceDate = table.Column<DateOnly>(type: "date", nullable: false),
                    NominationDeadline = table.Column<DateOnly>(type: "date", nullable: false),
                    DraftDate = table.Column<DateOnly>(type: "date", nullable: false),
                    SecondmentStart = table.Column<DateOnly>(type: "date", nullable: false),
                    SecondmentMonths = table.Column<int>(type: "integer", nullable: false),
                    NominationsPerDepartment = table.Column<int>(type: "integer", nullable: false),
                    RulesJson = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    TieBreaks = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Commitment = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Seed = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Phase = table.Column<int>(type: "integer", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OrderFrozenAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_draft_seasons", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "fa_declarations",
                schema: "personnel",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    StaffRecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    CurrentDepartmentCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    TargetDepartmentCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Plan = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    DecisionReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Rubric = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ScheduledMoveDate = table.Column<DateOnly>(type: "date", nullable: true),
                    DeclaredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DecidedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    TargetScore = table.Column<double>(type: "double precision", nullable: true),
                    CalibratedScore = table.Column<double>(type: "double precision", nullable: true),
                    RecommendedBand = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fa_declarations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_records",
                schema: "personnel",
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
                name: "nominations",
                schema: "personnel",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    SeasonId = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffRecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    DepartmentCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Profile = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    NominatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_nominations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "personnel",
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
                name: "season_departments",
                schema: "personnel",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    SeasonId = table.Column<Guid>(type: "uuid", nullable: false),
                    DepartmentCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DepartmentName = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Headcount = table.Column<int>(type: "integer", nullable: false),
                    TotalHours = table.Column<double>(type: "double precision", nullable: false),
                    PerCapita = table.Column<double>(type: "double precision", nullable: false),
                    Quota = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_season_departments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "secondments",
                schema: "personnel",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    SeasonId = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffRecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    FromDepartmentCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ToDepartmentCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: false),
                    CheckInDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ReturnReminderDate = table.Column<DateOnly>(type: "date", nullable: false),
                    FromSupervisor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ToSupervisor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_secondments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "staff_records",
                schema: "personnel",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    StaffNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FullName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FullNameKana = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DepartmentCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    HireDate = table.Column<DateOnly>(type: "date", nullable: false),
                    JobType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Employment = table.Column<int>(type: "integer", nullable: false),
                    OnLeave = table.Column<bool>(type: "boolean", nullable: false),
                    IsSelector = table.Column<bool>(type: "boolean", nullable: false),
                    FaBarredUntil = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_staff_records", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wish_entries",
                schema: "personnel",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    SeasonId = table.Column<Guid>(type: "uuid", nullable: false),
                    DepartmentCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: false),
                    StaffRecordId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wish_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "evaluations",
                schema: "personnel",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    StaffRecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    FiscalYear = table.Column<int>(type: "integer", nullable: false),
                    Score = table.Column<double>(type: "double precision", nullable: false),
                    Band = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_evaluations_staff_records_StaffRecordId",
                        column: x => x.StaffRecordId,
                        principalSchema: "personnel",
                        principalTable: "staff_records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "overtime_months",
                schema: "personnel",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    StaffRecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    Hours = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_overtime_months", x => x.Id);
                    table.ForeignKey(
                        name: "FK_overtime_months_staff_records_StaffRecordId",
                        column: x => x.StaffRecordId,
                        principalSchema: "personnel",
                        principalTable: "staff_records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_Chain_Sequence",
                schema: "personnel",
                table: "audit_entries",
                columns: new[] { "Chain", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_draft_inputs_MunicipalityId",
                schema: "personnel",
                table: "draft_inputs",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_draft_inputs_SeasonId_Round_Iteration_DepartmentCode_Sequen~",
                schema: "personnel",
                table: "draft_inputs",
                columns: new[] { "SeasonId", "Round", "Iteration", "DepartmentCode", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_draft_seasons_MunicipalityId",
                schema: "personnel",
                table: "draft_seasons",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_evaluations_MunicipalityId",
                schema: "personnel",
                table: "evaluations",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_evaluations_StaffRecordId_FiscalYear",
                schema: "personnel",
                table: "evaluations",
                columns: new[] { "StaffRecordId", "FiscalYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_fa_declarations_MunicipalityId",
                schema: "personnel",
                table: "fa_declarations",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_nominations_MunicipalityId",
                schema: "personnel",
                table: "nominations",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_nominations_SeasonId_StaffRecordId",
                schema: "personnel",
                table: "nominations",
                columns: new[] { "SeasonId", "StaffRecordId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_DispatchedAtUtc_NextAttemptAtUtc",
                schema: "personnel",
                table: "outbox_messages",
                columns: new[] { "DispatchedAtUtc", "NextAttemptAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_MessageId",
                schema: "personnel",
                table: "outbox_messages",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_overtime_months_MunicipalityId",
                schema: "personnel",
                table: "overtime_months",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_overtime_months_StaffRecordId_Month",
                schema: "personnel",
                table: "overtime_months",
                columns: new[] { "StaffRecordId", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_season_departments_MunicipalityId",
                schema: "personnel",
                table: "season_departments",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_season_departments_SeasonId_DepartmentCode",
                schema: "personnel",
                table: "season_departments",
                columns: new[] { "SeasonId", "DepartmentCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_secondments_MunicipalityId",
                schema: "personnel",
                table: "secondments",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_secondments_SeasonId_StaffRecordId",
                schema: "personnel",
                table: "secondments",
                columns: new[] { "SeasonId", "StaffRecordId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_staff_records_MunicipalityId",
                schema: "personnel",
                table: "staff_records",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_staff_records_MunicipalityId_StaffNumber",
                schema: "personnel",
                table: "staff_records",
                columns: new[] { "MunicipalityId", "StaffNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wish_entries_MunicipalityId",
                schema: "personnel",
                table: "wish_entries",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_wish_entries_SeasonId_DepartmentCode_Rank",
                schema: "personnel",
                table: "wish_entries",
                columns: new[] { "SeasonId", "DepartmentCode", "Rank" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_entries",
                schema: "personnel");

            migrationBuilder.DropTable(
                name: "draft_inputs",
                schema: "personnel");

            migrationBuilder.DropTable(
                name: "draft_seasons",
                schema: "personnel");

            migrationBuilder.DropTable(
                name: "evaluations",
                schema: "personnel");

            migrationBuilder.DropTable(
                name: "fa_declarations",
                schema: "personnel");

            migrationBuilder.DropTable(
                name: "inbox_records",
                schema: "personnel");

            migrationBuilder.DropTable(
                name: "nominations",
                schema: "personnel");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "personnel");

            migrationBuilder.DropTable(
                name: "overtime_months",
                schema: "personnel");

            migrationBuilder.DropTable(
                name: "season_departments",
                schema: "personnel");

            migrationBuilder.DropTable(
                name: "secondments",
                schema: "personnel");

            migrationBuilder.DropTable(
                name: "wish_entries",
                schema: "personnel");

            migrationBuilder.DropTable(
                name: "staff_records",
                schema: "personnel");
        }
    }
}
