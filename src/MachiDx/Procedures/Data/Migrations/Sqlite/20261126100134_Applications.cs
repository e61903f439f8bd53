using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MachiDx.Procedures.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Applications : Migration
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
                name: "procedures_stored_files");

            migrationBuilder.DropTable(
                name: "procedures_applications");
        }
    }
}
