namespace Hotline.Domain.Profiles;

/// <summary>A profile file that cannot be used; <see cref="Errors"/> lists every problem as "path: reason".</summary>
public sealed class ProfileValidationException : Exception
{
    public ProfileValidationException(string source, IReadOnlyList<string> errors)
        : base($"Profile {source} is invalid:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", errors)) =>
        Errors = errors;

    public ProfileValidationException()
    {
        Errors = [];
    }

    public ProfileValidationException(string message)
        : base(message) => Errors = [message];

    public ProfileValidationException(string message, Exception innerException)
        : base(message, innerException) => Errors = [message];

    public IReadOnlyList<string> Errors { get; }
}
