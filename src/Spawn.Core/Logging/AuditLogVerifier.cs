using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace Spawn.Logging
{
    /// <summary>
    /// Checks the hash chain of audit files (oldest first) and names the first broken line and why. The first file
    /// given may continue from files no longer there (old days removed on purpose); every later file must continue
    /// from the one before it.
    /// </summary>
    public static class AuditLogVerifier
    {
        public static SpawnAuditLogVerification Verify(IReadOnlyList<string> files)
        {
            if (files == null) throw new ArgumentNullException(nameof(files));
            string? previousHash = null;
            string? previousFile = null;
            var lineCount = 0;
            foreach (var file in files)
            {
                var links = File.ReadAllLines(file, Encoding.UTF8).Select(HashChain.Read).ToList();
                lineCount += links.Count;
                for (var i = 0; i < links.Count; i++)
                {
                    var reason = Check(links, i, previousHash, previousFile);
                    if (reason != null)
                    {
                        return Broken(files.Count, lineCount, file, reason.Value.Line, reason.Value.Reason, reason.Value.Message);
                    }
                }
                if (links.Count > 0)
                {
                    previousHash = links[links.Count - 1].Hash;
                    previousFile = file;
                }
            }
            return new SpawnAuditLogVerification
            {
                IsValid = true,
                FileCount = files.Count,
                LineCount = lineCount,
                Message = string.Format(CultureInfo.InvariantCulture, "The audit log chain holds: {0} line(s) in {1} file(s).", lineCount, files.Count),
            };
        }

        /// <summary>Why line i (0-based) breaks the chain, or null when it continues it.</summary>
        private static (int Line, SpawnAuditChainBreak Reason, string Message)? Check(IReadOnlyList<ChainLink> links, int i,
            string? previousFileHash, string? previousFile)
        {
            var link = links[i];
            var number = i + 1;
            if (!link.IsSealed)
            {
                return (number, SpawnAuditChainBreak.Edited, $"line {number} does not match its own hash: it was edited or is not an audit line");
            }
            if (links.Take(i).Any(l => l.Hash == link.Hash))
            {
                return (number, SpawnAuditChainBreak.Inserted, $"line {number} is a copy of an earlier line");
            }
            if (i == 0)
            {
                if (link.Seq != 1)
                {
                    return (1, SpawnAuditChainBreak.Deleted, $"the first {link.Seq - 1} line(s) of the file are missing");
                }
                if (previousFileHash != null && link.PreviousHash != previousFileHash)
                {
                    return (1, SpawnAuditChainBreak.Deleted,
                        $"line 1 does not continue from the last line of {Path.GetFileName(previousFile)}: lines at its end, or a whole file after it, were deleted");
                }
                return null;
            }
            if (link.PreviousHash == links[i - 1].Hash)
            {
                return link.Seq == number ? ((int, SpawnAuditChainBreak, string)?)null
                    : (number, SpawnAuditChainBreak.Edited, $"line {number} says it is line {link.Seq}: the file was rewritten");
            }
            if (i >= 2 && link.PreviousHash == links[i - 2].Hash)
            {
                return (number - 1, SpawnAuditChainBreak.Inserted, $"line {number - 1} does not belong to the chain: it was inserted");
            }
            var later = links.Skip(number).Select((l, k) => (l.Hash, Line: number + k + 1)).FirstOrDefault(l => l.Hash == link.PreviousHash);
            if (later.Line != 0)
            {
                return (number, SpawnAuditChainBreak.Reordered, $"line {number} follows line {later.Line} in the chain: lines were reordered");
            }
            if (link.Seq > number)
            {
                return (number, SpawnAuditChainBreak.Deleted, $"{link.Seq - number} line(s) before line {number} are missing");
            }
            return (number, SpawnAuditChainBreak.Inserted,
                $"line {number} does not continue from line {number - 1}: it was inserted, or line {number - 1} was rewritten with a new hash");
        }

        private static SpawnAuditLogVerification Broken(int fileCount, int lineCount, string file, int line,
            SpawnAuditChainBreak reason, string detail) => new SpawnAuditLogVerification
            {
                IsValid = false,
                FileCount = fileCount,
                LineCount = lineCount,
                Path = file,
                LineNumber = line,
                Reason = reason,
                Message = $"The audit log chain is broken at {file} line {line} ({reason}): {detail}.",
            };
    }
}
