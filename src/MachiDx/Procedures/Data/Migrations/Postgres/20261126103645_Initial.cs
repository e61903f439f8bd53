using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MachiDx.Procedures.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "procedures");

            migrationBuilder.CreateTable(
                name: "application_drafts",
                schema: "procedures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProcedureCode = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    InputJson = table.Column<string>(type: "character varying(64000)", maxLength: 64000, nullable: false),
                    FilesJson = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_application_drafts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "applications",
                schema: "procedures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    ReceiptNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ProcedureCode = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    ProcedureName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Department = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ApplicantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicantName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ValuesJson = table.Column<string>(type: "character varying(64000)", maxLength: 64000, nullable: false),
                    FeeYen = table.Column<long>(type: "bigint", nullable: false),
                    CorrectionJson = table.Column<string>(type: "character varying(16000)", maxLength: 16000, nullable: false),
                    CapacityKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    SubmittedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    AssigneeId = table.Column<Guid>(type: "uuid", nullable: true),
                    AssigneeName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CompletedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_applications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "audit_entries",
                schema: "procedures",
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
                name: "city_procedures",
                schema: "procedures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Kana = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Who = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Department = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    LifeEvents = table.Column<List<string>>(type: "text[]", nullable: false),
                    DeadlineKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DeadlineDays = table.Column<int>(type: "integer", nullable: true),
                    DeadlineDaysBefore = table.Column<int>(type: "integer", nullable: true),
                    DeadlineText = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Bring = table.Column<List<string>>(type: "text[]", nullable: false),
                    FeeYen = table.Column<int>(type: "integer", nullable: true),
                    FeeUnit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    FeeText = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Verified = table.Column<bool>(type: "boolean", nullable: false),
                    Channels = table.Column<List<string>>(type: "text[]", nullable: false),
                    OnlineVia = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    OnlineNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    StandardProcessingDays = table.Column<int>(type: "integer", nullable: true),
                    KpiGroup = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    PriorityLists = table.Column<List<string>>(type: "text[]", nullable: false),
                    Keywords = table.Column<List<string>>(type: "text[]", nullable: false),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    LastVerified = table.Column<DateOnly>(type: "date", nullable: false),
                    Sources = table.Column<List<string>>(type: "text[]", nullable: false),
                    TemplateVersion = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_city_procedures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_records",
                schema: "procedures",
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
                schema: "procedures",
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
                name: "search_misses",
                schema: "procedures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    Query = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    LastAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_search_misses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stored_files",
                schema: "procedures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: true),
                    FieldPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    StorageKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stored_files", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "application_events",
                schema: "procedures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ToStatus = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Message = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Internal = table.Column<bool>(type: "boolean", nullable: false),
                    ActorId = table.Column<Guid>(type: "uuid", nullable: true),
                    ActorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_application_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_application_events_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalSchema: "procedures",
                        principalTable: "applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_application_drafts_MunicipalityId",
                schema: "procedures",
                table: "application_drafts",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_application_drafts_MunicipalityId_UserId_ProcedureCode",
                schema: "procedures",
                table: "application_drafts",
                columns: new[] { "MunicipalityId", "UserId", "ProcedureCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_application_events_ApplicationId_AtUtc",
                schema: "procedures",
                table: "application_events",
                columns: new[] { "ApplicationId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_application_events_MunicipalityId",
                schema: "procedures",
                table: "application_events",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_applications_MunicipalityId",
                schema: "procedures",
                table: "applications",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_applications_MunicipalityId_ApplicantId",
                schema: "procedures",
                table: "applications",
                columns: new[] { "MunicipalityId", "ApplicantId" });

            migrationBuilder.CreateIndex(
                name: "IX_applications_MunicipalityId_CapacityKey",
                schema: "procedures",
                table: "applications",
                columns: new[] { "MunicipalityId", "CapacityKey" });

            migrationBuilder.CreateIndex(
                name: "IX_applications_MunicipalityId_Department_Status",
                schema: "procedures",
                table: "applications",
                columns: new[] { "MunicipalityId", "Department", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_applications_MunicipalityId_ReceiptNumber",
                schema: "procedures",
                table: "applications",
                columns: new[] { "MunicipalityId", "ReceiptNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_Chain_Sequence",
                schema: "procedures",
                table: "audit_entries",
                columns: new[] { "Chain", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_city_procedures_MunicipalityId",
                schema: "procedures",
                table: "city_procedures",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_city_procedures_MunicipalityId_Code",
                schema: "procedures",
                table: "city_procedures",
                columns: new[] { "MunicipalityId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_DispatchedAtUtc_NextAttemptAtUtc",
                schema: "procedures",
                table: "outbox_messages",
                columns: new[] { "DispatchedAtUtc", "NextAttemptAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_MessageId",
                schema: "procedures",
                table: "outbox_messages",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_search_misses_MunicipalityId",
                schema: "procedures",
                table: "search_misses",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_search_misses_MunicipalityId_Query",
                schema: "procedures",
                table: "search_misses",
                columns: new[] { "MunicipalityId", "Query" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_stored_files_MunicipalityId",
                schema: "procedures",
                table: "stored_files",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_stored_files_MunicipalityId_ApplicationId",
                schema: "procedures",
                table: "stored_files",
                columns: new[] { "MunicipalityId", "ApplicationId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "application_drafts",
                schema: "procedures");

            migrationBuilder.DropTable(
                name: "application_events",
                schema: "procedures");

            migrationBuilder.DropTable(
                name: "audit_entries",
                schema: "procedures");

            migrationBuilder.DropTable(
                name: "city_procedures",
                schema: "procedures");

            migrationBuilder.DropTable(
                name: "inbox_records",
                schema: "procedures");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "procedures");

            migrationBuilder.DropTable(
                name: "search_misses",
                schema: "procedures");

            migrationBuilder.DropTable(
                name: "stored_files",
                schema: "procedures");

            migrationBuilder.DropTable(
                name: "applications",
                schema: "procedures");
        }
    }
}
