using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Alerts;
using Spawn.Aws;
using Spawn.Tests.Infrastructure;
using Spawn.Tests.Pricing;
using Xunit;

namespace Spawn.Tests.Alerts
{
    /// <summary>
    /// Cost estimates of Invoke-SpawnAlertCheck: EC2, DynamoDB and SNS in moto; the Pricing API, which moto does not serve,
    /// from a local stand-in that answers with price list documents or AWS errors.
    /// </summary>
    [Collection(MotoCollection.Name)]
    public sealed class AlertCostTests
    {
        private const string AccessDenied =
            "{\"__type\":\"AccessDeniedException\",\"Message\":\"User is not authorized to perform: pricing:GetProducts\"}";

        private readonly MotoServer _moto;

        public AlertCostTests(MotoServer moto)
        {
            _moto = moto;
        }

        [Fact]
        public async Task Auto_PricesFromThePricingApi_WithItsPublicationDate_StorageIncluded()
        {
            using var fake = new FakeAwsEndpoint();
            fake.Answer(200, PriceListDocuments.Page(null, PriceListDocuments.Compute("t3.micro", MotoServer.Region, "1.5000000000", "2026-11-20T18:03:11Z")));
            fake.Answer(200, PriceListDocuments.Page(null, PriceListDocuments.Storage("gp2", MotoServer.Region, "0.2000000000", "2026-11-18T09:00:00Z")));
            using var context = TestContext.Split(_moto, AwsService.Pricing, fake.Endpoint);
            // Two years old: moto attaches an 8 GiB gp2 root volume, 8 × $0.20 × 24 months = $38.40 of storage; compute is
            // seconds at $1.50/h (moto's launch time is now).
            var (name, _) = await CostAlertAsync(context, 10, DateTime.UtcNow.AddDays(-730));

            var result = Assert.Single(await new AlertChecker(context, new RecordingLog()).CheckAsync(n => n == name, send: false, CancellationToken.None));

            Assert.Equal(("CostAbove", "WouldFire"), (result.Condition, result.State));
            Assert.InRange(result.EstimatedCost!.Value, 38.3m, 39.5m);
            Assert.Equal(SpawnPriceSource.PricingApi, result.PriceSource);
            Assert.Equal("2026-11-18", result.PricesAsOf); // the older of the two prices
            Assert.StartsWith("estimated cost $38.", result.Detail);
            Assert.Contains(" = t3.micro × 0.0 h at $1.50/h + 8 GiB EBS $38.", result.Detail);
            Assert.Contains("(prices: AWS Pricing API, 2026-11-18)", result.Detail);
            Assert.Equal(2, fake.Requests.Count);
            var compute = Filters(fake.Requests[0]);
            Assert.Equal("t3.micro", compute["instanceType"]);
            Assert.Equal(MotoServer.Region, compute["regionCode"]);
            Assert.Equal(("Linux", "Shared", "NA", "Used"), (compute["operatingSystem"], compute["tenancy"], compute["preInstalledSw"], compute["capacitystatus"]));
            Assert.Equal(("gp2", "Storage"), (Filters(fake.Requests[1])["volumeApiName"], Filters(fake.Requests[1])["productFamily"]));
            SigV4Check.AssertSigned(fake.Requests[0], "us-east-1", "pricing");
        }

        [Fact]
        public async Task Auto_FallsBackToTheTable_WhenThePricingApiRefuses_AndAsksItOncePerCheck()
        {
            using var fake = new FakeAwsEndpoint();
            fake.Answer(400, AccessDenied);
            using var context = TestContext.Split(_moto, AwsService.Pricing, fake.Endpoint);
            var (name, group) = await CostAlertAsync(context, 10, DateTime.UtcNow.AddDays(-730));
            AlertFixture.Instance(_moto, group, DateTime.UtcNow.AddDays(-730), instanceType: "m5.large");
            var log = new RecordingLog();

            var results = await new AlertChecker(context, log).CheckAsync(n => n == name, send: false, CancellationToken.None);

            Assert.Equal(2, results.Count);
            Assert.All(results, r => Assert.Equal((SpawnPriceSource?)SpawnPriceSource.PriceTable, r.PriceSource));
            Assert.All(results, r => Assert.Equal(PriceTable.Shipped.AsOf, r.PricesAsOf));
            Assert.All(results, r => Assert.Contains($"(prices: Spawn's price table, {PriceTable.Shipped.AsOf})", r.Detail));
            // gp2 at the table's $0.10: 8 × 0.10 × 24 ≈ $19.20 each.
            Assert.All(results, r => Assert.InRange(r.EstimatedCost!.Value, 19m, 20m));
            Assert.Single(fake.Requests);
            Assert.Contains(log.Messages, m => m.StartsWith("The AWS Pricing API could not be read (AwsAccessDenied)", StringComparison.Ordinal));
            Assert.DoesNotContain(log.Messages, m => m.Contains(MotoServer.SecretKey, StringComparison.Ordinal));
        }

