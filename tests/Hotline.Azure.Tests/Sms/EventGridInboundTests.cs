using System.Text.Json;
using Hotline.Azure.Sms;

namespace Hotline.Azure.Tests.Sms;

public sealed class EventGridInboundTests
{
    private const string Topic = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/hotline/providers/Microsoft.Communication/communicationServices/hotline-acs";

    [Fact]
    public void Parse_SubscriptionValidationHandshake_YieldsTheCode()
    {
        var body = $$"""
            [{"id":"2d1781af-3a4c-4d7c-bd0c-e34b19da4e66","topic":"{{Topic}}","subject":"",
              "data":{"validationCode":"512d38b6-c7b8-40c8-89fe-f46f9e9622b6","validationUrl":"https://rp-eastasia.eventgrid.azure.net/eventsubscriptions/hotline/validate?id=512d38b6"},
              "eventType":"Microsoft.EventGrid.SubscriptionValidationEvent","eventTime":"2026-12-01T02:03:04.123Z","metadataVersion":"1","dataVersion":"1"}]
            """;

        var events = EventGridInbound.Parse(BinaryData.FromString(body), "SubscriptionValidation");

        Assert.Equal([new InboundEvent.SubscriptionValidation("512d38b6-c7b8-40c8-89fe-f46f9e9622b6")], events);
    }

    [Fact]
    public void ValidationResponse_IsTheJsonEventGridExpects()
    {
        var json = EventGridInbound.ValidationResponse("512d38b6-c7b8-40c8-89fe-f46f9e9622b6");

        Assert.Equal("""{"validationResponse":"512d38b6-c7b8-40c8-89fe-f46f9e9622b6"}""", json);
    }

    [Fact]
    public void ValidationResponse_CodeWithQuotes_StaysValidJson()
    {
        using var parsed = JsonDocument.Parse(EventGridInbound.ValidationResponse("a\"b\\c"));

        Assert.Equal("a\"b\\c", parsed.RootElement.GetProperty("validationResponse").GetString());
    }

    [Fact]
    public void Parse_SmsReceivedCamelCase_YieldsTheReply()
    {
        var body = SmsReceived("""{"messageId":"Incoming_20261201020304-1","from":"+8613812345678","to":"+18005550100","message":"1","receivedTimestamp":"2026-12-01T02:03:04.32Z"}""");

        var events = EventGridInbound.Parse(BinaryData.FromString(body), "Notification");

        Assert.Equal(
            [new InboundEvent.SmsReceived("evt-1", "Incoming_20261201020304-1", "+8613812345678", "+18005550100", "1", new DateTimeOffset(2026, 12, 1, 2, 3, 4, 320, TimeSpan.Zero))],
            events);
    }

