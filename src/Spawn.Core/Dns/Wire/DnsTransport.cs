using System;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;

namespace Spawn.Dns.Wire
{
    /// <summary>
    /// Sends queries to one server: UDP first, TCP when the answer is truncated (signed answers often are). Each
    /// query has a random id and the answer must carry it; UDP is tried three times before giving up.
    /// </summary>
    public sealed class DnsTransport
    {
        public const string NoAnswer = "DnssecServerNoAnswer";

        private readonly IPEndPoint _server;
        private readonly TimeSpan _timeout;

        public DnsTransport(IPEndPoint server, TimeSpan timeout)
        {
            _server = server;
            _timeout = timeout;
        }

        public async Task<DnsMessage> QueryAsync(DnsName name, ushort type, CancellationToken cancellationToken)
        {
            var id = RandomId();
            var query = DnsMessage.Query(id, name, type);
            for (var attempt = 0; attempt < 3; attempt++)
            {
                var answer = await UdpAsync(query, id, cancellationToken).ConfigureAwait(false);
                if (answer != null)
                {
                    return answer.IsTruncated ? await TcpAsync(query, id, cancellationToken).ConfigureAwait(false) : answer;
                }
            }
            throw new SpawnException(NoAnswer, SpawnErrorKind.ConnectionError,
                $"{_server} did not answer {name} {RecordType.Name(type)} within {_timeout.TotalSeconds:0} s (3 tries).") { Target = _server.ToString() };
        }

        private async Task<DnsMessage?> UdpAsync(byte[] query, ushort id, CancellationToken cancellationToken)
        {
            using var udp = new UdpClient(_server.AddressFamily);
            udp.Connect(_server);
            await udp.SendAsync(query, query.Length).ConfigureAwait(false);
            var deadline = DateTime.UtcNow + _timeout;
            while (DateTime.UtcNow < deadline)
            {
                var receive = udp.ReceiveAsync();
                var finished = await Task.WhenAny(receive, Task.Delay(deadline - DateTime.UtcNow, cancellationToken)).ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
                if (finished != receive)
                {
                    return null;
                }
                if (receive.IsFaulted && receive.Exception!.InnerException is SocketException refused)
                {
                    // ICMP port unreachable: nothing listens there, so waiting or retrying will not help.
                    throw Refused(refused);
                }
                var message = TryParse(receive.Result.Buffer);
                if (message != null && message.Id == id)
                {
                    return message;
                }
            }
            return null;
        }

        private async Task<DnsMessage> TcpAsync(byte[] query, ushort id, CancellationToken cancellationToken)
        {
            using var tcp = new TcpClient(_server.AddressFamily);
            using var _ = cancellationToken.Register(() => tcp.Dispose());
            var connect = tcp.ConnectAsync(_server.Address, _server.Port);
            if (await Task.WhenAny(connect, Task.Delay(_timeout, cancellationToken)).ConfigureAwait(false) != connect)
            {
                cancellationToken.ThrowIfCancellationRequested();
                throw new SpawnException(NoAnswer, SpawnErrorKind.ConnectionError, $"{_server} did not accept a TCP connection.") { Target = _server.ToString() };
            }
            try
            {
                await connect.ConfigureAwait(false);
            }
            catch (SocketException refused)
            {
                throw Refused(refused);
            }
            var stream = tcp.GetStream();
            stream.ReadTimeout = (int)_timeout.TotalMilliseconds;
            var framed = DnsRecord.Concat(DnsRecord.Be16((ushort)query.Length), query);
            await stream.WriteAsync(framed, 0, framed.Length, cancellationToken).ConfigureAwait(false);
            var length = await ReadExactlyAsync(stream, 2, cancellationToken).ConfigureAwait(false);
            var body = await ReadExactlyAsync(stream, (length[0] << 8) | length[1], cancellationToken).ConfigureAwait(false);
            var message = DnsMessage.Parse(body);
            if (message.Id != id)
            {
                throw new FormatException("The TCP answer carries another query's id.");
            }
            return message;
        }

        private static async Task<byte[]> ReadExactlyAsync(NetworkStream stream, int count, CancellationToken cancellationToken)
        {
            var buffer = new byte[count];
            for (var read = 0; read < count;)
            {
                var n = await stream.ReadAsync(buffer, read, count - read, cancellationToken).ConfigureAwait(false);
                if (n == 0)
                {
                    throw new FormatException("The server closed the TCP connection mid-answer.");
                }
                read += n;
            }
            return buffer;
        }

        private SpawnException Refused(SocketException e) =>
            new SpawnException(NoAnswer, SpawnErrorKind.ConnectionError, $"{_server} refused the query ({e.SocketErrorCode}): no DNS server listens there.", e)
            {
                Target = _server.ToString(),
            };

        private static DnsMessage? TryParse(byte[] bytes)
        {
            try
            {
                return DnsMessage.Parse(bytes);
            }
            catch (FormatException)
            {
                // A malformed or spoofed datagram: keep waiting for the real answer.
                return null;
            }
        }

        private static ushort RandomId()
        {
            var bytes = new byte[2];
            using (var rng = RandomNumberGenerator.Create())
            {
                rng.GetBytes(bytes);
            }
            return (ushort)((bytes[0] << 8) | bytes[1]);
        }
    }
}
