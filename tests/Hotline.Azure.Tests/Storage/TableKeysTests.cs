using Azure.Data.Tables;
using Hotline.Azure.Storage;

namespace Hotline.Azure.Tests.Storage;

public sealed class TableKeysTests
{
    [Theory]
    [InlineData("20260302-0001")]
    [InlineData("engineering-head")]
    [InlineData("张三丰 3栋1201")]
    [InlineData("it's fine")]
    public void Validate_KeyTheServiceAccepts_IsReturnedAsItIs(string key) =>
        Assert.Same(key, TableKeys.Validate(key, "RowKey"));

    [Theory]
    [InlineData("a/b", "'/'")]
    [InlineData("a\\b", "'\\'")]
    [InlineData("a#b", "'#'")]
    [InlineData("a?b", "'?'")]
    [InlineData("a\nb", "U+000A")]
    [InlineData("a\u007Fb", "U+007F")]
    public void Validate_ForbiddenCharacter_ThrowsNamingIt(string key, string named)
    {
        var ex = Assert.Throws<ArgumentException>(() => TableKeys.Validate(key, "PartitionKey"));

        Assert.Equal("PartitionKey", ex.ParamName);
        Assert.Contains(named, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LengthLimit_IsOneKibibyteOfCharacters()
    {
        TableKeys.Validate(new string('k', 1024), "RowKey");

        var ex = Assert.Throws<ArgumentException>(() => TableKeys.Validate(new string('k', 1025), "RowKey"));
        Assert.Contains("1025", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Entity_ChecksBothKeys()
    {
        Assert.Equal("PartitionKey", Assert.Throws<ArgumentException>(() => TableKeys.Validate(new TableEntity("p/1", "r"))).ParamName);
        Assert.Equal("RowKey", Assert.Throws<ArgumentException>(() => TableKeys.Validate(new TableEntity("p", "r#1"))).ParamName);
    }
}
