using Jusoteki.Web.Identity;

namespace Jusoteki.Web.Tests.Identity;

public sealed class SafeLocalPathTests
{
    [Theory]
    [InlineData("/会議", "/%E4%BC%9A%E8%AD%B0")]
    [InlineData("/cases?q=緑川", "/cases?q=%E7%B7%91%E5%B7%9D")]
    [InlineData("/a\u0001b", "/a%01b")]
    [InlineData("/meetings/5d1c0a7e-2026-4c10-8a12-000000001210", "/meetings/5d1c0a7e-2026-4c10-8a12-000000001210")]
    public void A_local_path_is_kept_with_every_character_a_Location_header_cannot_carry_percent_encoded(string url, string expected) =>
        Assert.Equal(expected, IdentitySetup.SafeLocalPath(url));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    public void Anything_that_is_not_a_local_path_goes_home(string? url) => Assert.Equal("/", IdentitySetup.SafeLocalPath(url));
}
