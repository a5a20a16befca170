using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Spawn.Aws;
using Spawn.Diagnostics;

namespace Spawn.Alerts
{
    /// <summary>
    /// Alerts in the DynamoDB table spawn-alerts (in the context's region), keyed by name. The table is created on the
    /// first write, with server-side encryption under KMS; reads of a missing table see no alerts.
    /// </summary>
    public sealed class AlertStore
    {
        public const string TableName = "spawn-alerts";

        private readonly AwsContext _context;
        private readonly IOperationLog _log;

        public AlertStore(AwsContext context, IOperationLog log)
        {
            _context = context;
            _log = log;
        }

        public async Task CreateAsync(AlertDefinition alert, CancellationToken cancellationToken)
        {
            await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
            await PutAsync(alert, "attribute_not_exists(#n)", () => new SpawnException("AlertAlreadyExists", SpawnErrorKind.ResourceExists,
                $"An alert named '{alert.Name}' already exists; change it with Set-SpawnAlert.") { Target = alert.Name },
                cancellationToken).ConfigureAwait(false);
        }

        public Task ReplaceAsync(AlertDefinition alert, CancellationToken cancellationToken) =>
            PutAsync(alert, "attribute_exists(#n)", () => NotFound(alert.Name), cancellationToken);

        public async Task<AlertDefinition?> GetAsync(string name, CancellationToken cancellationToken)
        {
            try
            {
                var response = await _context.DynamoDb.GetItemAsync(new GetItemRequest
                {
                    TableName = TableName,
                    Key = Key(name),
                    ConsistentRead = true,
                }, cancellationToken).ConfigureAwait(false);
                return response.Item == null || response.Item.Count == 0 ? null : AlertItem.FromItem(response.Item);
            }
            catch (ResourceNotFoundException)
            {
                return null;
            }
        }

        /// <summary>Every alert, sorted by name (the table is scanned page by page).</summary>
        public async Task<IReadOnlyList<AlertDefinition>> ListAsync(CancellationToken cancellationToken)
        {
            var alerts = new List<AlertDefinition>();
            var request = new ScanRequest { TableName = TableName, ConsistentRead = true };
            try
            {
                do
                {
                    var page = await _context.DynamoDb.ScanAsync(request, cancellationToken).ConfigureAwait(false);
                    alerts.AddRange((page.Items ?? new List<Dictionary<string, AttributeValue>>()).Select(AlertItem.FromItem));
                    request.ExclusiveStartKey = page.LastEvaluatedKey;
                }
                while (request.ExclusiveStartKey != null && request.ExclusiveStartKey.Count > 0);
            }
            catch (ResourceNotFoundException)
            {
                return alerts;
            }
            return alerts.OrderBy(a => a.Name, StringComparer.Ordinal).ToList();
        }

        /// <summary>Records what has fired; an alert removed meanwhile stays removed.</summary>
        public async Task SaveFiredAsync(string name, IReadOnlyDictionary<string, DateTime> fired, CancellationToken cancellationToken)
        {
            try
            {
                await _context.DynamoDb.UpdateItemAsync(new UpdateItemRequest
                {
                    TableName = TableName,
                    Key = Key(name),
                    UpdateExpression = "SET #f = :f",
                    ConditionExpression = "attribute_exists(#n)",
                    ExpressionAttributeNames = new Dictionary<string, string> { ["#f"] = AlertItem.FiredKey, ["#n"] = AlertItem.NameKey },
                    ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":f"] = AlertItem.Fired(fired) },
                }, cancellationToken).ConfigureAwait(false);
            }
            catch (ConditionalCheckFailedException)
            {
                _log.Verbose($"Alert '{name}' was removed during the check; its state was not recorded.");
            }
        }

        public async Task DeleteAsync(string name, CancellationToken cancellationToken)
        {
            try
            {
                await _context.DynamoDb.DeleteItemAsync(new DeleteItemRequest
                {
                    TableName = TableName,
                    Key = Key(name),
                    ConditionExpression = "attribute_exists(#n)",
                    ExpressionAttributeNames = new Dictionary<string, string> { ["#n"] = AlertItem.NameKey },
                }, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is ConditionalCheckFailedException || e is ResourceNotFoundException)
            {
                throw NotFound(name);
            }
        }

        internal static SpawnException NotFound(string name) =>
            new SpawnException("AlertNotFound", SpawnErrorKind.ObjectNotFound, $"There is no alert named '{name}'.") { Target = name };

        private async Task PutAsync(AlertDefinition alert, string condition, Func<SpawnException> conflict, CancellationToken cancellationToken)
        {
            try
            {
                await _context.DynamoDb.PutItemAsync(new PutItemRequest
                {
                    TableName = TableName,
                    Item = AlertItem.ToItem(alert),
                    ConditionExpression = condition,
                    ExpressionAttributeNames = new Dictionary<string, string> { ["#n"] = AlertItem.NameKey },
                }, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is ConditionalCheckFailedException || e is ResourceNotFoundException)
            {
                throw conflict();
            }
        }

        private async Task EnsureTableAsync(CancellationToken cancellationToken)
        {
            try
            {
                var existing = await _context.DynamoDb.DescribeTableAsync(TableName, cancellationToken).ConfigureAwait(false);
                if (existing.Table.TableStatus == TableStatus.ACTIVE)
                {
                    return;
                }
            }
            catch (ResourceNotFoundException)
            {
                _log.Verbose($"Creating the DynamoDB table {TableName} in {_context.RegionName} (encrypted at rest with KMS).");
                try
                {
                    await _context.DynamoDb.CreateTableAsync(new CreateTableRequest
                    {
                        TableName = TableName,
                        AttributeDefinitions = new List<AttributeDefinition> { new AttributeDefinition(AlertItem.NameKey, ScalarAttributeType.S) },
                        KeySchema = new List<KeySchemaElement> { new KeySchemaElement(AlertItem.NameKey, KeyType.HASH) },
                        BillingMode = BillingMode.PAY_PER_REQUEST,
                        SSESpecification = new SSESpecification { Enabled = true, SSEType = SSEType.KMS },
                        Tags = new List<Tag> { new Tag { Key = "spawn:managed", Value = "true" } },
                    }, cancellationToken).ConfigureAwait(false);
                }
                catch (ResourceInUseException)
                {
                    // Another check or cmdlet created it at the same moment.
                }
            }
            for (var i = 0; i < 60; i++)
            {
                var table = await _context.DynamoDb.DescribeTableAsync(TableName, cancellationToken).ConfigureAwait(false);
                if (table.Table.TableStatus == TableStatus.ACTIVE)
                {
                    return;
                }
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
            }
            throw new SpawnException("AlertTableNotReady", SpawnErrorKind.InvalidOperation,
                $"The DynamoDB table {TableName} did not become active within a minute.");
        }

        private static Dictionary<string, AttributeValue> Key(string name) =>
            new Dictionary<string, AttributeValue> { [AlertItem.NameKey] = new AttributeValue { S = name } };
    }
}
