using Hotline.Domain.Callers;
using Hotline.Domain.Cases;
using Hotline.Domain.Privacy;
using Hotline.Domain.Sms;
using Hotline.Domain.Staff;
using Hotline.Service.Directory;
using Hotline.Service.Cases;
using Hotline.Service.Storage;
using Microsoft.Extensions.Logging;

namespace Hotline.Service.Sms;

/// <summary>An SMS a phone sent to the hotline number.</summary>
public sealed record InboundSms(string MessageId, string From, string Text, DateTimeOffset ReceivedUtc);

/// <summary>
/// Field staff move cases by replying to SMS. Every inbound message gets an answer: a confirmation, a help text for
/// what could not be understood, or a polite refusal. Nothing is guessed: unknown senders, unparsable text and
/// ambiguous references change no case.
/// </summary>
public sealed partial class InboundSmsService(
    ICaseStore store, IStaffDirectory directory, IInboundLedger inbound, ICaseDriver runner, ISmsGateway gateway, TimeProvider clock, ILogger<InboundSmsService> logger)
{
    /// <summary>
    /// Handles one message; returns the reply sent, or null for a duplicate whose reply already went out.
    /// </summary>
    /// <exception cref="ReplyNotSentException">The provider did not take the reply (transiently): the webhook answers 503
    /// so that Event Grid delivers the message again, and the saved reply is sent then; the action is not repeated.</exception>
    public async Task<string?> HandleAsync(InboundSms sms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sms);
        var seen = await inbound.ClaimAsync(sms.MessageId, cancellationToken);
        if (seen is { ReplySent: true })
        {
            LogDuplicate(logger, sms.MessageId);
            return null;
        }

        // A redelivery of a message whose reply did not go out resends it; one that died before deciding gets a plain receipt.
        var reply = seen is null ? await DecideReplyAsync(sms, cancellationToken) : seen.Reply ?? "短信已收到。";
        await inbound.SaveAsync(sms.MessageId, new InboundRecord(sms.From, reply, ReplySent: false), cancellationToken);
        var outcome = await gateway.SendAsync(new OutgoingSms("reply." + sms.MessageId, sms.From, reply, sms.ReceivedUtc), cancellationToken);
        LogReplied(logger, Mask.Phone(sms.From), outcome.IsSuccess);
        if (outcome is SmsSendOutcome.TransientFailure transient)
        {
            throw new ReplyNotSentException($"The reply to message {sms.MessageId} was not sent: {transient.Reason}");
        }

        await inbound.SaveAsync(sms.MessageId, new InboundRecord(sms.From, reply, ReplySent: true), cancellationToken);
        return reply;
    }

    private async Task<string> DecideReplyAsync(InboundSms sms, CancellationToken cancellationToken)
    {
        if (!PhoneNumber.TryParse(sms.From, out var phone, out _) || await directory.FindByPhoneAsync(phone, cancellationToken) is not { } sender)
        {
            LogUnknownSender(logger, Mask.Phone(sms.From));
            return SmsTemplates.Refused("本号码未登记为工作人员，如需报事请致电热线");
        }

        var parsed = SmsCommandParser.Parse(sms.Text);
        if (!parsed.IsSuccess)
        {
            return parsed.Failure!.HelpReply;
        }

        var command = parsed.Command!;
        var actor = Actor.Of(sender.Member);

        // One scan of the cases still waiting for someone serves the help, the sender's tasks and a refused reference.
        var waiting = await SmsTasks.ScanAsync(store, _ => true, cancellationToken);
        if (command.Verb == SmsVerb.Help)
        {
            return waiting.Any(s => FirstQuestionSms.HasPart(s, actor.Id)) ? SmsTemplates.HelpWithFirstQuestion() : SmsTemplates.Help();
        }

        var firstQuestion = FirstQuestionSms.IsFirstQuestionVerb(command.Verb);
        var tasks = waiting.Where(s => firstQuestion ? FirstQuestionSms.IsCandidate(s, command.Verb, actor.Id) : SmsTasks.IsTaskOf(s, actor.Id)).ToList();
        if (command.Verb == SmsVerb.Tasks)
        {
            return tasks.Count == 0 ? SmsTemplates.NoTasks() : SmsTemplates.TaskList([.. tasks.Select(SmsTasks.ToOpenTask)]);
        }

        if (firstQuestion && tasks.Count == 0)
        {
            await RecordRefusalAsync(command, actor, waiting, cancellationToken);
            return SmsTemplates.Refused($"您没有可以回复\"{SmsVerbLexicon.Chinese(command.Verb)}\"的首问事项");
        }

        var resolution = SmsReferenceResolver.Resolve(command.Reference, await WithLastTextAsync(tasks, command.Reference, actor.Id, cancellationToken));
        if (resolution is not ReferenceResolution.Resolved resolved)
        {
            await RecordRefusalAsync(command, actor, waiting, cancellationToken);
            return resolution switch
            {
                ReferenceResolution.NoOpenTasks r => r.Reply,
                ReferenceResolution.NotFound r => r.Reply,
                ReferenceResolution.Ambiguous r => r.Reply,
                _ => SmsTemplates.Help(),
            };
        }

        var caseId = CaseId.Parse(resolved.CaseId);
        var state = tasks.First(t => t.Id == caseId);
        var now = clock.GetUtcNow();
        Func<CaseState, CaseTrigger> trigger = s => ToTrigger(command, s, actor, now);
        if (firstQuestion)
        {
            var staff = command.Verb == SmsVerb.HandOver ? (await directory.ListAsync(cancellationToken)).Select(r => r.Member).ToList() : [];
            var (made, refusal) = FirstQuestionSms.ToTrigger(command, state, actor, now, staff);
            if (made is null)
            {
                return SmsTemplates.Refused(refusal!);
            }

            trigger = _ => made;
        }

        var result = await runner.ApplyAsync(caseId, trigger, cancellationToken);
        return result switch
        {
            RunResult.Applied or RunResult.Queued => SmsTemplates.Confirmed(command.Verb, state.Id.Ref),
            RunResult.Rejected r => SmsTemplates.Refused(SmsRejections.Explain(r.Rule, r.Reason, state.Id.Ref, command.Verb, state.Status)),
            _ => SmsTemplates.NotFound(state.Id.Ref),
        };
    }

    /// <summary>The trigger an SMS verb means on this case; approvals take the kind the case is waiting for.</summary>
    internal static CaseTrigger ToTrigger(SmsCommand command, CaseState state, Actor actor, DateTimeOffset now) => command.Verb switch
    {
        SmsVerb.Acknowledge => new Acknowledge(now, actor, "短信回复"),
        SmsVerb.Arrived => new Arrived(now, actor),
        SmsVerb.Progress => new ProgressNote(now, actor, command.Text!),
        SmsVerb.Done => command.SlipNumber is { } slip
            ? new Complete(now, actor, EvidenceKind.ServiceSlip, slip, command.Text ?? "已完成")
            : new Complete(now, actor, EvidenceKind.SupervisorNotice, null, command.Text ?? "已完成"),
        SmsVerb.CannotResolve => new CannotResolve(now, actor, command.Text!),
        SmsVerb.Approve => new Approve(now, actor, state.Status switch
        {
            CaseStatus.AwaitingInstruction => ApprovalKind.Instruction,
            CaseStatus.Unresolvable => ApprovalKind.ForcedClosure,
            _ => ApprovalKind.Closure,
        }, command.Text),
        SmsVerb.Reject when state.Status == CaseStatus.AwaitingInstruction && state.OpenReason is null => new Decline(now, actor, command.Text!),
        SmsVerb.Reject => new ProgressNote(now, actor, "驳回：" + command.Text),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command.Verb, "Not a case action."),
    };

    /// <summary>
    /// The sender's tasks as SMS sees them; where a bare reference matches several, each carries when the sender was last
    /// texted about it (from the case's outbox), so the reply goes to the case the text was about.
    /// </summary>
    private async Task<List<OpenTask>> WithLastTextAsync(List<CaseState> tasks, SmsReference? reference, StaffId sender, CancellationToken cancellationToken)
    {
        var open = tasks.Select(SmsTasks.ToOpenTask).ToList();
        if (reference is null || open.Count(reference.Matches) < 2)
        {
            return open;
        }

        for (var i = 0; i < open.Count; i++)
        {
            if (reference.Matches(open[i]))
            {
                var texts = (await store.OutboxAsync(tasks[i].Id, cancellationToken)).Where(m => m.Recipient == sender.Value).ToList();
                open[i] = open[i] with { LastTextedUtc = texts.Count == 0 ? null : texts.Max(m => m.CreatedUtc) };
            }
        }

        return open;
    }

    /// <summary>A reference to an open case that is not the sender's: the attempt goes on that case's timeline.</summary>
    private async Task RecordRefusalAsync(SmsCommand command, Actor actor, IReadOnlyList<CaseState> waiting, CancellationToken cancellationToken)
    {
        if (command.Reference is not { } reference)
        {
            return;
        }

        var matches = waiting.Where(c => reference.Matches(SmsTasks.ToOpenTask(c))).ToList();
        if (matches.Count == 1)
        {
            await runner.ApplyAsync(matches[0].Id, _ => new AttemptRefused(clock.GetUtcNow(), actor.Id, $"以短信“{SmsVerbLexicon.Chinese(command.Verb)}”操作本案", "不是本案责任人或审批人"), cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Inbound SMS {MessageId} already handled; ignored")]
    private static partial void LogDuplicate(ILogger logger, string messageId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inbound SMS from unknown number {Phone} refused")]
    private static partial void LogUnknownSender(ILogger logger, string phone);

    [LoggerMessage(Level = LogLevel.Information, Message = "Replied to {Phone}: sent={Sent}")]
    private static partial void LogReplied(ILogger logger, string phone, bool sent);
}

/// <summary>The reply to an inbound SMS could not be sent now; the message should be delivered again.</summary>
public sealed class ReplyNotSentException : Exception
{
    public ReplyNotSentException()
    {
    }

    public ReplyNotSentException(string message)
        : base(message)
    {
    }

    public ReplyNotSentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
