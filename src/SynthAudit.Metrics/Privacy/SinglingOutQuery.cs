namespace SynthAudit.Metrics.Privacy;

/// <summary>A conjunction of one to three conditions on columns: Anonymeter's singling-out predicate.</summary>
internal readonly record struct SinglingOutQuery(Condition First, Condition Second, Condition Third, int Count)
{
    public Condition this[int i] => i switch { 0 => First, 1 => Second, _ => Third };
}
