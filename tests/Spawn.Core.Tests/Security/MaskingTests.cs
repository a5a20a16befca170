using System.Linq;
using Spawn.Security;
using Xunit;
using static Spawn.Tests.Security.SecretCorpus;

namespace Spawn.Tests.Security
{
    public class MaskingTests
    {
        [Theory]
        [InlineData("https://hooks.slack.com/services/T000/B000/abcdef", "https://hooks.slack.com/***")]
        [InlineData("https://hooks.slack.com", "https://hooks.slack.com/***")]
        [InlineData("https://user:pa55word@example.com/path?token=abc#frag", "https://example.com/***")]
        [InlineData("http://example.com:8080/hook?key=1", "http://example.com:8080/***")]
        [InlineData("https://[2001:db8::1]/x", "https://[2001:db8::1]/***")]
        [InlineData("  https://example.com/x  ", "https://example.com/***")]
        public void Masking_UrlKeepsOnlySchemeHostAndPort(string url, string expected)
        {
            Assert.Equal(expected, Masking.MaskUrl(url));
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("not a url with secret-token")]
        [InlineData("/etc/passwd")]
        [InlineData("file:///home/me/secret.txt")]
        [InlineData("mailto:someone")]
        [InlineData("hooks.slack.com/services/T000/B000/abcdef")]
        public void Masking_UrlThatIsNotAnAbsoluteUrlWithHostIsFullyMasked(string? url)
        {
            Assert.Equal("***", Masking.MaskUrl(url));
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("hunter2")]
        [InlineData("a-very-long-secret-value-that-must-not-leak-its-length")]
        [InlineData("AKIA123")] // not an access key id shape
        public void Masking_ValueIsAFixedMaskRevealingNothing(string? value)
        {
            Assert.Equal("***", Masking.MaskValue(value));
        }

        [Fact]
        public void Masking_AccessKeyIdKeepsPrefixAndLastFour()
        {
            Assert.Equal("AKIA************WXYZ", Masking.MaskValue("AKIAABCDEFGHIJKLWXYZ"));
            Assert.Equal("ASIA************7777", Masking.MaskValue("ASIAABCDEFGHIJKL7777"));
        }

        [Fact]
        public void Masking_TextReplacesEveryOccurrenceOfKnownSecrets()
        {
            string masked = Masking.MaskText("pw is s3cr3t, again s3cr3t; also tok", new[] { "s3cr3t", "tok", null, "" });
            Assert.Equal("pw is ***, again ***; also ***", masked);
        }

        [Fact]
        public void Masking_TextReplacesSecretsTheScannerDetects()
        {
            string key = AccessKeyId();
            string secret = SecretAccessKey();
            string password = Password();
            string jwt = Jwt();
            string text = "id=" + key + "\naws_secret_access_key=" + secret + "\npassword=" + password + "\nauth " + jwt + "\npostgres://app:" + password + "x@db/app";

            string masked = Masking.MaskText(text);

            foreach (string value in new[] { secret, password, jwt })
            {
                Assert.DoesNotContain(value, masked);
            }
            Assert.DoesNotContain(key, masked);
            Assert.Contains("id=" + key.Substring(0, 4) + "************" + key.Substring(16), masked);
            Assert.Contains("aws_secret_access_key=***", masked);
            Assert.Contains("password=***", masked);
            Assert.Contains("postgres://app:***@db/app", masked);
        }

        [Fact]
        public void Masking_TextMasksPrivateKeyBodyAndKeepsArmour()
        {
            string pem = PrivateKey("RSA PRIVATE KEY");
            Assert.Equal("-----BEGIN RSA PRIVATE KEY-----***-----END RSA PRIVATE KEY-----", Masking.MaskText(pem));
        }

        [Fact]
        public void Masking_TextMasksWebhookUrlsDownToTheirHost()
        {
            string webhook = SlackWebhook();
            Assert.Equal("POST to https://hooks.slack.com/*** failed: 404", Masking.MaskText("POST to " + webhook + " failed: 404"));

            const string custom = "https://alerts.example.org/hook/9f8e7d6c5b4a";
            Assert.Equal("sent to https://alerts.example.org/***", Masking.MaskText("sent to " + custom, new[] { custom }));
        }

        [Fact]
        public void Masking_TextMasksOverlappingSecretsOnceWhole()
        {
            string password = Password();
            string masked = Masking.MaskText("password=" + password, new[] { password.Substring(2, 6), password.Substring(5) });
            Assert.Equal("password=***", masked);
            Assert.Equal(1, masked.Split("***").Length - 1);
        }

        [Fact]
        public void Masking_TextWithoutSecretsIsUnchanged()
        {
            const string text = "Launched i-0123456789abcdef0 in us-east-1 at https://console.aws.amazon.com/ec2";
            Assert.Equal(text, Masking.MaskText(text, Enumerable.Empty<string>()));
            Assert.Equal("", Masking.MaskText(null));
        }
    }
}
