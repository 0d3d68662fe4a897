using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jusoteki.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class RoleCorrections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