    [Fact]
    public void Parse_SmsReceivedPascalCaseWithoutPlus_IsNormalised()
    {
        var body = SmsReceived("""{"MessageId":"Incoming_2","From":"8613812345678","To":"0018005550100","Message":"已安排维修，明天上午到场","ReceivedTimestamp":"2026-12-01T10:03:04+08:00"}""");

        var received = Assert.IsType<InboundEvent.SmsReceived>(Assert.Single(EventGridInbound.Parse(BinaryData.FromString(body), null)));

        Assert.Equal(("+8613812345678", "+18005550100", "已安排维修，明天上午到场"), (received.From, received.To, received.Message));
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 2, 3, 4, TimeSpan.Zero), received.ReceivedAt);
    }

    [Fact]
    public void Parse_SmsReceivedWithoutReceivedTimestamp_FallsBackToEventTime()
    {
        var body = SmsReceived("""{"messageId":"Incoming_3","from":"+8613812345678","to":"+18005550100","message":""}""");

        var received = Assert.IsType<InboundEvent.SmsReceived>(Assert.Single(EventGridInbound.Parse(BinaryData.FromString(body), null)));

        Assert.Equal(new DateTimeOffset(2026, 12, 1, 2, 3, 5, TimeSpan.Zero), received.ReceivedAt);
        Assert.Equal(string.Empty, received.Message);
    }

    [Fact]
    public void Parse_DeliveryReport_YieldsStatusAndTheOutboxTag()
    {
        var body = $$"""
            [{"id":"evt-9","topic":"{{Topic}}","subject":"/phonenumber/18005550100",
              "data":{"MessageId":"Outgoing_0001","From":"18005550100","To":"+8613812345678","DeliveryStatus":"Delivered","DeliveryStatusDetails":"No error.",
                      "ReceivedTimestamp":"2026-12-01T02:03:10.2855749Z","DeliveryAttempts":[{"Timestamp":"2026-12-01T02:03:09Z","SegmentsSucceeded":1,"SegmentsFailed":0}],
                      "Tag":"HL-20261201-0001/out-000003"},
              "eventType":"Microsoft.Communication.SMSDeliveryReportReceived","dataVersion":"1.0","metadataVersion":"1","eventTime":"2026-12-01T02:03:11Z"}]
            """;

        var report = Assert.IsType<InboundEvent.SmsDeliveryReport>(Assert.Single(EventGridInbound.Parse(BinaryData.FromString(body), "Notification")));

        Assert.Equal(
            new InboundEvent.SmsDeliveryReport("evt-9", "Outgoing_0001", "+18005550100", "+8613812345678", "Delivered", "No error.", "HL-20261201-0001/out-000003", DateTimeOffset.Parse("2026-12-01T02:03:10.2855749Z", System.Globalization.CultureInfo.InvariantCulture)),
            report);
    }

    [Fact]
    public void Parse_BatchWithOtherEvents_IgnoresThoseAndKeepsOrder()
    {
        var sms = """{"id":"evt-1","data":{"messageId":"Incoming_4","from":"+8613812345678","to":"+18005550100","message":"2"},"eventType":"Microsoft.Communication.SMSReceived","eventTime":"2026-12-01T02:03:05Z"}""";
        var other = """{"id":"evt-2","data":{},"eventType":"Microsoft.Communication.ChatMessageReceived","eventTime":"2026-12-01T02:03:05Z"}""";

        var events = EventGridInbound.Parse(BinaryData.FromString($"[{other},{sms}]"), "Notification");

        Assert.Equal(new InboundEvent.Ignored("Microsoft.Communication.ChatMessageReceived"), events[0]);
        Assert.IsType<InboundEvent.SmsReceived>(events[1]);
    }

    [Fact]
    public void Parse_ValidationEventArrivingAsNotification_IsIgnoredNotEchoed()
    {
        var body = """[{"id":"x","data":{"validationCode":"c"},"eventType":"Microsoft.EventGrid.SubscriptionValidationEvent","eventTime":"2026-12-01T02:03:04Z"}]""";

        Assert.Equal([new InboundEvent.Ignored("Microsoft.EventGrid.SubscriptionValidationEvent")], EventGridInbound.Parse(BinaryData.FromString(body), "Notification"));
    }

    [Theory]
    [InlineData("{not json", "body")]
    [InlineData("42", "body")]
    [InlineData("[42]", "body")]
    [InlineData("""[{"id":"e","data":{}}]""", "eventType")]
    [InlineData("""[{"id":"e","eventType":"Microsoft.Communication.SMSReceived","eventTime":"2026-12-01T02:03:05Z"}]""", "data")]
    [InlineData("""[{"data":{"messageId":"m","from":"+1","to":"+2","message":"x"},"eventType":"Microsoft.Communication.SMSReceived","eventTime":"2026-12-01T02:03:05Z"}]""", "id")]
    [InlineData("""[{"id":"e","data":{"from":"+1","to":"+2","message":"x"},"eventType":"Microsoft.Communication.SMSReceived","eventTime":"2026-12-01T02:03:05Z"}]""", "data.messageId")]
    [InlineData("""[{"id":"e","data":{"messageId":"m","from":"--","to":"+2","message":"x"},"eventType":"Microsoft.Communication.SMSReceived","eventTime":"2026-12-01T02:03:05Z"}]""", "data.from")]
    [InlineData("""[{"id":"e","data":{"messageId":"m","from":"+1","to":"+2","message":{"text":"x"}},"eventType":"Microsoft.Communication.SMSReceived","eventTime":"2026-12-01T02:03:05Z"}]""", "data.message")]
    [InlineData("""[{"id":"e","data":{"messageId":"m","from":"+1","to":"+2","message":"x","receivedTimestamp":"yesterday"},"eventType":"Microsoft.Communication.SMSReceived"}]""", "data.receivedTimestamp")]
    [InlineData("""[{"id":"e","data":{"messageId":"m","from":"+1","to":"+2","message":"x"},"eventType":"Microsoft.Communication.SMSReceived"}]""", "data.receivedTimestamp")]
    [InlineData("""[{"id":"e","data":{"messageId":"m","to":"+2"},"eventType":"Microsoft.Communication.SMSDeliveryReportReceived"}]""", "data.deliveryStatus")]
    [InlineData("""[{"id":"e","data":{},"eventType":"Microsoft.EventGrid.SubscriptionValidationEvent"}]""", "data.validationCode")]
    public void Parse_Malformed_ThrowsInboundFormatExceptionNamingTheField(string body, string field)
    {
        var error = Assert.Throws<InboundFormatException>(() => EventGridInbound.Parse(BinaryData.FromString(body), null));

        Assert.Equal(field, error.Field);
        Assert.IsAssignableFrom<FormatException>(error);
    }

    [Fact]
    public void Parse_ValidationHeaderWithoutValidationEvent_IsMalformed()
    {
        var body = SmsReceived("""{"messageId":"m","from":"+1","to":"+2","message":"x"}""");

        var error = Assert.Throws<InboundFormatException>(() => EventGridInbound.Parse(BinaryData.FromString(body), "SubscriptionValidation"));

        Assert.Equal("eventType", error.Field);
    }

    private static string SmsReceived(string data) => $$"""
        [{"id":"evt-1","topic":"{{Topic}}","subject":"/phonenumber/18005550100","data":{{data}},
          "eventType":"Microsoft.Communication.SMSReceived","dataVersion":"1.0","metadataVersion":"1","eventTime":"2026-12-01T02:03:05Z"}]
        """;
}
