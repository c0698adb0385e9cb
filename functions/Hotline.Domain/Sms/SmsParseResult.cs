using System.Diagnostics.CodeAnalysis;

namespace Hotline.Domain.Sms;

/// <summary>Either a <see cref="SmsCommand"/> or a <see cref="SmsParseFailure"/>, never both.</summary>
public sealed class SmsParseResult
{
    private SmsParseResult(SmsCommand? command, SmsParseFailure? failure)
    {
        Command = command;
        Failure = failure;
    }

    public SmsCommand? Command { get; }

    public SmsParseFailure? Failure { get; }

    [MemberNotNullWhen(true, nameof(Command))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool IsSuccess => Command is not null;

    public static SmsParseResult Success(SmsCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return new SmsParseResult(command, null);
    }

    public static SmsParseResult Fail(SmsParseFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return new SmsParseResult(null, failure);
    }

    public override string ToString() => IsSuccess ? Command.ToString() : Failure.ToString();
}
