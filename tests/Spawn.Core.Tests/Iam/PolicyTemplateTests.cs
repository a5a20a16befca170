using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Spawn.Iam;
using Xunit;

namespace Spawn.Tests.Iam
{
    /// <summary>The shipped templates: least privilege, scoped to the launch, and rendered exactly.</summary>
    public sealed class PolicyTemplateTests
    {
        private static readonly PolicyScope Scope = new PolicyScope("aws", "eu-west-1", "123456789012");

        public static IEnumerable<object[]> Names => PolicyTemplateCatalogue.All.Select(t => new object[] { t.Name });

        [Fact]
        public void The_required_templates_ship()
        {
            var names = PolicyTemplateCatalogue.All.Select(t => t.Name).ToList();
            Assert.Subset(names.ToHashSet(), new HashSet<string>
            {
                "s3:ReadOnly", "s3:ReadWrite", "dynamodb:ReadOnly", "dynamodb:ReadWrite", "secretsmanager:ReadOnly",
                "ssm:ReadOnly", "logs:Write", "cloudwatch:PutMetrics", "ecr:ReadOnly",
            });
        }

        [Theory]
        [MemberData(nameof(Names))]
        public void No_template_grants_iam_tagging_stopping_terminating_or_wildcard_actions(string name)
        {
            var statements = PolicyStatement.Parse(Render(name));
            foreach (var forbidden in new[] { "iam:PassRole", "iam:CreateRole", "ec2:CreateTags", "ec2:StopInstances", "ec2:TerminateInstances", "s3:PutObjectAcl", "s3:PutBucketPolicy" })
            {
                Assert.DoesNotContain(statements, s => s.Grants(forbidden));
            }
            Assert.All(statements, s => Assert.DoesNotContain(s.Actions, a => a.Contains('*')));
            Assert.All(statements, s => Assert.False(s.NotAction || s.NotResource));
        }

        [Theory]
        [MemberData(nameof(Names))]
        public void Every_statement_is_scoped_to_the_account_and_region_or_by_condition(string name)
        {
            var json = Render(name);
            Assert.DoesNotContain("${", json);
            foreach (var statement in Statements(json))
            {
                var text = statement.GetRawText();
                var resources = statement.GetProperty("Resource");
                var onAll = resources.ValueKind == JsonValueKind.String && resources.GetString() == "*";
                // A resource-less action (PutMetricData, GetAuthorizationToken) must carry a region condition instead.
                Assert.True(onAll ? text.Contains("\"aws:RequestedRegion\":\"eu-west-1\"") : text.Contains("123456789012"), text);
            }
        }

        [Fact]
        public void S3_is_scoped_to_named_buckets_and_the_account_by_condition()
        {
            var json = Render("s3:ReadOnly", "my-bucket", "logs.example");
            var statement = Assert.Single(Statements(json));
            Assert.Equal(new[] { "arn:aws:s3:::my-bucket", "arn:aws:s3:::logs.example", "arn:aws:s3:::my-bucket/*", "arn:aws:s3:::logs.example/*" },
                statement.GetProperty("Resource").EnumerateArray().Select(r => r.GetString()));
            Assert.Equal("123456789012", statement.GetProperty("Condition").GetProperty("StringEquals").GetProperty("s3:ResourceAccount").GetString());
        }

        [Fact]
        public void Unscoped_dynamodb_means_every_table_of_the_account_in_the_region()
        {
            var statement = Assert.Single(Statements(Render("dynamodb:ReadOnly")));
            Assert.Contains("arn:aws:dynamodb:eu-west-1:123456789012:table/*", statement.GetProperty("Resource").EnumerateArray().Select(r => r.GetString()));
        }

        [Fact]
        public void PutMetricData_is_scoped_by_namespace_and_never_to_aws_namespaces()
        {
            var condition = Assert.Single(Statements(Render("cloudwatch:PutMetrics", "MyApp"))).GetProperty("Condition");
            Assert.Equal("MyApp", condition.GetProperty("StringLike").GetProperty("cloudwatch:namespace").GetString());
            Assert.Equal("AWS/*", condition.GetProperty("StringNotLike").GetProperty("cloudwatch:namespace").GetString());
            var two = Assert.Single(Statements(Render("cloudwatch:PutMetrics", "A", "B"))).GetProperty("Condition");
            Assert.Equal(new[] { "A", "B" }, two.GetProperty("StringLike").GetProperty("cloudwatch:namespace").EnumerateArray().Select(v => v.GetString()));
        }

