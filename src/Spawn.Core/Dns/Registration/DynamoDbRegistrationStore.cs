using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Spawn.Dns.Registration
{
    /// <summary>
    /// The Lambda's state in one DynamoDB table with a string partition key <c>pk</c>:
    /// <c>name#&lt;fqdn&gt;</c> (owner, account, region), <c>instance#&lt;id&gt;</c> (newest pendingTime, epoch seconds) and
    /// <c>rate#&lt;counter&gt;</c> (count, expiresAt for DynamoDB TTL). Every write carries a condition, so the check and
    /// the write are one atomic step across concurrent invocations; reads are strongly consistent.
    /// </summary>
    public sealed class DynamoDbRegistrationStore : IRegistrationStore
    {
        private readonly IAmazonDynamoDB _dynamo;
        private readonly string _table;

        public DynamoDbRegistrationStore(IAmazonDynamoDB dynamo, string table)
        {
            _dynamo = dynamo;
            _table = table;
        }

        public async Task<NameOwner?> GetOwnerAsync(string fqdn, CancellationToken cancellationToken)
        {
            var response = await _dynamo.GetItemAsync(new GetItemRequest
            {
                TableName = _table,
                Key = Key("name#" + fqdn),
                ConsistentRead = true,
            }, cancellationToken).ConfigureAwait(false);
            var item = response.Item;
            return item == null || !item.ContainsKey("owner")
                ? null
                : new NameOwner(item["owner"].S, item["account"].S, item["region"].S);
        }

        public Task<bool> TryClaimAsync(string fqdn, NameOwner owner, string? expectedInstanceId, CancellationToken cancellationToken)
        {
            var request = new PutItemRequest
            {
                TableName = _table,
                Item = new Dictionary<string, AttributeValue>
                {
                    ["pk"] = S("name#" + fqdn),
                    ["owner"] = S(owner.InstanceId),
                    ["account"] = S(owner.AccountId),
                    ["region"] = S(owner.Region),
                },
            };
            if (expectedInstanceId == null)
            {
                request.ConditionExpression = "attribute_not_exists(pk)";
            }
            else
            {
                request.ConditionExpression = "#owner = :expected";
                request.ExpressionAttributeNames = new Dictionary<string, string> { ["#owner"] = "owner" };
                request.ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":expected"] = S(expectedInstanceId) };
            }
            return Conditional(_dynamo.PutItemAsync(request, cancellationToken));
        }

        public Task<bool> ReleaseAsync(string fqdn, string instanceId, CancellationToken cancellationToken) =>
            Conditional(_dynamo.DeleteItemAsync(new DeleteItemRequest
            {
                TableName = _table,
                Key = Key("name#" + fqdn),
                ConditionExpression = "#owner = :me",
                ExpressionAttributeNames = new Dictionary<string, string> { ["#owner"] = "owner" },
                ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":me"] = S(instanceId) },
            }, cancellationToken));

        public Task<bool> TryAdvancePendingTimeAsync(string instanceId, DateTimeOffset pendingTime, CancellationToken cancellationToken) =>
            Conditional(_dynamo.UpdateItemAsync(new UpdateItemRequest
            {
                TableName = _table,
                Key = Key("instance#" + instanceId),
                UpdateExpression = "SET pendingTime = :t",
                ConditionExpression = "attribute_not_exists(pendingTime) OR pendingTime <= :t",
                ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":t"] = N(pendingTime.ToUnixTimeSeconds()) },
            }, cancellationToken));

        public Task<bool> TryCountAsync(string counter, int limit, DateTimeOffset expires, CancellationToken cancellationToken) =>
            Conditional(_dynamo.UpdateItemAsync(new UpdateItemRequest
            {
                TableName = _table,
                Key = Key("rate#" + counter),
                UpdateExpression = "ADD #count :one SET expiresAt = if_not_exists(expiresAt, :expires)",
                ConditionExpression = "attribute_not_exists(#count) OR #count < :limit",
                ExpressionAttributeNames = new Dictionary<string, string> { ["#count"] = "count" },
                ExpressionAttributeValues = new Dictionary<string, AttributeValue>
                {
                    [":one"] = N(1),
                    [":limit"] = N(limit),
                    [":expires"] = N(expires.ToUnixTimeSeconds()),
                },
            }, cancellationToken));

        /// <summary>A failed condition is an answer (false), not an error; every other failure propagates.</summary>
        private static async Task<bool> Conditional(Task write)
        {
            try
            {
                await write.ConfigureAwait(false);
                return true;
            }
            catch (ConditionalCheckFailedException)
            {
                return false;
            }
        }

        private static Dictionary<string, AttributeValue> Key(string pk) => new Dictionary<string, AttributeValue> { ["pk"] = S(pk) };
        private static AttributeValue S(string value) => new AttributeValue { S = value };
        private static AttributeValue N(long value) => new AttributeValue { N = value.ToString(CultureInfo.InvariantCulture) };
    }
}
