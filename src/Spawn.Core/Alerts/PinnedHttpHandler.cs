using System;
using System.IO;
using System.Linq.Expressions;
using System.Net.Http;
using System.Net.Security;
using System.Reflection;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;

namespace Spawn.Alerts
{
    /// <summary>
    /// An HTTP handler whose every connection is made by a given function (to the addresses Spawn checked), with no
    /// redirects and no proxy. It is .NET's SocketsHttpHandler with ConnectCallback (.NET 5 and later). The engine
    /// targets netstandard2.0, where that type is not visible at compile time, so it is built by reflection; on
    /// .NET Framework (Windows PowerShell 5.1) it does not exist and webhooks are refused rather than sent unpinned.
    /// </summary>
    internal static class PinnedHttpHandler
    {
        private static readonly Type? HandlerType = Type.GetType("System.Net.Http.SocketsHttpHandler, System.Net.Http");

        internal static bool IsSupported => HandlerType?.GetProperty("ConnectCallback") != null;

        internal static HttpMessageHandler Create(Func<CancellationToken, Task<Stream>> connect, X509Certificate2? trustedTestCertificate)
        {
            if (!IsSupported)
            {
                throw new SpawnException("AlertWebhookUnsupportedRuntime", SpawnErrorKind.NotImplemented,
                    "Sending alert webhooks needs PowerShell 7 (.NET 5 or later), where Spawn can pin each connection to the "
                    + "address it checked. Use an SNS topic target on this PowerShell.");
            }
            var handler = (HttpMessageHandler)Activator.CreateInstance(HandlerType!)!;
            Set(handler, "AllowAutoRedirect", false);
            Set(handler, "UseProxy", false); // a proxy would make the checked address irrelevant
            Set(handler, "UseCookies", false);
            var callback = HandlerType!.GetProperty("ConnectCallback")!;
            callback.SetValue(handler, ConnectCallback(callback.PropertyType, connect));
            if (trustedTestCertificate != null)
            {
                var ssl = HandlerType.GetProperty("SslOptions")!.GetValue(handler)!;
                RemoteCertificateValidationCallback validate = (_, certificate, _, errors) =>
                    errors == SslPolicyErrors.None
                    || (certificate != null && certificate.GetCertHashString() == trustedTestCertificate.GetCertHashString());
                ssl.GetType().GetProperty("RemoteCertificateValidationCallback")!.SetValue(ssl, validate);
            }
            return handler;
        }

        // Builds (context, token) => new ValueTask<Stream>(connect(token)) for the runtime's own delegate and ValueTask
        // types. The context's host name is ignored on purpose: connecting to it would mean a second DNS lookup.
        private static Delegate ConnectCallback(Type delegateType, Func<CancellationToken, Task<Stream>> connect)
        {
            var invoke = delegateType.GetMethod("Invoke")!;
            var parameters = invoke.GetParameters();
            var context = Expression.Parameter(parameters[0].ParameterType, "context");
            var token = Expression.Parameter(typeof(CancellationToken), "token");
            var call = Expression.Invoke(Expression.Constant(connect), token);
            var valueTask = invoke.ReturnType.GetConstructor(new[] { typeof(Task<Stream>) })!;
            return Expression.Lambda(delegateType, Expression.New(valueTask, call), context, token).Compile();
        }

        private static void Set(object target, string property, object value) =>
            target.GetType().GetProperty(property, BindingFlags.Public | BindingFlags.Instance)!.SetValue(target, value);
    }
}
