using System;

namespace Spawn.Dns.Validation
{
    /// <summary>Ends a validation early: the chain is broken (Bogus) or provably ends (Insecure). Internal control flow only.</summary>
    internal sealed class ValidationOutcome : Exception
    {
        public ValidationOutcome(SpawnDnssecVerdict verdict, string reason)
            : base(reason)
        {
            Verdict = verdict;
        }

        public SpawnDnssecVerdict Verdict { get; }

        public static ValidationOutcome Bogus(string reason) => new ValidationOutcome(SpawnDnssecVerdict.Bogus, reason);

        public static ValidationOutcome Insecure(string reason) => new ValidationOutcome(SpawnDnssecVerdict.Insecure, reason);
    }
}
