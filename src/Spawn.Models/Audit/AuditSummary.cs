using System;
using System.Collections.Generic;

namespace Spawn.Audit
{
    /// <summary>Closes every run: counts, coverage, collection errors and the exit code a scheduled job should use.</summary>
    public sealed class AuditSummary
    {
        public const int ExitClean = 0;
        public const int ExitFatal = 1;
        public const int ExitFailingFindings = 3;
        public const int ExitIncomplete = 4;

        public Guid ScanId { get; set; }
        public DateTimeOffset StartedAt { get; set; }
        public DateTimeOffset EndedAt { get; set; }
        public string ToolVersion { get; set; } = "";
        public string CatalogueVersion { get; set; } = "";
        public string? CallerArn { get; set; }
        public string[] Accounts { get; set; } = new string[0];
        public string[] Regions { get; set; } = new string[0];
        public string? Framework { get; set; }
        public AuditSeverity FailOnSeverity { get; set; }

        public int ChecksRun { get; set; }
        public int InstancesEvaluated { get; set; }
        public int Findings { get; set; }
        public IDictionary<string, int> ByStatus { get; set; } = new Dictionary<string, int>();

        /// <summary>Failing (not suppressed) findings by effective severity.</summary>
        public IDictionary<string, int> FailBySeverity { get; set; } = new Dictionary<string, int>();
        public IDictionary<string, int> ByChange { get; set; } = new Dictionary<string, int>();
        public int Failing { get; set; }
        public int Suppressed { get; set; }
        public string[] ExpiredSuppressions { get; set; } = new string[0];
        public string[] UnusedSuppressions { get; set; } = new string[0];
        public string? SuppressionFileHash { get; set; }

        /// <summary>Share of results that are not Error, in percent.</summary>
        public double CoveragePercent { get; set; }
        public IList<AuditCollectionError> Errors { get; set; } = new List<AuditCollectionError>();

        /// <summary>AWS requests made (each page counts; SDK retries do not), by API.</summary>
        public int AwsRequests { get; set; }
        public IDictionary<string, int> AwsRequestsByApi { get; set; } = new Dictionary<string, int>();

        /// <summary>0 clean, 3 failing findings at or above FailOnSeverity, 4 incomplete scan, 1 fatal error.</summary>
        public int ExitCode { get; set; }
    }

    /// <summary>One API call the audit could not make; the checks that needed it report Error.</summary>
    public sealed class AuditCollectionError
    {
        public string Account { get; set; } = "";
        public string Region { get; set; } = "";
        public string Action { get; set; } = "";
        public string ErrorId { get; set; } = "";
        public string Message { get; set; } = "";
        public string? Resource { get; set; }
    }
}
