namespace Jusoteki.Domain.Common;

/// <summary>
/// The one exception type of the domain: a refused operation, with a machine-readable <see cref="Code"/>
/// and a Japanese <see cref="Exception.Message"/> that the UI shows as is.
/// A command that throws it has changed nothing.
/// </summary>
public sealed class DomainException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
