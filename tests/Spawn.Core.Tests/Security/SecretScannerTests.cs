using System;
using System.Collections.Generic;
using System.Linq;
using Spawn.Security;
using Xunit;
using static Spawn.Tests.Security.SecretCorpus;

namespace Spawn.Tests.Security
{
    public class SecretScannerTests
    {
        /// <summary>True secrets, each kind in several shapes: (case name, text, expected kind).</summary>
        public static IEnumerable<object[]> TrueSecrets()
        {
            object[] Case(string name, string text, SecretKind kind) => new object[] { name, text, kind };

            yield return Case("access key id in env", "export AWS_ACCESS_KEY_ID=" + AccessKeyId(), SecretKind.AwsAccessKeyId);
            yield return Case("temporary key id in json", "{\"AccessKeyId\": \"" + AccessKeyId("ASIA") + "\"}", SecretKind.AwsAccessKeyId);
            yield return Case("key id inside a sentence", "key " + AccessKeyId() + " leaked", SecretKind.AwsAccessKeyId);
            yield return Case("secret key in credentials file", "[default]\naws_secret_access_key = " + SecretAccessKey(), SecretKind.AwsSecretAccessKey);
            yield return Case("secret key in env", "export AWS_SECRET_ACCESS_KEY=\"" + SecretAccessKey() + "\"", SecretKind.AwsSecretAccessKey);
            yield return Case("secret key in json", "{\"SecretAccessKey\": \"" + SecretAccessKey() + "\"}", SecretKind.AwsSecretAccessKey);
            yield return Case("secret key as cli flag", "aws configure set aws_secret_access_key " + SecretAccessKey(), SecretKind.AwsSecretAccessKey);
            yield return Case("rsa private key", "cat > /root/.ssh/id_rsa <<EOF\n" + PrivateKey("RSA PRIVATE KEY") + "\nEOF", SecretKind.PrivateKey);
            yield return Case("ec private key", PrivateKey("EC PRIVATE KEY"), SecretKind.PrivateKey);
            yield return Case("openssh private key", PrivateKey("OPENSSH PRIVATE KEY"), SecretKind.PrivateKey);
            yield return Case("pkcs8 private key", PrivateKey("PRIVATE KEY"), SecretKind.PrivateKey);
            yield return Case("encrypted private key", PrivateKey("ENCRYPTED PRIVATE KEY"), SecretKind.PrivateKey);
            yield return Case("private key with crlf", PrivateKey("RSA PRIVATE KEY").Replace("\n", "\r\n"), SecretKind.PrivateKey);
            yield return Case("truncated private key", PrivateKey("RSA PRIVATE KEY").Split("-----END")[0], SecretKind.PrivateKey);
            foreach (string prefix in new[] { "ghp_", "gho_", "ghu_", "ghs_", "ghr_" })
            {
                yield return Case("github " + prefix, "GITHUB_TOKEN=" + GitHub(prefix), SecretKind.GitHubToken);
            }
            yield return Case("github fine-grained", "git clone https://x-access-token@github.com/o/r # " + GitHubFineGrained(), SecretKind.GitHubToken);
            yield return Case("gitlab", "curl -H 'PRIVATE-TOKEN: " + GitLab() + "' https://gitlab.com/api/v4/projects", SecretKind.GitLabToken);
            foreach (string prefix in new[] { "xoxb", "xoxp", "xoxa" })
            {
                yield return Case("slack " + prefix, "SLACK=" + Slack(prefix), SecretKind.SlackToken);
            }
            yield return Case("slack app token", "xapp-1-" + Chars("ABCDEFGHIJ0123456789", 11) + "-" + Chars("0123456789", 13) + "-" + Chars("abcdef0123456789", 64), SecretKind.SlackToken);
            yield return Case("slack webhook", "curl -X POST " + SlackWebhook() + " -d '{}'", SecretKind.SlackWebhook);
            yield return Case("stripe secret", "STRIPE=" + Stripe("sk"), SecretKind.StripeKey);
            yield return Case("stripe restricted", Stripe("rk"), SecretKind.StripeKey);
            yield return Case("jwt bearer", "curl -H \"Authorization: Bearer " + Jwt() + "\"", SecretKind.JsonWebToken);
            yield return Case("unsigned jwt", "id=" + Jwt("{\"alg\":\"none\"}").Split('.')[0] + "." + Jwt().Split('.')[1] + ".", SecretKind.JsonWebToken);
            yield return Case("postgres url", "DATABASE_URL=postgres://app:" + Password() + "@db.internal:5432/app", SecretKind.UrlCredentials);
            yield return Case("https url", "git clone https://deploy:" + Password() + "@git.example.org/repo.git", SecretKind.UrlCredentials);
            yield return Case("redis url without user", "redis://:" + Password() + "@cache:6379", SecretKind.UrlCredentials);
            yield return Case("human password in url", "mysql://root:hunter2@localhost/db", SecretKind.UrlCredentials);
            yield return Case("password=", "DB_PASSWORD=" + Password(), SecretKind.PasswordAssignment);
            yield return Case("passwd:", "passwd: " + Password(), SecretKind.PasswordAssignment);
            yield return Case("secret= quoted", "client_secret='" + Password() + "'", SecretKind.PasswordAssignment);
            yield return Case("token= double quoted", "token=\"" + Password() + "\"", SecretKind.PasswordAssignment);
            yield return Case("api_key yaml", "  api_key: " + Password(), SecretKind.PasswordAssignment);
            yield return Case("apiKey json", "{\"apiKey\": \"" + Password() + "\"}", SecretKind.PasswordAssignment);
            yield return Case("powershell style", "$Password = '" + Password() + "'", SecretKind.PasswordAssignment);
            yield return Case("human password", "mysql_password=Summer2024!", SecretKind.PasswordAssignment);
        }

