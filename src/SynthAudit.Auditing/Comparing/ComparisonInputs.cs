using System.Collections.Immutable;
using SynthAudit.Auditing.Pipeline;
using SynthAudit.Core.Results;

namespace SynthAudit.Auditing.Comparing;

/// <summary>The loaded inputs of a comparison: one <see cref="LoadedAudit"/> per synthetic set, all sharing the same real
/// and holdout <see cref="Core.Data.Table"/> objects and one level list per categorical column.</summary>
/// <param name="Generators">The synthetic sets in command-line order with their loaded audit.</param>
/// <param name="Inputs">Every input file (real, holdout, each synthetic set as <c>synthetic:NAME</c>).</param>
/// <param name="Warnings">Reading, inference and alignment warnings.</param>
internal sealed record ComparisonInputs(ImmutableArray<(SyntheticSpec Spec, LoadedAudit Loaded)> Generators,
    ImmutableArray<InputInfo> Inputs, ImmutableArray<string> Warnings);
