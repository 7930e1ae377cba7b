using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TimeTracking.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class DayQuerySpanIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_tasks_user_id_start_time",
                table: "tasks");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:btree_gist", ",,");

            // The day query's index. A b-tree on (user_id, start_time) bounds "overlaps the day" from one side only,
            // so a long history was scanned up to the day; this GiST index finds the overlapping spans directly.
            // EF cannot model an expression index: PostgresTimeTrackingDbContext.TasksNear queries this exact expression.
            migrationBuilder.Sql("""
                CREATE INDEX ix_tasks_user_id_span ON tasks
                USING gist (user_id, tstzrange(start_time, coalesce(end_time, 'infinity'), '[]'));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX ix_tasks_user_id_span;");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:btree_gist", ",,");

            migrationBuilder.CreateIndex(
                name: "ix_tasks_user_id_start_time",
                table: "tasks",
                columns: new[] { "user_id", "start_time" });
        }
    }
}
