using Hotline.Azure.Sms;

namespace Hotline.Azure.Tests.Sms;

public sealed class NameBasedGuidTests
{
    [Fact]
    public void Create_DnsNamespaceVector_MatchesRfc4122Version5()
    {
        // Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        Assert.Equal(new Guid("886313e1-3b8a-5372-9b90-0c9aee199e5d"), NameBasedGuid.Create(dns, "python.org"));
    }

    [Fact]
    public void ForSmsOutbox_SameOutboxId_SameGuidEveryTime()
    {
        Assert.Equal(NameBasedGuid.ForSmsOutbox("HL-20261201-0001/out-000003"), NameBasedGuid.ForSmsOutbox("HL-20261201-0001/out-000003"));
    }

    [Fact]
    public void ForSmsOutbox_DifferentOutboxIds_DifferentGuids()
    {
        Assert.NotEqual(NameBasedGuid.ForSmsOutbox("HL-20261201-0001/out-000003"), NameBasedGuid.ForSmsOutbox("HL-20261201-0001/out-000004"));
    }

    [Fact]
    public void ForSmsOutbox_IsVersion5WithRfcVariant()
    {
        var text = NameBasedGuid.ForSmsOutbox("out-1").ToString("D");

        Assert.Equal('5', text[14]);
        Assert.Contains(text[19], "89ab");
    }
}
