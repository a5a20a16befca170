using System.Collections.Generic;
using System.Linq;
using Spawn.Iam;
using Xunit;

namespace Spawn.Tests.Iam
{
    /// <summary>-IamPolicyFile: shape checks and the refusal of administrator grants unless forced.</summary>
    public sealed class PolicyDocumentTests
    {
        private const string Ok = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\"],\"Resource\":\"arn:aws:s3:::b/*\"}]}";

        [Theory]
        [InlineData("not json")]
        [InlineData("[]")]
        [InlineData("{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}")]
        [InlineData("{\"Version\":\"2008-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}")]
        [InlineData("{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}}")]
        [InlineData("{\"Version\":\"2012-10-17\",\"Statement\":[]}")]
        [InlineData("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Maybe\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}")]
        [InlineData("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Resource\":\"*\"}]}")]
        [InlineData("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\"}]}")]
        [InlineData("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"GetObject\",\"Resource\":\"*\"}]}")]
        [InlineData("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[],\"Resource\":\"*\"}]}")]
        [InlineData("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"NotAction\":\"s3:PutObject\",\"Resource\":\"*\"}]}")]
        [InlineData("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}")]
        public void Malformed_policies_are_refused(string json)
        {
            var e = Assert.Throws<SpawnValidationException>(() => PolicyDocument.Parse(json, "p.json"));
            Assert.Equal("IamPolicyFileInvalid", e.ErrorId);
            Assert.Contains("p.json", e.Message);
        }

        [Theory]
        [InlineData("\"*\"", "\"*\"", "* on *")]
        [InlineData("\"*:*\"", "[\"*\"]", "* on *")]
        [InlineData("\"iam:*\"", "\"*\"", "iam:* on *")]
        [InlineData("[\"s3:GetObject\",\"iam:PassRole\"]", "\"*\"", "iam:PassRole on *")]
        [InlineData("\"iam:Pass*\"", "\"*\"", "iam:PassRole on *")]
        public void Administrator_grants_are_refused_without_force(string action, string resource, string what)
        {
            var json = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":" + action + ",\"Resource\":" + resource + "}]}";
            var e = Assert.Throws<SpawnValidationException>(() => InstanceRolePolicy.From(new string[0], new Dictionary<string, IReadOnlyList<string>>(), json, "p.json", false, new List<string>()));
            Assert.Equal("IamPolicyTooBroad", e.ErrorId);
            Assert.Contains(what, e.Message);

            var warnings = new List<string>();
            Assert.NotNull(InstanceRolePolicy.From(new string[0], new Dictionary<string, IReadOnlyList<string>>(), json, "p.json", true, warnings));
            Assert.Contains(what, Assert.Single(warnings));
        }

        [Theory]
        [InlineData("{\"Effect\":\"Allow\",\"NotAction\":\"s3:*\",\"Resource\":\"*\"}")]
        [InlineData("{\"Effect\":\"Allow\",\"Action\":\"iam:*\",\"NotResource\":\"arn:aws:iam::1:role/x\"}")]
        public void NotAction_and_NotResource_count_as_all(string statement)
        {
            var json = "{\"Version\":\"2012-10-17\",\"Statement\":[" + statement + "]}";
            Assert.NotEmpty(PolicyDocument.Parse(json, "p").BroadGrants);
        }

        [Theory]
        [InlineData("{\"Effect\":\"Allow\",\"Action\":\"iam:PassRole\",\"Resource\":\"arn:aws:iam::123456789012:role/app\"}")]
        [InlineData("{\"Effect\":\"Allow\",\"Action\":\"iam:GetRole\",\"Resource\":\"*\"}")]
        [InlineData("{\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\"}")]
        [InlineData("{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}")]
        public void Narrower_grants_are_accepted(string statement)
        {
            var json = "{\"Version\":\"2012-10-17\",\"Statement\":[" + statement + "]}";
            Assert.Empty(PolicyDocument.Parse(json, "p").BroadGrants);
        }

        [Fact]
        public void A_file_is_merged_after_the_templates_in_one_canonical_document()
        {
            var policy = InstanceRolePolicy.From(new[] { "logs:Write" }, new Dictionary<string, IReadOnlyList<string>>(), Ok, "p.json", false, new List<string>())!;
            var rendered = policy.Render(new PolicyScope("aws", "us-east-1", "123456789012"));
            var statements = PolicyStatement.Parse(rendered);
            Assert.Equal(2, statements.Count);
            Assert.Equal("LogsWrite", statements[0].Sid);
            Assert.Equal(new[] { "s3:GetObject" }, statements[1].Actions.ToArray());
            Assert.Equal(PolicyJson.Canonicalize(rendered), rendered);
        }

        [Fact]
        public void An_oversized_policy_is_refused()
        {
            var statements = string.Join(",", Enumerable.Range(0, 200).Select(i => "{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::bucket-" + i + "/*\"}"));
            var json = "{\"Version\":\"2012-10-17\",\"Statement\":[" + statements + "]}";
            var e = Assert.Throws<SpawnValidationException>(() => InstanceRolePolicy.From(new string[0], new Dictionary<string, IReadOnlyList<string>>(), json, "p.json", false, new List<string>()));
            Assert.Equal("IamPolicyTooLarge", e.ErrorId);
        }
    }
}
