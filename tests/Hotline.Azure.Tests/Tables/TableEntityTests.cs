using Hotline.Azure.Tables;

namespace Hotline.Azure.Tests.Tables;

public sealed class TableEntityTests
{
    [Theory]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("a#b")]
    [InlineData("a?b")]
    [InlineData("a\tb")]
    [InlineData("a\u007Fb")]
    [InlineData("a\u0085b")]
    public void Keys_ForbiddenCharacters_AreRejected(string key)
    {
        Assert.Throws<ArgumentException>(() => new TableEntity(key, "r"));
        Assert.Throws<ArgumentException>(() => new TableEntity("p", key));
    }

    [Fact]
    public void Keys_LongerThan1024Characters_AreRejected()
    {
        _ = new TableEntity(new string('k', 1024), "r");

        Assert.Throws<ArgumentException>(() => new TableEntity(new string('k', 1025), "r"));
    }

    [Fact]
    public void Keys_QuotesSpacesAndChinese_AreAccepted()
    {
        var entity = new TableEntity("O'Brien 投诉", "市民热线 2026");

        Assert.Equal("O'Brien 投诉", entity.PartitionKey);
        Assert.Equal("市民热线 2026", entity.RowKey);
    }

    [Fact]
    public void Keys_SetThroughIndexer_AreValidatedToo()
    {
        var entity = new TableEntity();

        Assert.Throws<ArgumentException>(() => entity["RowKey"] = "a/b");
        Assert.Throws<ArgumentException>(() => entity["PartitionKey"] = 42);
    }

    [Fact]
    public void Keys_Unset_ThrowOnRead()
    {
        Assert.Throws<InvalidOperationException>(() => new TableEntity().PartitionKey);
    }

    [Theory]
    [InlineData("Timestamp")]
    [InlineData("odata.etag")]
    [InlineData("Name@odata.type")]
    [InlineData("")]
    public void PropertyNames_ReservedOrEmpty_AreRejected(string name)
    {
        Assert.Throws<ArgumentException>(() => new TableEntity("p", "r") { [name] = "x" });
    }

    [Fact]
    public void Values_UnsupportedTypesAndNull_AreRejectedWhenSet()
    {
        var entity = new TableEntity("p", "r");

        Assert.Throws<ArgumentException>(() => entity["When"] = DateTime.UtcNow);
        Assert.Throws<ArgumentException>(() => entity["Amount"] = 1.5m);
        Assert.Throws<ArgumentNullException>(() => entity["Name"] = null!);
    }

    [Fact]
    public void TypedGetters_ReturnValueNullWhenAbsentAndThrowOnMismatch()
    {
        var at = new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8));
        var id = Guid.NewGuid();
        var entity = new TableEntity("p", "r")
        {
            ["S"] = "text", ["B"] = true, ["I"] = 7, ["L"] = 1L << 60, ["D"] = 2.5,
            ["T"] = at, ["G"] = id, ["X"] = new byte[] { 1, 2 },
        };

        Assert.Equal("text", entity.GetString("S"));
        Assert.True(entity.GetBoolean("B"));
        Assert.Equal(7, entity.GetInt32("I"));
        Assert.Equal(1L << 60, entity.GetInt64("L"));
        Assert.Equal(7L, entity.GetInt64("I"));
        Assert.Equal(2.5, entity.GetDouble("D"));
        Assert.Equal(7.0, entity.GetDouble("I"));
        Assert.Equal(at, entity.GetDateTimeOffset("T"));
        Assert.Equal(id, entity.GetGuid("G"));
        Assert.Equal(new byte[] { 1, 2 }, entity.GetBinary("X"));
        Assert.Null(entity.GetString("Missing"));
        Assert.Null(entity.GetInt64("Missing"));
        Assert.Throws<InvalidOperationException>(() => entity.GetInt32("L"));
        Assert.Throws<InvalidOperationException>(() => entity.GetString("I"));
    }

    [Fact]
    public void DictionaryConstructor_CopiesAndValidates()
    {
        var entity = new TableEntity(new Dictionary<string, object> { ["PartitionKey"] = "p", ["RowKey"] = "r", ["N"] = 1 });

        Assert.Equal(3, entity.Count);
        Assert.Throws<ArgumentException>(() => new TableEntity(new Dictionary<string, object> { ["N"] = 1.5f }));
    }
}
