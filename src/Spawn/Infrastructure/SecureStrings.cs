using System;
using System.Runtime.InteropServices;
using System.Security;

namespace Spawn.PowerShell.Infrastructure
{
    /// <summary>SecureString conversions at the boundary to the engine, which needs the plain value to sign requests.</summary>
    internal static class SecureStrings
    {
        internal static SecureString FromPlain(string value)
        {
            var secure = new SecureString();
            foreach (var c in value)
            {
                secure.AppendChar(c);
            }
            secure.MakeReadOnly();
            return secure;
        }

        internal static string? ToPlain(SecureString? value)
        {
            if (value == null)
            {
                return null;
            }
            var pointer = IntPtr.Zero;
            try
            {
                pointer = Marshal.SecureStringToGlobalAllocUnicode(value);
                return Marshal.PtrToStringUni(pointer);
            }
            finally
            {
                if (pointer != IntPtr.Zero)
                {
                    Marshal.ZeroFreeGlobalAllocUnicode(pointer);
                }
            }
        }
    }
}