        [Fact]
        public async Task PricingApiOnly_WhenTheApiFails_CostIsUnknown_AndWhatFiredDoesNotClear()
        {
            using var fake = new FakeAwsEndpoint();
            fake.Answer(400, AccessDenied);
            using var context = TestContext.Split(_moto, AwsService.Pricing, fake.Endpoint);
            var (name, _) = await CostAlertAsync(context, 10, DateTime.UtcNow.AddDays(-730));
            var fired = Assert.Single(await new AlertChecker(context, new RecordingLog(), SpawnPriceSource.PriceTable)
                .CheckAsync(n => n == name, send: true, CancellationToken.None));
            Assert.Equal("Fired", fired.State);
            Assert.Empty(fake.Requests);

            var unknown = Assert.Single(await new AlertChecker(context, new RecordingLog(), SpawnPriceSource.PricingApi)
                .CheckAsync(n => n == name, send: true, CancellationToken.None));

            Assert.Equal("Unknown", unknown.State);
            Assert.Equal("no cost estimate: the AWS Pricing API could not be read (AwsAccessDenied) (fired before; not cleared)", unknown.Detail);
            Assert.Null(unknown.EstimatedCost);
            Assert.Null(unknown.PriceSource);
            Assert.Single((await new AlertStore(context, new RecordingLog()).GetAsync(name, CancellationToken.None))!.Fired);
        }

        [Fact]
        public async Task AnInstanceTypeNoListPrices_IsUnknown_WithEachListsReason()
        {
            using var fake = new FakeAwsEndpoint();
            fake.Answer(200, PriceListDocuments.Page(null));
            using var context = TestContext.Split(_moto, AwsService.Pricing, fake.Endpoint);
            var group = AlertFixture.Unique("cost");
            var instance = AlertFixture.Instance(_moto, group, DateTime.UtcNow.AddDays(-1), instanceType: "x2iedn.32xlarge");
            var name = await CreateAsync(context, group, 10);

            var result = Assert.Single(await new AlertChecker(context, new RecordingLog()).CheckAsync(n => n == name, send: false, CancellationToken.None));

            Assert.Equal(("Unknown", instance), (result.State, result.InstanceId));
            Assert.Equal($"no cost estimate: the AWS Pricing API has no on-demand Linux price for x2iedn.32xlarge in {MotoServer.Region}; "
                + $"Spawn's price table of {PriceTable.Shipped.AsOf} has no on-demand Linux price for x2iedn.32xlarge in {MotoServer.Region}", result.Detail);
        }

        [Fact]
        public async Task NoPriceIsLookedUp_WithThePriceTableOnly_OrWithoutCostAlerts()
        {
            using var fake = new FakeAwsEndpoint();
            using var context = TestContext.Split(_moto, AwsService.Pricing, fake.Endpoint);
            var (name, group) = await CostAlertAsync(context, 10, DateTime.UtcNow.AddDays(-730));
            var olderThan = AlertFixture.Unique("old");
            await new AlertService(context, new RecordingLog()).CreateAsync(new AlertChange
            {
                Name = olderThan, OlderThanHours = 1, SnsTopicArn = AlertFixture.TopicWithQueue(_moto).TopicArn,
                Tags = new Dictionary<string, string> { ["spawn:test"] = group },
            }, CancellationToken.None);

            var table = Assert.Single(await new AlertChecker(context, new RecordingLog(), SpawnPriceSource.PriceTable)
                .CheckAsync(n => n == name, send: false, CancellationToken.None));
            var old = Assert.Single(await new AlertChecker(context, new RecordingLog()).CheckAsync(n => n == olderThan, send: false, CancellationToken.None));

            Assert.Equal(SpawnPriceSource.PriceTable, table.PriceSource);
            Assert.Equal("OlderThan", old.Condition);
            Assert.Null(old.EstimatedCost);
            Assert.Empty(fake.Requests);
        }

