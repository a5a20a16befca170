using System;
using Spawn.Instances;
using Xunit;

namespace Spawn.Tests.Instances
{
    /// <summary>
    /// Accumulated run time across stops and starts. EC2 moves LaunchTime on every start; moto does not (it keeps the
    /// first launch), so the restart cases are proven here on the arithmetic, and the tag writing against moto elsewhere.
    /// </summary>
    public sealed class RunHoursTests
    {
        private static readonly DateTime Now = new DateTime(2026, 12, 3, 12, 0, 0, DateTimeKind.Utc);

        [Fact]
        public void WithoutTheTag_ARunningInstanceHasRunSinceItsLaunch()
        {
            Assert.Equal(5, RunHours.None.Total("running", Now.AddHours(-5), null, Now, out var finished), 6);
            Assert.Null(finished);
        }

        [Fact]
        public void AStoppedInstance_CountsItsLastPeriodToTheStopTime_AndReturnsItForRecording()
        {
            var total = RunHours.None.Total("stopped", Now.AddHours(-10), Now.AddHours(-7), Now, out var finished);

            Assert.Equal(3, total, 6);
            Assert.Equal(3, finished!.Counted, 6);
            Assert.Equal(Now.AddHours(-10), finished.CountedThrough);
            Assert.Equal("3.00@2026-12-03T02:00:00Z", finished.Format());
        }

        [Fact]
        public void AfterARestart_TheRecordedHoursAndTheNewPeriodAddUp()
        {
            var recorded = RunHours.Parse("3.00@2026-12-03T02:00:00Z");

            Assert.Equal(5, recorded.Total("running", Now.AddHours(-2), null, Now, out var finished), 6);
            Assert.Null(finished);
        }

        [Fact]
        public void APeriodAlreadyRecorded_IsNotCountedTwice()
        {
            var recorded = RunHours.Parse("3.00@2026-12-03T02:00:00Z");

            Assert.Equal(3, recorded.Total("stopped", Now.AddHours(-10), Now.AddHours(-7), Now, out var finished), 6);
            Assert.Null(finished);
        }

        [Fact]
        public void AStoppedInstanceWithoutAStopTime_CountsOnlyWhatIsRecorded()
        {
            Assert.Equal(0, RunHours.None.Total("stopped", Now.AddHours(-10), null, Now, out var finished));
            Assert.Null(finished);
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("12")]
        [InlineData("-1.00@2026-12-03T02:00:00Z")]
        [InlineData("abc@2026-12-03T02:00:00Z")]
        [InlineData("1.00@yesterday")]
        public void AMissingOrMalformedTag_CountsNothingRecorded(string? value)
        {
            var hours = RunHours.Parse(value);
            Assert.Equal(0, hours.Counted);
            Assert.Null(hours.CountedThrough);
        }

        [Theory]
        [InlineData("User initiated (2026-12-01 18:00:05 GMT)", "2026-12-01T18:00:05Z")]
        [InlineData("User initiated (2026-12-01 18:00:05 UTC)", "2026-12-01T18:00:05Z")]
        [InlineData("Server.ScheduledStop: Stopped due to scheduled retirement", null)]
        [InlineData("", null)]
        [InlineData(null, null)]
        public void TheStopTimeComesFromTheStateTransitionReason(string? reason, string? expected)
        {
            var stopped = StopTime.Parse(reason);
            Assert.Equal(expected, stopped.HasValue ? SpawnTags.FormatTime(stopped.Value) : null);
            Assert.True(stopped == null || stopped.Value.Kind == DateTimeKind.Utc);
        }
    }
}
