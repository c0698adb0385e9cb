namespace Hotline.Service.Sms;

/// <summary>What the inbound SMS webhook answers for a delivery: how many events it held and how many replies were sent.</summary>
public sealed record SmsInboundAnswer(int Events, int Replies);
