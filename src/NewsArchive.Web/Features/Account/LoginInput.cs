using System.ComponentModel.DataAnnotations;

namespace NewsArchive.Web.Features.Account;

/// <summary>What the sign-in form posts.</summary>
public sealed class LoginInput
{
    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";
}
