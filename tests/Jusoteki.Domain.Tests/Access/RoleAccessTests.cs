using Jusoteki.Domain.Access;
using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
using static Jusoteki.Domain.Tests.Meetings.MeetingFixtures;

namespace Jusoteki.Domain.Tests.Access;

/// <summary>Who may update a role between meetings: its agency, and the city's staff who track all roles.</summary>
public sealed class RoleAccessTests
{
    private static readonly RoleAssignment Role = AssignedToHoukatsu();

    [Fact]
    public void The_agency_the_role_is_assigned_to_may_update_it()
    {
        Assert.True(RoleAccess.MayUpdate(Role, new Caller(Houkatsu, new HashSet<string> { AppRoles.AgencyStaff }, HoukatsuAgency.Id)));
    }

    [Theory]
    [InlineData(AppRoles.Chair)]
    [InlineData(AppRoles.Secretariat)]
    [InlineData(AppRoles.Coordinator)]
    public void The_citys_meeting_staff_may_update_any_role(string role)
    {
        Assert.True(RoleAccess.MayUpdate(Role, new Caller(Chair, new HashSet<string> { role }, CityAgency.Id)));
    }

    [Fact]
    public void Another_agency_may_not_and_is_told_why_in_japanese()
    {
        var shakyo = new Caller(new Actor("shakyo", "社協 鈴木"), new HashSet<string> { AppRoles.AgencyStaff }, ShakyoAgency.Id);

        var error = Assert.Throws<DomainException>(() => RoleAccess.RequireMayUpdate(Role, shakyo));

        Assert.Equal("role.other-agency", error.Code);
        Assert.Contains("他の機関", error.Message);
    }

    private static RoleAssignment AssignedToHoukatsu()
    {
        var supportCase = Case();
        supportCase.AssignRole(Guid.NewGuid(), HoukatsuAgency, "訪問", Today, Today, null, Chair, At);
        return supportCase.Roles[0];
    }
}
