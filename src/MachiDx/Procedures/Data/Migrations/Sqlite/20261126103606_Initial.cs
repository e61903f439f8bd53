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
                name: "procedures_application_drafts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcedureCode = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    InputJson = table.Column<string>(type: "TEXT", maxLength: 64000, nullable: false),
                    FilesJson = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_procedures_application_drafts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "procedures_applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceiptNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ProcedureCode = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    ProcedureName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Department = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ApplicantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicantName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ValuesJson = table.Column<string>(type: "TEXT", maxLength: 64000, nullable: false),
                    FeeYen = table.Column<long>(type: "INTEGER", nullable: false),
                    CorrectionJson = table.Column<string>(type: "TEXT", maxLength: 16000, nullable: false),
                    CapacityKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AssigneeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AssigneeName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CompletedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_procedures_applications", x => x.Id);
                });

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

            migrationBuilder.CreateTable(
                name: "procedures_search_misses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Query = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    LastAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_procedures_search_misses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "procedures_stored_files",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FieldPath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    StorageKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_procedures_stored_files", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "procedures_application_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ToStatus = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Message = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Internal = table.Column<bool>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_procedures_application_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_procedures_application_events_procedures_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "procedures_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_procedures_application_drafts_MunicipalityId",
                table: "procedures_application_drafts",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_procedures_application_drafts_MunicipalityId_UserId_ProcedureCode",
                table: "procedures_application_drafts",
                columns: new[] { "MunicipalityId", "UserId", "ProcedureCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_procedures_application_events_ApplicationId_AtUtc",
                table: "procedures_application_events",
                columns: new[] { "ApplicationId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_procedures_application_events_MunicipalityId",
                table: "procedures_application_events",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_procedures_applications_MunicipalityId",
                table: "procedures_applications",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_procedures_applications_MunicipalityId_ApplicantId",
                table: "procedures_applications",
                columns: new[] { "MunicipalityId", "ApplicantId" });

            migrationBuilder.CreateIndex(
                name: "IX_procedures_applications_MunicipalityId_CapacityKey",
                table: "procedures_applications",
                columns: new[] { "MunicipalityId", "CapacityKey" });

            migrationBuilder.CreateIndex(
                name: "IX_procedures_applications_MunicipalityId_Department_Status",
                table: "procedures_applications",
                columns: new[] { "MunicipalityId", "Department", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_procedures_applications_MunicipalityId_ReceiptNumber",
                table: "procedures_applications",
                columns: new[] { "MunicipalityId", "ReceiptNumber" },
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_procedures_search_misses_MunicipalityId",
                table: "procedures_search_misses",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_procedures_search_misses_MunicipalityId_Query",
                table: "procedures_search_misses",
                columns: new[] { "MunicipalityId", "Query" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_procedures_stored_files_MunicipalityId",
                table: "procedures_stored_files",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_procedures_stored_files_MunicipalityId_ApplicationId",
                table: "procedures_stored_files",
                columns: new[] { "MunicipalityId", "ApplicationId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "procedures_application_drafts");

            migrationBuilder.DropTable(
                name: "procedures_application_events");

            migrationBuilder.DropTable(
                name: "procedures_audit_entries");

            migrationBuilder.DropTable(
                name: "procedures_city_procedures");

            migrationBuilder.DropTable(
                name: "procedures_inbox_records");

            migrationBuilder.DropTable(
                name: "procedures_outbox_messages");

            migrationBuilder.DropTable(
                name: "procedures_search_misses");

            migrationBuilder.DropTable(
                name: "procedures_stored_files");

            migrationBuilder.DropTable(
                name: "procedures_applications");
        }
    }
}
