using System.Linq;
using System.Text.Json;
using Xunit;

namespace Spawn.Tests.Audit
{
    /// <summary>
    /// The parts of the SARIF 2.1.0 schema (sarif-schema-2.1.0.json, OASIS) a Spawn log uses, checked by hand because the
    /// tests run offline: required properties, enum values and types of sarifLog, run, tool.driver, reportingDescriptor,
    /// result, message, location.logicalLocations, partialFingerprints, suppression and baselineState.
    /// </summary>
    public static class SarifShape
    {
        private static readonly string[] Levels = { "none", "note", "warning", "error" };
        private static readonly string[] Kinds = { "notApplicable", "pass", "fail", "review", "open", "informational" };
        private static readonly string[] BaselineStates = { "new", "unchanged", "updated", "absent" };
        private static readonly string[] SuppressionKinds = { "inSource", "external" };
        private static readonly string[] SuppressionStatus = { "accepted", "underReview", "rejected" };

        public static void AssertValid(string text, int expectedResults)
        {
            using var doc = JsonDocument.Parse(text);
            var log = doc.RootElement;
            Assert.Equal("2.1.0", log.GetProperty("version").GetString());
            Assert.Equal(JsonValueKind.String, log.GetProperty("$schema").ValueKind);
            var runs = log.GetProperty("runs");
            Assert.Equal(JsonValueKind.Array, runs.ValueKind);
            var run = runs[0];
            var driver = run.GetProperty("tool").GetProperty("driver");
            Assert.False(string.IsNullOrEmpty(driver.GetProperty("name").GetString()));
            var rules = driver.GetProperty("rules").EnumerateArray().ToList();
            Assert.All(rules, r =>
            {
                Assert.Equal(JsonValueKind.String, r.GetProperty("id").ValueKind);
                Assert.Equal(JsonValueKind.String, r.GetProperty("shortDescription").GetProperty("text").ValueKind);
                Assert.Contains(r.GetProperty("defaultConfiguration").GetProperty("level").GetString(), Levels);
            });
            var results = run.GetProperty("results").EnumerateArray().ToList();
            Assert.Equal(expectedResults, results.Count);
            Assert.All(results, r =>
            {
                Assert.Equal(JsonValueKind.String, r.GetProperty("message").GetProperty("text").ValueKind);
                var index = r.GetProperty("ruleIndex").GetInt32();
                Assert.Equal(rules[index].GetProperty("id").GetString(), r.GetProperty("ruleId").GetString());
                var kind = r.GetProperty("kind").GetString();
                Assert.Contains(kind, Kinds);
                var level = r.GetProperty("level").GetString();
                Assert.Contains(level, Levels);
                if (kind != "fail")
                {
                    Assert.Equal("none", level); // SARIF §3.27.10: level must be none unless kind is fail
                }
                foreach (var location in r.GetProperty("locations").EnumerateArray())
                {
                    foreach (var logical in location.GetProperty("logicalLocations").EnumerateArray())
                    {
                        Assert.Equal(JsonValueKind.String, logical.GetProperty("fullyQualifiedName").ValueKind);
                    }
                }
                Assert.All(r.GetProperty("partialFingerprints").EnumerateObject(), p => Assert.Equal(JsonValueKind.String, p.Value.ValueKind));
                if (r.TryGetProperty("baselineState", out var state))
                {
                    Assert.Contains(state.GetString(), BaselineStates);
                }
                if (r.TryGetProperty("suppressions", out var suppressions))
                {
                    Assert.All(suppressions.EnumerateArray(), x =>
                    {
                        Assert.Contains(x.GetProperty("kind").GetString(), SuppressionKinds);
                        Assert.Contains(x.GetProperty("status").GetString(), SuppressionStatus);
                    });
                }
            });
        }
    }
}
