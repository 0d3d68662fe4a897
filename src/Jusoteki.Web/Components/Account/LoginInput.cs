using System.ComponentModel.DataAnnotations;

namespace Jusoteki.Web.Components.Account;

public sealed class LoginInput
{
    [Required(ErrorMessage = "ユーザー名を入力してください。")]
    [StringLength(100, ErrorMessage = "ユーザー名は100文字以内です。")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "パスワードを入力してください。")]
    [StringLength(200, ErrorMessage = "パスワードが長すぎます。")]
    public string Password { get; set; } = "";
}