        [Fact]
        public void The_partition_comes_from_the_caller_arn()
        {
            var scope = PolicyScope.ForCaller("arn:aws-cn:iam::123456789012:user/me", "123456789012", "cn-north-1");
            Assert.Contains("arn:aws-cn:dynamodb:cn-north-1:123456789012:table/*", Policy("dynamodb:ReadOnly").Render(scope));
        }

        [Theory]
        [InlineData("s3:ReadOnly", "My_Bucket")]
        [InlineData("s3:ReadOnly", "a")]
        [InlineData("dynamodb:ReadOnly", "t/../x")]
        [InlineData("ssm:ReadOnly", "/leading-slash")]
        [InlineData("s3:ReadOnly", "${Account}")]
        public void Bad_resource_names_are_refused(string template, string resource)
        {
            var e = Assert.Throws<SpawnValidationException>(() => Policy(template, resource));
            Assert.Equal("InvalidIamPolicyResource", e.ErrorId);
        }

        [Fact]
        public void Unknown_templates_and_resources_for_unselected_templates_are_refused()
        {
            Assert.Equal("UnknownIamPolicyTemplate", Assert.Throws<SpawnValidationException>(() => Policy("s3:FullAccess")).ErrorId);
            var resources = new Dictionary<string, IReadOnlyList<string>> { ["s3:ReadWrite"] = new[] { "bucket" } };
            Assert.Equal("IamPolicyResourceWithoutTemplate", Assert.Throws<SpawnValidationException>(
                () => InstanceRolePolicy.From(new[] { "s3:ReadOnly" }, resources, null, null, false, new List<string>())).ErrorId);
        }

        [Fact]
        public void Template_names_are_case_insensitive_and_deduplicated()
        {
            var policy = InstanceRolePolicy.From(new[] { "S3:READONLY", "s3:ReadOnly" }, new Dictionary<string, IReadOnlyList<string>>(), null, null, false, new List<string>())!;
            Assert.Equal(Render("s3:ReadOnly"), policy.Render(Scope));
        }

        [Fact]
        public void The_role_name_is_a_hash_of_the_canonical_policy()
        {
            var a = Policy("s3:ReadOnly").Render(Scope);
            var name = InstanceRolePolicy.RoleName(a);
            Assert.Matches("^spawn-[0-9a-f]{12}$", name);
            Assert.Equal(name, InstanceRolePolicy.RoleName(PolicyJson.Canonicalize(JsonSerializer.Serialize(JsonDocument.Parse(a).RootElement, new JsonSerializerOptions { WriteIndented = true }))));
            Assert.NotEqual(name, InstanceRolePolicy.RoleName(Policy("s3:ReadOnly", "other-bucket").Render(Scope)));
            var dynamo = Policy("dynamodb:ReadOnly");
            Assert.NotEqual(InstanceRolePolicy.RoleName(dynamo.Render(Scope)), InstanceRolePolicy.RoleName(dynamo.Render(new PolicyScope("aws", "us-east-1", "123456789012"))));
        }

        [Fact]
        public void Canonical_form_ignores_whitespace_and_member_order_but_not_array_order()
        {
            Assert.True(PolicyJson.SameDocument("{\"b\":1, \"a\":[1,2]}", "{\"a\":[1,2],\"b\":1}"));
            Assert.False(PolicyJson.SameDocument("{\"a\":[1,2]}", "{\"a\":[2,1]}"));
            Assert.False(PolicyJson.SameDocument("{", "{"));
        }

        private static InstanceRolePolicy Policy(string template, params string[] resources) =>
            InstanceRolePolicy.From(new[] { template },
                resources.Length == 0 ? new Dictionary<string, IReadOnlyList<string>>() : new Dictionary<string, IReadOnlyList<string>> { [template] = resources },
                null, null, false, new List<string>())!;

        private static string Render(string template, params string[] resources) => Policy(template, resources).Render(Scope);

        private static List<JsonElement> Statements(string json) =>
            JsonDocument.Parse(json).RootElement.GetProperty("Statement").EnumerateArray().ToList();
    }
}
