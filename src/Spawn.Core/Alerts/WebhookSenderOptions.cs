using System;
using System.Security.Cryptography.X509Certificates;

namespace Spawn.Alerts
{
    /// <summary>Time-outs and retries of <see cref="WebhookSender"/>.</summary>
    public sealed class WebhookSenderOptions
    {
        /// <summary>Attempts in all; only time-outs and HTTP 5xx are tried again.</summary>
        public int MaxAttempts { get; set; } = 3;

        /// <summary>One attempt: connect, TLS, request and response headers.</summary>
        public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

        /// <summary>The wait before the second attempt; it doubles for each further one.</summary>
        public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

        // Test-only allowances. Internal, so neither the cmdlets nor the Lambda can set them (only the test
        // assembly sees Spawn.Core's internals): the tests' HTTPS receiver listens on loopback with its own certificate.
        internal bool AllowLoopback { get; set; }

        internal X509Certificate2? TrustedTestCertificate { get; set; }
    }
}
