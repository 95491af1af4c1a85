using ActorGraph.Core.ReferenceData;

namespace ActorGraph.Core.Tests.ReferenceData;

public sealed class GivenNamesTests
{
    [Theory]
    [InlineData("michael pompeo", "mike pompeo")]
    [InlineData("mike pompeo", "michael pompeo")]
    [InlineData("joe biden", "joseph biden")]
    public void Variants_WriteTheFirstNameTheOtherWay(string name, string variant) =>
        Assert.Contains(variant, GivenNames.Default.Variants(name));

    [Theory]
    [InlineData("pompeo")]
    [InlineData("wang yi")]
    [InlineData("")]
    public void Variants_OfOneWordOrAnUnknownGivenName_AreNone(string name) =>
        Assert.Empty(GivenNames.Default.Variants(name));

    [Fact]
    public void Variants_OfAShortFormInTwoGroups_AreEveryFullForm()
    {
        var names = new GivenNames([["anthony", "tony"], ["antony", "tony"]]);
        Assert.Equal(["anthony blinken", "antony blinken"], names.Variants("tony blinken"));
    }
}
