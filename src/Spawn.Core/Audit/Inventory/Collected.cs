namespace Spawn.Audit.Inventory
{
    /// <summary>
    /// Data from one API call, or the reason it is missing. Checks read Value only after asking Ok, so a refused or
    /// unserved call can only ever produce an Error result, never a Pass.
    /// </summary>
    public sealed class Collected<T>
    {
        private Collected(T value, AuditCollectionError? error)
        {
            Value = value;
            Error = error;
        }

        public T Value { get; }
        public AuditCollectionError? Error { get; }
        public bool Ok => Error == null;

        public static Collected<T> Success(T value) => new Collected<T>(value, null);
        public static Collected<T> Failure(AuditCollectionError error) => new Collected<T>(default!, error);
    }
}
