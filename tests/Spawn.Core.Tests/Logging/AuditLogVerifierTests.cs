using System.IO;
using System.Linq;
using Spawn.Logging;
using Xunit;

namespace Spawn.Tests.Logging
{
    /// <summary>Tampering with an audit file is detected at the line it happened, with the kind of change.</summary>
    public sealed class AuditLogVerifierTests
    {
        [Fact]
        public void UntouchedLog_Verifies()
        {
            using var files = new AuditTestFiles();
            files.WriteDay(5);
            files.WriteDay(3, AuditTestFiles.Day.AddDays(1));

            var result = files.Verify();

            Assert.True(result.IsValid, result.Message);
            Assert.Equal(2, result.FileCount);
            Assert.Equal(8, result.LineCount);
            Assert.Null(result.LineNumber);
        }

        [Fact]
        public void EditedLine_IsDetectedAtThatLine()
        {
            using var files = new AuditTestFiles();
            var file = files.WriteDay(5);
            AuditTestFiles.Rewrite(file, lines => lines.Select((l, i) => i == 2 ? l.Replace("Action-3", "Action-X") : l));

            var result = files.Verify();

            Assert.False(result.IsValid);
            Assert.Equal(file, result.Path);
            Assert.Equal(3, result.LineNumber);
            Assert.Equal(SpawnAuditChainBreak.Edited, result.Reason);
        }

        [Fact]
        public void DeletedLine_IsDetectedWhereItWas()
        {
            using var files = new AuditTestFiles();
            var file = files.WriteDay(5);
            AuditTestFiles.Rewrite(file, lines => lines.Where((_, i) => i != 1));

            var result = files.Verify();

            Assert.False(result.IsValid);
            Assert.Equal(2, result.LineNumber);
            Assert.Equal(SpawnAuditChainBreak.Deleted, result.Reason);
        }

        [Fact]
        public void DeletedFirstLine_IsDetected()
        {
            using var files = new AuditTestFiles();
            var file = files.WriteDay(3);
            AuditTestFiles.Rewrite(file, lines => lines.Skip(1));

            var result = files.Verify();

            Assert.Equal(1, result.LineNumber);
            Assert.Equal(SpawnAuditChainBreak.Deleted, result.Reason);
        }

        [Fact]
        public void SwappedLines_AreReportedAsReordered()
        {
            using var files = new AuditTestFiles();
            var file = files.WriteDay(5);
            AuditTestFiles.Rewrite(file, lines => new[] { lines[0], lines[2], lines[1], lines[3], lines[4] });

            var result = files.Verify();

            Assert.Equal(2, result.LineNumber);
            Assert.Equal(SpawnAuditChainBreak.Reordered, result.Reason);
        }

        [Fact]
        public void CopiedLine_IsReportedAsInserted()
        {
            using var files = new AuditTestFiles();
            var file = files.WriteDay(4);
            AuditTestFiles.Rewrite(file, lines => lines.Take(3).Append(lines[1]).Concat(lines.Skip(3)));

            var result = files.Verify();

            Assert.Equal(4, result.LineNumber);
            Assert.Equal(SpawnAuditChainBreak.Inserted, result.Reason);
        }

        [Fact]
        public void ForgedLineThatChainsCorrectly_InTheMiddle_IsReportedAsInserted()
        {
            using var files = new AuditTestFiles();
            var file = files.WriteDay(4);
            var lines = File.ReadAllLines(file).ToList();
            var forged = HashChain.Seal(3, HashChain.Read(lines[1]).Hash, w => w.WriteString("action", "Forged"));
            lines.Insert(2, forged);
            File.WriteAllLines(file, lines);

            var result = files.Verify();

            Assert.Equal(3, result.LineNumber);
            Assert.Equal(SpawnAuditChainBreak.Inserted, result.Reason);
        }

        [Fact]
        public void ForgedLineAppended_IsDetected()
        {
            using var files = new AuditTestFiles();
            var file = files.WriteDay(3);
            var forged = HashChain.Seal(4, new string('a', 64), w => w.WriteString("action", "Forged"));
            File.AppendAllLines(file, new[] { forged });

            var result = files.Verify();

            Assert.False(result.IsValid);
            Assert.Equal(4, result.LineNumber);
            Assert.Equal(SpawnAuditChainBreak.Inserted, result.Reason);
        }

        [Fact]
        public void LinesCutFromTheEndOfADay_AreDetectedAtTheNextDaysFirstLine()
        {
            using var files = new AuditTestFiles();
            var first = files.WriteDay(4);
            var second = files.WriteDay(2, AuditTestFiles.Day.AddDays(1));
            AuditTestFiles.Rewrite(first, lines => lines.Take(3));

            var result = files.Verify();

            Assert.Equal(second, result.Path);
            Assert.Equal(1, result.LineNumber);
            Assert.Equal(SpawnAuditChainBreak.Deleted, result.Reason);
        }

        [Fact]
        public void DeletedDayFile_IsDetectedAtTheNextDay()
        {
            using var files = new AuditTestFiles();
            files.WriteDay(2);
            var middle = files.WriteDay(2, AuditTestFiles.Day.AddDays(1));
            var last = files.WriteDay(2, AuditTestFiles.Day.AddDays(3));
            File.Delete(middle);

            var result = files.Verify();

            Assert.Equal(last, result.Path);
            Assert.Equal(SpawnAuditChainBreak.Deleted, result.Reason);
        }

        [Fact]
        public void OldestFilesRemovedOnPurpose_LeaveAValidChain()
        {
            using var files = new AuditTestFiles();
            var oldest = files.WriteDay(2);
            files.WriteDay(2, AuditTestFiles.Day.AddDays(1));
            File.Delete(oldest);

            Assert.True(files.Verify().IsValid);
        }
    }
}
