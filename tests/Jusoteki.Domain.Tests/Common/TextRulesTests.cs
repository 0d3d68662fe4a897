using Jusoteki.Domain.Common;

namespace Jusoteki.Domain.Tests.Common;

/// <summary>What free text may hold: no control or bidi characters, no lone surrogates, not only invisible characters.</summary>
public sealed class TextRulesTests
{
    [Theory]
    [InlineData("a\u0001b")]
    [InlineData("report\u202Etxt.exe")]
    [InlineData("\u2066x")]
    [InlineData("\u200B\u200D\uFEFF")]
    [InlineData("  ")]
    public void Text_that_does_not_belong_is_refused_in_japanese(string text)
    {
        var error = Assert.Throws<DomainException>(() => TextRules.Required(text, 100, "内容"));
        Assert.Contains("内容", error.Message);
    }

    [Theory]
    [InlineData("緑川 健一", "緑川 健一")]
    [InlineData("  見守り 🙂 ", "見守り 🙂")]
    [InlineData("1行目\n2行目\t終わり", "1行目\n2行目\t終わり")]
    public void Ordinary_text_passes_trimmed(string text, string expected) =>
        Assert.Equal(expected, TextRules.Required(text, 100, "内容", multiline: true));

    [Fact]
    public void A_lone_surrogate_is_refused()
    {
        // Built at run time: an attribute cannot carry a lone surrogate (the compiler turns it into U+FFFD).
        var text = "a" + (char)0xD800 + "b";
        Assert.Contains("使えない文字", Assert.Throws<DomainException>(() => TextRules.Required(text, 100, "内容")).Message);
    }

    [Fact]
    public void Line_breaks_are_refused_where_one_line_is_expected() =>
        Assert.Throws<DomainException>(() => TextRules.Required("1行目\n2行目", 100, "氏名"));

    [Fact]
    public void Too_long_text_is_refused() =>
        Assert.Contains("5文字以内", Assert.Throws<DomainException>(() => TextRules.Required("あいうえおか", 5, "氏名")).Message);
}
