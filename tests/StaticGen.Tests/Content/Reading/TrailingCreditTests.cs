using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

public sealed class TrailingCreditTests
{
    [Theory]
    [InlineData("Volunteers stack sandbags by the quarry bridge on Sunday. (The Valley Courier: Owen Brandt)", "Volunteers stack sandbags by the quarry bridge on Sunday.", "The Valley Courier: Owen Brandt")]
    [InlineData("The serial number is on a label under most of the pumps (Pumpworks)", "The serial number is on a label under most of the pumps", "Pumpworks")]
    [InlineData("A baker shapes loaves at the Millward bakery. Millward Foods", "A baker shapes loaves at the Millward bakery.", "Millward Foods")]
    [InlineData("Ana Ferreira at her loom in the old mill. Rui Barros for Thread & Needle", "Ana Ferreira at her loom in the old mill.", "Rui Barros for Thread & Needle")]
    public void A_caption_ending_in_its_source_without_a_label_is_split(string line, string caption, string credit)
    {
        Assert.Equal((caption, credit), TrailingCredit.Split(line));
    }

    [Theory]
    [InlineData("Inspectors from the Road Safety Board (RSB) check the bridge.")]
    [InlineData("Inspectors from the Road Safety Board check the bridge (RSB)")]
    [InlineData("Crews clear the road near the quarry on Monday.")]
    [InlineData("Crews clear the road. Hundreds of lorries waited.")]
    [InlineData("The mayor opened the road. Mayor Ann Hale.")]
    public void A_caption_without_a_source_at_its_end_is_not_split(string line)
    {
        Assert.Null(TrailingCredit.Split(line));
    }
}
