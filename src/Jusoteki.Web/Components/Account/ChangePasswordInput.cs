using System.ComponentModel.DataAnnotations;

namespace Jusoteki.Web.Components.Account;

public sealed class ChangePasswordInput
{
    [Required(ErrorMessage = "今のパスワードを入力してください。")]
    [StringLength(200, ErrorMessage = "パスワードが長すぎます。")]
    public string Current { get; set; } = "";

    [Required(ErrorMessage = "新しいパスワードを入力してください。")]
    [StringLength(200, ErrorMessage = "パスワードが長すぎます。")]
    public string Next { get; set; } = "";

    [Required(ErrorMessage = "確認のため、新しいパスワードをもう一度入力してください。")]
    [StringLength(200, ErrorMessage = "パスワードが長すぎます。")]
    public string Confirmation { get; set; } = "";
}
