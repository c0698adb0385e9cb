using Hotline.Azure.Tables;

namespace Hotline.Azure.Tests.Tables;

public sealed class TableQueryFilterTests
{
    [Fact]
    public void Strings_AreQuotedWithSingleQuotesDoubled()
    {
        var name = "O'Brien' or true or 'x";

        Assert.Equal("Name eq 'O''Brien'' or true or ''x'", TableClient.CreateQueryFilter($"Name eq {name}"));
    }

    [Fact]
    public void TypedValues_UseODataLiterals()
    {
        var at = new DateTimeOffset(2026, 11, 22, 18, 0, 0, 123, TimeSpan.FromHours(8));
        var id = new Guid("b1c2d3e4-0000-4000-8000-000000000001");

        var filter = TableClient.CreateQueryFilter(
            $"A eq {42} and B eq {9_007_199_254_740_993L} and C eq {true} and D ge {at} and E eq {id} and F lt {2.0} and G eq {new byte[] { 0xAB, 0x01 }}");

        Assert.Equal(
            "A eq 42 and B eq 9007199254740993L and C eq true and D ge datetime'2026-11-22T10:00:00.1230000Z' " +
            "and E eq guid'b1c2d3e4-0000-4000-8000-000000000001' and F lt 2.0 and G eq X'AB01'",
            filter);
    }

    [Fact]
    public void UnsupportedArgument_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => TableClient.CreateQueryFilter($"A eq {1.5m}"));
        Assert.Throws<ArgumentException>(() => TableClient.CreateQueryFilter($"A eq {double.NaN}"));
    }
}
