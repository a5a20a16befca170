namespace Spawn
{
    /// <summary>
    /// Where cost estimates take on-demand prices from: the AWS Pricing API, the dated price table shipped with Spawn, or
    /// (Auto) the API where it answers and the table otherwise.
    /// </summary>
    public enum SpawnPriceSource
    {
        Auto,
        PricingApi,
        PriceTable,
    }
}
