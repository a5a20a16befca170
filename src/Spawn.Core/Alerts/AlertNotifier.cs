using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Aws;
using Spawn.Diagnostics;
using Spawn.Sns;

namespace Spawn.Alerts
{
    /// <summary>Delivers one message to each target of an alert and says which took it; one failing target does not stop the others.</summary>
    internal sealed class AlertNotifier
    {
        private static readonly Regex TopicArn = new Regex(
            @"\Aarn:aws(?:-[a-z]+)*:sns:([a-z]{2}(?:-[a-z]+)+-\d):(\d{12}):[A-Za-z0-9_-]{1,256}\z", RegexOptions.CultureInvariant);

        private readonly AwsContext _context;
        private readonly WebhookCipher _cipher;
        private readonly WebhookSender _sender;
        private readonly IOperationLog _log;

        public AlertNotifier(AwsContext context, WebhookCipher cipher, WebhookSender sender, IOperationLog log)
        {
            _context = context;
            _cipher = cipher;
            _sender = sender;
            _log = log;
        }

        /// <summary>The region of a topic ARN, or a refusal for anything that is not one.</summary>
        public static string TopicRegion(string arn)
        {
            var match = TopicArn.Match(arn ?? "");
            if (!match.Success)
            {
                throw new SpawnValidationException("AlertSnsTopicInvalid",
                    $"'{arn}' is not an SNS topic ARN (arn:aws:sns:<region>:<account>:<topic>).", arn);
            }
            return match.Groups[1].Value;
        }

        public async Task<(List<string> Delivered, List<string> Failed)> DeliverAsync(AlertDefinition alert, AlertMessage message,
            CancellationToken cancellationToken)
        {
            var delivered = new List<string>();
            var failed = new List<string>();
            foreach (var target in alert.Targets)
            {
                try
                {
                    await DeliverAsync(alert, target, message, cancellationToken).ConfigureAwait(false);
                    delivered.Add(target.ToString());
                    _log.Verbose($"Alert '{alert.Name}' sent to {target}.");
                }
                catch (Exception e) when (!(e is OperationCanceledException && cancellationToken.IsCancellationRequested))
                {
                    var error = AwsErrorTranslator.Translate(e);
                    failed.Add($"{target}: {error.ErrorId}");
                    _log.Warning($"Alert '{alert.Name}' was not delivered to {target}: {error.ErrorId}. {error.Message}");
                }
            }
            return (delivered, failed);
        }

        private async Task DeliverAsync(AlertDefinition alert, AlertTarget target, AlertMessage message, CancellationToken cancellationToken)
        {
            if (target.Kind == SpawnAlertTargetKind.Sns)
            {
                var region = TopicRegion(target.Destination);
                using var regional = region == _context.RegionName ? null : _context.ForRegion(region);
                await (regional ?? _context).Sns.PublishAsync(new PublishRequest
                {
                    TopicArn = target.Destination,
                    Subject = message.Subject,
                    Message = message.Text,
                }, cancellationToken).ConfigureAwait(false);
                return;
            }
            var url = await _cipher.DecryptAsync(alert.Name, alert.KmsKeyId ?? "", target.Ciphertext!, cancellationToken).ConfigureAwait(false);
            var body = target.Kind == SpawnAlertTargetKind.Slack ? message.SlackJson : message.Json;
            await _sender.SendAsync(url, body, cancellationToken).ConfigureAwait(false);
        }
    }
}
