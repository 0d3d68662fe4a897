using Bunit;
using Jusoteki.Web.Components.Pages.Meetings;
using Jusoteki.Web.Meetings;
using Jusoteki.Web.Store.Board;

namespace Jusoteki.Web.Tests.Components;

/// <summary>The conflict dialog: two people saved the same field from the same version; the second sees both and decides.</summary>
public sealed class ConflictDialogTests : ComponentTestContext
{
    private static readonly Guid MeetingId = Guid.NewGuid();
    private static readonly FieldKey Field = new(Guid.NewGuid(), BoardField.SupportPolicy);

    private IRenderedComponent<TextFieldEditor> RenderConflict() => Render<TextFieldEditor>(p => p
        .Add(e => e.MeetingId, MeetingId)
        .Add(e => e.Field, Field)
        .Add(e => e.Title, "支援方針")
        .Add(e => e.Owner, "ケースA-02")
        .Add(e => e.MaxLength, 4000)
        .Add(e => e.Editor, new FieldEditorState(0, "社協の案：ピアグループへ", false, "他の参加者が先に支援方針を更新しました。", true))
        .Add(e => e.CurrentText, "地域包括の案：父のショートステイ")
        .Add(e => e.CurrentVersion, 1)
        .Add(e => e.CurrentEditedBy, "地域包括 佐藤"));

    [Fact]
    public void Both_texts_are_shown_side_by_side_with_who_saved_first()
    {
        var cut = RenderConflict();

        var dialog = cut.Find("[role='alertdialog'][aria-label='支援方針の編集の競合']");
        Assert.Equal("社協の案：ピアグループへ", dialog.QuerySelector("[data-testid='conflict-mine']")!.TextContent);
        Assert.Equal("地域包括の案：父のショートステイ", dialog.QuerySelector("[data-testid='conflict-theirs']")!.TextContent);
        Assert.Contains("地域包括 佐藤", dialog.TextContent);
    }

    [Fact]
    public void Keeping_ones_own_text_saves_it_on_top_of_the_version_now_saved()
    {
        var cut = RenderConflict();

        cut.FindAll("button").Single(b => b.TextContent.Contains("自分の内容で保存")).Click();

        Assert.Equal(new SaveField(MeetingId, Field, "社協の案：ピアグループへ", 1), Assert.Single(Dispatched.Actions));
    }

    [Fact]
    public void Merging_puts_both_texts_in_the_editor_to_continue_from_the_version_now_saved()
    {
        var cut = RenderConflict();

        cut.FindAll("button").Single(b => b.TextContent.Contains("両方をつなげて編集")).Click();

        Assert.Equal(new ConflictResolved(Field, "地域包括の案：父のショートステイ\n社協の案：ピアグループへ", 1), Assert.Single(Dispatched.Actions));
    }

    [Fact]
    public void Taking_the_saved_text_closes_the_editor_and_writes_nothing()
    {
        var cut = RenderConflict();

        cut.FindAll("button").Single(b => b.TextContent.Contains("先に保存された内容を採用")).Click();

        Assert.Equal(new EditCancelled(Field), Assert.Single(Dispatched.Actions));
    }
}
