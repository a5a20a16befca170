using System;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Diagnostics;
using Spawn.Instances;
using Spawn.Tests.Infrastructure;
using Xunit;

namespace Spawn.Tests.Instances
{
    [Collection(MotoCollection.Name)]
    public sealed class InstanceWaiterTests
    {
        private readonly MotoServer _moto;

        public InstanceWaiterTests(MotoServer moto) => _moto = moto;

        [Fact]
        public async Task Cancelling_a_wait_leaves_the_instance_alone()
        {
            var image = AwsCli.Json(_moto, "ssm", "get-parameter", "--name", ImageResolver.ParameterPrefix + "x86_64").GetProperty("Parameter").GetProperty("Value").GetString()!;
            var id = AwsCli.Json(_moto, "ec2", "run-instances", "--image-id", image, "--instance-type", "t3.micro")
                .GetProperty("Instances")[0].GetProperty("InstanceId").GetString()!;
            AwsCli.Run(_moto, "ec2", "stop-instances", "--instance-ids", id);
            using var context = TestContext.For(_moto);
            using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(3));
            // A stopped instance never becomes running: only cancellation ends this wait.
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
                InstanceWaiter.WaitAsync(context, new[] { id }, "running", TimeSpan.FromMinutes(5), NullOperationLog.Instance, cancel.Token));
            var state = AwsCli.Json(_moto, "ec2", "describe-instances", "--instance-ids", id)
                .GetProperty("Reservations")[0].GetProperty("Instances")[0].GetProperty("State").GetProperty("Name").GetString();
            Assert.Equal("stopped", state);
        }
    }
}
