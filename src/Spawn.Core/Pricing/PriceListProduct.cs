using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace Spawn.Pricing
{
    /// <summary>
    /// What Spawn reads from one price list document of GetProducts: the product's attributes, its on-demand USD price
    /// per unit, and the date the price list was published.
    /// </summary>
    public sealed class PriceListProduct
    {
        private PriceListProduct(IReadOnlyDictionary<string, string> attributes, decimal? onDemandUsd, string? unit, DateTime? published)
        {
            Attributes = attributes;
            OnDemandUsd = onDemandUsd;
            Unit = unit;
            Published = published;
        }

        public IReadOnlyDictionary<string, string> Attributes { get; }

        /// <summary>The on-demand price per <see cref="Unit"/>; null when the product has no single on-demand USD price.</summary>
        public decimal? OnDemandUsd { get; }

        /// <summary>"Hrs" for instances, "GB-Mo" for volumes.</summary>
        public string? Unit { get; }

        public DateTime? Published { get; }

        /// <exception cref="FormatException">The document is not a price list product.</exception>
        public static PriceListProduct Parse(string document)
        {
            try
            {
                using var json = JsonDocument.Parse(document);
                var root = json.RootElement;
                var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
                if (root.TryGetProperty("product", out var product) && product.TryGetProperty("attributes", out var values)
                    && values.ValueKind == JsonValueKind.Object)
                {
                    foreach (var attribute in values.EnumerateObject())
                    {
                        attributes[attribute.Name] = attribute.Value.ValueKind == JsonValueKind.String ? attribute.Value.GetString() ?? "" : attribute.Value.GetRawText();
                    }
                }
                var (price, unit) = OnDemand(root);
                DateTime? published = root.TryGetProperty("publicationDate", out var date) && date.ValueKind == JsonValueKind.String
                    && DateTime.TryParse(date.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed)
                    ? parsed
                    : (DateTime?)null;
                return new PriceListProduct(attributes, price, unit, published);
            }
            catch (JsonException e)
            {
                throw new FormatException("A GetProducts answer held a price list entry that is not JSON.", e);
            }
            catch (InvalidOperationException e)
            {
                throw new FormatException("A GetProducts answer held a price list entry of an unexpected shape.", e);
            }
        }

        /// <summary>
        /// terms.OnDemand.{offer}.priceDimensions.{rate}.pricePerUnit.USD. Spawn uses a product's price only when it has
        /// exactly one non-zero on-demand rate; tiered or several rates would need usage Spawn does not know.
        /// </summary>
        private static (decimal? Price, string? Unit) OnDemand(JsonElement root)
        {
            if (!root.TryGetProperty("terms", out var terms) || !terms.TryGetProperty("OnDemand", out var onDemand)
                || onDemand.ValueKind != JsonValueKind.Object)
            {
                return (null, null);
            }
            var rates = new List<(decimal, string?)>();
            foreach (var offer in onDemand.EnumerateObject())
            {
                if (!offer.Value.TryGetProperty("priceDimensions", out var dimensions) || dimensions.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }
                foreach (var dimension in dimensions.EnumerateObject())
                {
                    if (dimension.Value.TryGetProperty("pricePerUnit", out var perUnit) && perUnit.TryGetProperty("USD", out var usd)
                        && decimal.TryParse(usd.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) && amount > 0)
                    {
                        rates.Add((amount, dimension.Value.TryGetProperty("unit", out var unit) ? unit.GetString() : null));
                    }
                }
            }
            return rates.Count == 1 ? rates[0] : (null, null);
        }
    }
}