        /// <summary>Look-alikes that must not fire: (case name, text).</summary>
        public static IEnumerable<object[]> LookAlikes()
        {
            object[] Case(string name, string text) => new object[] { name, text };

            yield return Case("aws documented example key id", "aws_access_key_id = AKIAIOSFODNN7EXAMPLE");
            yield return Case("aws documented example secret", "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
            yield return Case("random words", "The quick brown fox jumps over the lazy dog. Secrets are kept elsewhere.");
            yield return Case("uuid", "instance_uuid=3f2504e0-4f89-11d3-9a0c-0305e82c3301");
            yield return Case("git sha near secret", "secret_commit " + "e83c5163316f89bfbde7d9ab23ca2e25604af290");
            yield return Case("bare 40-char token", "checksum " + Chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 40));
            yield return Case("base64 of innocuous text", "echo " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("hello world, this is a perfectly ordinary sentence")) + " | base64 -d");
            yield return Case("password placeholder angle", "password=<password>");
            yield return Case("password placeholder changeme", "password=changeme");
            yield return Case("password placeholder env braces", "DB_PASSWORD=${DB_PASSWORD}");
            yield return Case("password placeholder env", "DB_PASSWORD=$DB_PASSWORD");
            yield return Case("password from secrets manager", "DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id prod/db --query SecretString --output text)");
            yield return Case("password template", "password: \"{{ vault_db_password }}\"");
            yield return Case("password xxxx", "api_key=xxxxxxxxxxxxxxxx");
            yield return Case("password stars", "token=************");
            yield return Case("password redacted", "secret=REDACTED");
            yield return Case("password placeholder word", "token=placeholder");
            yield return Case("password example", "password=example-password");
            yield return Case("password empty", "password=");
            yield return Case("password empty quotes", "password=\"\"");
            yield return Case("low entropy password", "password=aaaaaaaa");
            yield return Case("low entropy repeated pair", "secret=abababababab");
            yield return Case("short value", "token=abc123");
            yield return Case("mysql allow empty", "MYSQL_ALLOW_EMPTY_PASSWORD=yes");
            yield return Case("secrets manager arn", "DB_PASSWORD=arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf");
            yield return Case("password file path", "DB_PASSWORD_FILE=/run/secrets/db_password");
            yield return Case("secret name", "SECRET_NAME=prod/database/credentials");
            yield return Case("access key id variable name", "AWS_ACCESS_KEY_ID=$KEY");
            yield return Case("sshd option", "PasswordAuthentication no");
            yield return Case("url without credentials", "curl -fsSL https://example.com/install.sh?user=me#top | sh");
            yield return Case("ssh url with user only", "git clone ssh://git@github.com:22/org/repo.git");
            yield return Case("url with placeholder password", "postgres://user:${PGPASSWORD}@db/app");
            yield return Case("ssh public key", "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC" + Chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 300) + " user@host");
            yield return Case("public key pem", "-----BEGIN PUBLIC KEY-----\n" + Chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 64) + "\n-----END PUBLIC KEY-----");
            yield return Case("private key header in a script", "if grep -q 'BEGIN RSA PRIVATE KEY' \"$f\"; then echo found; fi");
            yield return Case("documented private key", "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----");
            yield return Case("github placeholder", "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
            yield return Case("slack documented webhook", "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX");
            yield return Case("stripe test key", "sk_test_" + Chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 24));
            yield return Case("base64 that starts eyJ but is not a jwt", "eyJub3QiOiJhIGp3dCJ9");
            yield return Case("aws unique ids are not keys", "role AROA" + "EXAMPLEID12345678 user AIDA" + "QWERTYUIOPASDFGH");
            yield return Case("token length setting", "token_expiry=3600\npassword_min_length=14");
            yield return Case("cloud-init users", "#cloud-config\nusers:\n  - name: alice\n    lock_passwd: true\n    ssh_authorized_keys: []");
        }

        [Theory]
        [MemberData(nameof(TrueSecrets))]
        public void SecretScanner_FindsEachKindOfSecret(string name, string text, SecretKind kind)
        {
            IReadOnlyList<SecretFinding> findings = SecretScanner.Scan(text);
            Assert.True(findings.Count == 1 && findings[0].Kind == kind,
                $"{name}: expected one {kind}, got [{string.Join("; ", findings)}]");
        }

        [Theory]
        [MemberData(nameof(LookAlikes))]
        public void SecretScanner_IgnoresLookAlikesAndPlaceholders(string name, string text)
        {
            IReadOnlyList<SecretFinding> findings = SecretScanner.Scan(text);
            Assert.True(findings.Count == 0, $"{name}: expected nothing, got [{string.Join("; ", findings)}]");
        }

        [Fact]
        public void SecretScanner_TreatsDocumentedAwsExampleKeysAsPlaceholders()
        {
            string credentials = "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n";
            Assert.Empty(SecretScanner.Scan(credentials));
        }

        [Fact]
        public void SecretScanner_ReportsOneLinePerFindingWithOneBasedLineAndColumn()
        {
            string key = AccessKeyId();
            string text = "#!/bin/bash\r\nset -e\n  export AWS_ACCESS_KEY_ID=" + key + "\n" + PrivateKey("OPENSSH PRIVATE KEY") + "\ntoken=" + Password();
            IReadOnlyList<SecretFinding> findings = SecretScanner.Scan(text);

            Assert.Equal(new[] { SecretKind.AwsAccessKeyId, SecretKind.PrivateKey, SecretKind.PasswordAssignment }, findings.Select(f => f.Kind));
            Assert.Equal((3, 28), (findings[0].Line, findings[0].Column));
            Assert.Equal((4, 1), (findings[1].Line, findings[1].Column));
            Assert.Equal((12, 1), (findings[2].Line, findings[2].Column));
            Assert.Equal(SecretConfidence.High, findings[0].Confidence);
            Assert.Equal(SecretConfidence.Low, findings[2].Confidence);
        }

        [Fact]
        public void SecretScanner_FindingNeverContainsTheValue()
        {
            string secret = SecretAccessKey();
            string password = Password();
            string text = "aws_secret_access_key=" + secret + "\npassword=" + password + "\n" + "https://u:" + password + "x@h";
            foreach (SecretFinding finding in SecretScanner.Scan(text))
            {
                string shown = finding.ToString() + finding.Fingerprint + finding.Kind + finding.Line + finding.Column;
                Assert.DoesNotContain(secret, shown);
                Assert.DoesNotContain(password, shown);
                Assert.DoesNotContain(secret.Substring(0, 12), shown);
                Assert.Matches("^[0-9a-f]{12}$", finding.Fingerprint);
            }
        }

        [Fact]
        public void SecretScanner_FingerprintIdentifiesTheValueNotThePosition()
        {
            string key = AccessKeyId();
            IReadOnlyList<SecretFinding> findings = SecretScanner.Scan(key + "\n\n   " + key + "\n" + AccessKeyId());
            Assert.Equal(3, findings.Count);
            Assert.Equal(findings[0].Fingerprint, findings[1].Fingerprint);
            Assert.NotEqual(findings[0].Fingerprint, findings[2].Fingerprint);
            // EC2-008 correlates key ids with the account's own keys by fingerprint, never by value.
            Assert.Equal(SecretScanner.Fingerprint(key), findings[0].Fingerprint);

            string pem = PrivateKey("RSA PRIVATE KEY");
            Assert.Equal(Fingerprint(PemBody(pem)), SecretScanner.Scan(pem.Replace("\n", "\r\n")).Single().Fingerprint);
        }

        [Fact]
        public void SecretScanner_ReportsAwsSecretKeyOnceNotAlsoAsPassword()
        {
            IReadOnlyList<SecretFinding> findings = SecretScanner.Scan("aws_secret_access_key=" + SecretAccessKey() + "\ntoken=" + Jwt());
            Assert.Equal(new[] { SecretKind.AwsSecretAccessKey, SecretKind.JsonWebToken }, findings.Select(f => f.Kind));
        }

        [Fact]
        public void SecretScanner_ShannonEntropySeparatesRandomFromRepetitive()
        {
            Assert.Equal(0, SecretScanner.ShannonEntropy("aaaaaaaa"));
            Assert.Equal(1, SecretScanner.ShannonEntropy("abababab"), 6);
            Assert.True(SecretScanner.ShannonEntropy(SecretAccessKey()) > 4.5);
        }
    }
}
