using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Amazon.Runtime;

namespace Spawn.Aws.Sdk
{
    /// <summary>What an AWS error body says: XML in the two shapes Route 53 and IAM use, or AWS JSON (CloudWatch Logs).</summary>
    public sealed class AwsErrorDetails
    {
        private AwsErrorDetails(string code, string message, IReadOnlyList<string> messages, string? requestId,
            HttpStatusCode statusCode, ErrorType errorType, Exception? innerException)
        {
            Code = code;
            Message = message;
            Messages = messages;
            RequestId = requestId;
            StatusCode = statusCode;
            ErrorType = errorType;
            InnerException = innerException;
        }

        public string Code { get; }
        public string Message { get; }

        /// <summary>Every message the error carried (Route 53's InvalidChangeBatch lists one per rejected change).</summary>
        public IReadOnlyList<string> Messages { get; }

        public string? RequestId { get; }
        public HttpStatusCode StatusCode { get; }
        public ErrorType ErrorType { get; }
        public Exception? InnerException { get; }

        /// <summary>
        /// Reads &lt;ErrorResponse&gt;&lt;Error&gt;&lt;Type/&gt;&lt;Code/&gt;&lt;Message/&gt;&lt;/Error&gt;&lt;RequestId/&gt;
        /// or Route 53's &lt;InvalidChangeBatch&gt;&lt;Messages&gt;&lt;Message/&gt;...&lt;/Messages&gt;, where the root is the code.
        /// </summary>
        internal static AwsErrorDetails From(XElement? root, HttpStatusCode statusCode, string? requestIdHeader,
            Exception? innerException)
        {
            var fallbackCode = ((int)statusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (root == null)
            {
                return new AwsErrorDetails(fallbackCode, "AWS answered HTTP " + fallbackCode + " without an error body.",
                    Array.Empty<string>(), requestIdHeader, statusCode, TypeFor(null, statusCode), innerException);
            }
            var error = root.Name.LocalName == "Error" ? root : root.Descendant("Error");
            var source = error ?? root;
            var code = error?.Text("Code") ?? root.Name.LocalName;
            var messages = source.Descendants().Where(e => e.Name.LocalName == "Message").Select(e => e.Value).ToList();
            var message = messages.Count > 0 ? string.Join(" ", messages) : code;
            var requestId = requestIdHeader ?? root.Descendant("RequestId")?.Value;
            return new AwsErrorDetails(code, message, messages, requestId, statusCode, TypeFor(error?.Text("Type"), statusCode),
                innerException);
        }

        /// <summary>
        /// Reads {"__type":"[namespace#]Code","message":"..."} (AWS JSON 1.0/1.1; some services spell it "Message").
        /// </summary>
        internal static AwsErrorDetails FromJson(JsonElement? root, HttpStatusCode statusCode, string? requestIdHeader,
            Exception? innerException)
        {
            var fallbackCode = ((int)statusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var type = String(root, "__type") ?? String(root, "code");
            var code = type == null ? fallbackCode : type.Substring(type.LastIndexOf('#') + 1);
            var message = String(root, "message") ?? String(root, "Message")
                ?? (root == null ? "AWS answered HTTP " + fallbackCode + " without an error body." : code);
            return new AwsErrorDetails(code, message, new[] { message }, requestIdHeader, statusCode, TypeFor(null, statusCode),
                innerException);
        }

        private static string? String(JsonElement? root, string name) =>
            root is JsonElement element && element.ValueKind == JsonValueKind.Object
                && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;

        private static ErrorType TypeFor(string? type, HttpStatusCode statusCode)
        {
            if (string.Equals(type, "Sender", StringComparison.OrdinalIgnoreCase))
            {
                return ErrorType.Sender;
            }
            if (string.Equals(type, "Receiver", StringComparison.OrdinalIgnoreCase))
            {
                return ErrorType.Receiver;
            }
            var status = (int)statusCode;
            return status >= 500 ? ErrorType.Receiver : status >= 400 ? ErrorType.Sender : ErrorType.Unknown;
        }
    }
}
