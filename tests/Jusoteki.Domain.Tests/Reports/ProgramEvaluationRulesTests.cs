using Jusoteki.Domain.Access;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Reports;

namespace Jusoteki.Domain.Tests.Reports;

/// <summary>The 事務局's 評価 per 年度: who may write it, what it may hold, and that a save from an old version is refused.</summary>
public sealed class ProgramEvaluationRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 10);
    private static readonly DateTimeOffset At = new(2026, 12, 10, 1, 0, 0, TimeSpan.Zero);

    private static readonly string[] Names = ["緑川 健一", "緑川 トシ", "林 拓海"];

    [Theory]
    [InlineData("A-01の緑川 健一さん（母 緑川 トシ）の件は居場所が課題。")]
    [InlineData("林 拓海さんの件")]
    [InlineData("拓\u200B海さんの件")]
    public void A_text_that_names_a_person_recorded_in_jusoteki_is_refused(string text)
    {
        var error = Assert.Throws<DomainException>(() => ProgramEvaluationRules.Write(As(AppRoles.Secretariat), 2026, null, 0, text, Today, Names));

        Assert.Equal("evaluation.names-a-person", error.Code);
    }

    private static Caller As(string role) => new(new Actor(role.ToLowerInvariant(), role), new HashSet<string> { role }, null);

    private static ProgramEvaluation Written(string text = "支援会議は目標どおり開けた。") =>
        new(ProgramEvaluationRules.Write(As(AppRoles.Secretariat), 2026, null, 0, text, Today, Names), "事務局", At);

    [Fact]
    public void The_secretariat_writes_the_first_evaluation_of_a_year_as_version_one_with_its_line_breaks()
    {
        var change = ProgramEvaluationRules.Write(As(AppRoles.Secretariat), 2026, null, 0, " 良かった点：会議を毎月開けた。\n課題：居場所が足りない。 ", Today, Names);

        Assert.Equal((2026, "良かった点：会議を毎月開けた。\n課題：居場所が足りない。", 1), (change.FiscalYear, change.Text, change.Version));
    }

    [Theory]
    [InlineData(AppRoles.Chair)]
    [InlineData(AppRoles.Coordinator)]
    [InlineData(AppRoles.AgencyStaff)]
    [InlineData(AppRoles.Reviewer)]
    [InlineData(AppRoles.Administrator)]
    public void Anyone_but_the_secretariat_is_refused(string role)
    {
        var error = Assert.Throws<DomainException>(() => ProgramEvaluationRules.Write(As(role), 2026, null, 0, "評価", Today, Names));

        Assert.Equal(("access.denied", "この操作（年度の評価を書く）を行う権限がありません。"), (error.Code, error.Message));
    }

    [Fact]
    public void A_save_from_the_version_read_makes_the_next_version()
    {
        var evaluation = Written();

        evaluation.Revise(ProgramEvaluationRules.Write(As(AppRoles.Secretariat), 2026, evaluation, 1, "書き直した評価", Today, Names), "事務局 田中", At.AddHours(1));

        Assert.Equal(("書き直した評価", 2, "事務局 田中"), (evaluation.Text, evaluation.Version, evaluation.WrittenBy));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void A_save_from_another_version_than_the_stored_one_is_refused_and_changes_nothing(int read)
    {
        var evaluation = Written();

        var error = Assert.Throws<DomainException>(() => ProgramEvaluationRules.Write(As(AppRoles.Secretariat), 2026, evaluation, read, "上書き", Today, Names));

        Assert.Equal("evaluation.stale", error.Code);
        Assert.StartsWith("令和8年度の評価は、読み込んだ後にほかの人が保存しました（今は第1版）。", error.Message, StringComparison.Ordinal);
        Assert.Equal(("支援会議は目標どおり開けた。", 1), (evaluation.Text, evaluation.Version));
    }

    [Fact]
    public void A_first_save_is_refused_when_someone_saved_the_year_meanwhile()
    {
        var error = Assert.Throws<DomainException>(() => ProgramEvaluationRules.Write(As(AppRoles.Secretariat), 2026, null, 1, "評価", Today, Names));

        Assert.Equal("evaluation.stale", error.Code);
    }

    [Theory]
    [InlineData(null, "評価を入力してください。")]
    [InlineData(" \n ", "評価を入力してください。")]
    [InlineData("評価\u202Eです", "評価に使えない文字（制御文字など）が含まれています。")]
    [InlineData("評価\u0007です", "評価に使えない文字（制御文字など）が含まれています。")]
    [InlineData("\u200B", "評価を入力してください（見えない文字だけの入力はできません）。")]
    public void An_empty_or_foreign_text_is_refused_in_japanese(string? text, string message)
    {
        var error = Assert.Throws<DomainException>(() => ProgramEvaluationRules.Write(As(AppRoles.Secretariat), 2026, null, 0, text, Today, Names));

        Assert.Equal(("text.invalid", message), (error.Code, error.Message));
    }

    [Fact]
    public void A_text_of_the_maximum_length_is_taken_and_one_longer_is_refused()
    {
        var longest = new string('評', ProgramEvaluationRules.TextMaxLength);
        Assert.Equal(longest, ProgramEvaluationRules.Write(As(AppRoles.Secretariat), 2026, null, 0, longest, Today, Names).Text);

        var error = Assert.Throws<DomainException>(() => ProgramEvaluationRules.Write(As(AppRoles.Secretariat), 2026, null, 0, longest + "評", Today, Names));
        Assert.Equal("評価は2000文字以内で入力してください。", error.Message);
    }

    [Theory]
    [InlineData(2018)]
    [InlineData(2028)]
    public void A_year_outside_reiwa_1_to_next_year_is_refused(int year)
    {
        var error = Assert.Throws<DomainException>(() => ProgramEvaluationRules.Write(As(AppRoles.Secretariat), year, null, 0, "評価", Today, Names));

        Assert.Equal("progress.year-out-of-range", error.Code);
    }

    [Fact]
    public void A_save_that_changes_nothing_is_refused()
    {
        var evaluation = Written();

        var error = Assert.Throws<DomainException>(() => ProgramEvaluationRules.Write(As(AppRoles.Secretariat), 2026, evaluation, 1, " 支援会議は目標どおり開けた。", Today, Names));

        Assert.Equal(("evaluation.unchanged", "評価は保存済みの内容から変わっていません。"), (error.Code, error.Message));
    }

    [Fact]
    public void The_entity_takes_no_change_that_skips_a_version_or_is_for_another_year()
    {
        var evaluation = Written();

        Assert.Throws<ArgumentException>(() => evaluation.Revise(new ProgramEvaluationChange(2026, "x", 3), "x", At));
        Assert.Throws<ArgumentException>(() => evaluation.Revise(new ProgramEvaluationChange(2025, "x", 2), "x", At));
        Assert.Throws<ArgumentException>(() => new ProgramEvaluation(new ProgramEvaluationChange(2026, "x", 2), "x", At));
        Assert.Equal(1, evaluation.Version);
    }
}