        [Fact]
        public async Task RecordedRunHours_AreAddedToTheCurrentRunPeriod()
        {
            using var context = TestContext.For(_moto);
            var group = AlertFixture.Unique("hours");
            var instance = AlertFixture.Instance(_moto, group, DateTime.UtcNow);
            AlertFixture.Tag(_moto, instance, "spawn:run-hours", "100.00@2020-01-01T00:00:00Z");
            var name = await CreateAsync(context, group, 1);

            var result = Assert.Single(await new AlertChecker(context, new RecordingLog(), SpawnPriceSource.PriceTable)
                .CheckAsync(n => n == name, send: false, CancellationToken.None));

            // 100 recorded hours × $0.0104 (t3.micro in the table), plus seconds of the current period and of storage.
            Assert.Equal("WouldFire", result.State);
            Assert.InRange(result.EstimatedCost!.Value, 1.03m, 1.06m);
            Assert.Contains(" = t3.micro × 100.0 h at $0.0104/h", result.Detail);
        }

        [Fact]
        public async Task AStopOutsideSpawn_IsRecordedInRunHoursByACheck_ButNotByWhatIf()
        {
            using var context = TestContext.For(_moto);
            var group = AlertFixture.Unique("stopped");
            var instance = AlertFixture.Instance(_moto, group, DateTime.UtcNow);
            var name = await CreateAsync(context, group, 1000);
            AwsCli.Run(_moto, "ec2", "stop-instances", "--instance-ids", instance);
            var checker = new AlertChecker(context, new RecordingLog(), SpawnPriceSource.PriceTable);

            Assert.Empty(await checker.CheckAsync(n => n == name, send: false, CancellationToken.None));
            Assert.Null(TagValue(instance, "spawn:run-hours"));

            Assert.Empty(await checker.CheckAsync(n => n == name, send: true, CancellationToken.None));
            var launched = AwsCli.Json(_moto, "ec2", "describe-instances", "--instance-ids", instance)
                .GetProperty("Reservations")[0].GetProperty("Instances")[0].GetProperty("LaunchTime").GetDateTime();
            Assert.Matches(@"^0\.\d\d@" + System.Text.RegularExpressions.Regex.Escape(Spawn.Instances.SpawnTags.FormatTime(launched)) + "$",
                TagValue(instance, "spawn:run-hours"));
        }

        private string? TagValue(string instanceId, string key)
        {
            var tags = AwsCli.Json(_moto, "ec2", "describe-tags", "--filters", $"Name=resource-id,Values={instanceId}", $"Name=key,Values={key}")
                .GetProperty("Tags");
            return tags.GetArrayLength() == 0 ? null : tags[0].GetProperty("Value").GetString();
        }

        private async Task<(string Name, string Group)> CostAlertAsync(AwsContext context, decimal threshold, DateTime created)
        {
            var group = AlertFixture.Unique("cost");
            AlertFixture.Instance(_moto, group, created);
            return (await CreateAsync(context, group, threshold), group);
        }

        private async Task<string> CreateAsync(AwsContext context, string group, decimal threshold)
        {
            var name = AlertFixture.Unique("cost");
            await new AlertService(context, new RecordingLog()).CreateAsync(new AlertChange
            {
                Name = name, CostAbove = threshold, SnsTopicArn = AlertFixture.TopicWithQueue(_moto).TopicArn,
                Tags = new Dictionary<string, string> { ["spawn:test"] = group },
            }, CancellationToken.None);
            return name;
        }

        private static Dictionary<string, string> Filters(RecordedRequest request)
        {
            using var body = JsonDocument.Parse(request.Body);
            return body.RootElement.GetProperty("Filters").EnumerateArray().ToDictionary(
                f => f.GetProperty("Field").GetString()!, f => f.GetProperty("Value").GetString()!);
        }
    }
}
