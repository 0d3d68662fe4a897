using Jusoteki.Domain.Access;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Progress;
using Jusoteki.Infrastructure.Audit;
using Jusoteki.Infrastructure.Seeding;
using Jusoteki.Web.Progress;
using Microsoft.Extensions.DependencyInjection;

namespace Jusoteki.Web.Tests.Progress;

/// <summary>目標: the demo's 令和8年度 plan is seeded; only the 事務局 changes a target, each change audited, a refusal writes nothing.</summary>
public sealed class ProgressTargetsTests : IAsyncLifetime
{
    private readonly TestApp _app = new();
    private static readonly Caller Secretariat = TestApp.Caller("jimukyoku", AppRoles.Secretariat);
    private static int ThisYear => FiscalYear.Of(DateTimeOffset.UtcNow);

    public Task InitializeAsync() => _app.InitializeAsync();
    public Task DisposeAsync() => _app.DisposeAsync();

    private ProgressTargets Targets => _app.Services.GetRequiredService<ProgressTargets>();

    private async Task<IReadOnlyList<Domain.Audit.AuditRecord>> TargetAuditAsync() =>
        await _app.Services.GetRequiredService<AuditLog>().ReadAsync(new AuditFilter(Action: "progress.target-set"));

    [Fact]
    public async Task The_demo_seeds_a_target_for_every_indicator_of_reiwa_8()
    {
        var targets = await Targets.ForYearAsync(MidoriCityDemo.TargetsYear, TestApp.Caller("etsuran", AppRoles.Reviewer));

        Assert.Equal(ProgressIndicators.All.Order(), targets.Keys.Order());
        Assert.Equal((10, 10, 5, 15, 5, 5), (targets[ProgressIndicator.MultiLayeredMeetingsHeld], targets[ProgressIndicator.SupportMeetingsHeld],
            targets[ProgressIndicator.PlansDrafted], targets[ProgressIndicator.AssessmentSheets], targets[ProgressIndicator.ParticipationNew],
            targets[ProgressIndicator.ParticipationFollowUps]));
    }

    [Fact]
    public async Task The_secretariat_changes_a_target_and_the_change_is_audited()
    {
        Assert.Equal(12, await Targets.SetAsync(ThisYear, "SupportMeetingsHeld", "12", null, Secretariat));

        Assert.Equal(12, (await Targets.ForYearAsync(ThisYear, Secretariat))[ProgressIndicator.SupportMeetingsHeld]);
        var record = Assert.Single(await TargetAuditAsync());
        Assert.Equal("jimukyoku", record.ActorId);
        Assert.EndsWith("「支援会議の開催」の目標：10回 → 12回", record.Detail);
    }

    [Theory]
    [InlineData(AppRoles.Chair)]
    [InlineData(AppRoles.Coordinator)]
    [InlineData(AppRoles.AgencyStaff)]
    [InlineData(AppRoles.Reviewer)]
    [InlineData(AppRoles.Administrator)]
    public async Task Any_other_role_is_refused_and_nothing_is_written(string role)
    {
        var error = await Assert.ThrowsAsync<DomainException>(() => Targets.SetAsync(ThisYear, "SupportMeetingsHeld", "12", null, TestApp.Caller("gicho", role)));

        Assert.Equal("この操作（進行管理の目標を設定する）を行う権限がありません。", error.Message);
        Assert.Equal(10, (await Targets.ForYearAsync(MidoriCityDemo.TargetsYear, Secretariat))[ProgressIndicator.SupportMeetingsHeld]);
        Assert.Empty(await TargetAuditAsync());
    }

    [Fact]
    public async Task A_negative_target_is_refused_in_japanese_and_nothing_is_written()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() => Targets.SetAsync(ThisYear, "SupportMeetingsHeld", "-1", null, Secretariat));

        Assert.Equal("「支援会議の開催」：目標値に0より小さい数は指定できません。", error.Message);
        Assert.Equal(10, (await Targets.ForYearAsync(MidoriCityDemo.TargetsYear, Secretariat))[ProgressIndicator.SupportMeetingsHeld]);
        Assert.Empty(await TargetAuditAsync());
    }

    [Fact]
    public async Task A_closed_year_takes_a_target_only_with_a_reason_which_the_audit_keeps()
    {
        await Assert.ThrowsAsync<DomainException>(() => Targets.SetAsync(ThisYear - 1, "PlansDrafted", "4", "", Secretariat));
        Assert.Empty(await Targets.ForYearAsync(ThisYear - 1, Secretariat));

        await Targets.SetAsync(ThisYear - 1, "PlansDrafted", "4", "前年度の計画を入れ忘れていた", Secretariat);

        Assert.Equal(4, (await Targets.ForYearAsync(ThisYear - 1, Secretariat))[ProgressIndicator.PlansDrafted]);
        Assert.EndsWith("未設定 → 4件（理由：前年度の計画を入れ忘れていた）", Assert.Single(await TargetAuditAsync()).Detail);
    }
}
