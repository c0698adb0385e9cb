namespace Hotline.Domain.Sms;

/// <summary>The alphabet a message travels in, which decides how many characters fit a segment.</summary>
public enum SmsEncoding
{
    /// <summary>GSM 03.38 default alphabet: 160 septets single, 153 per part.</summary>
    Gsm7,

    /// <summary>UCS-2 (UTF-16 units): 70 single, 67 per part. Any Chinese character forces it.</summary>
    Ucs2,
}
