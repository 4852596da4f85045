"""Scoring: likelihood × impact, banded into severities, adjusted by controls.

The default formula (documented in ``docs/explanation/scoring.md``):

**Likelihood** (1..5) starts from the rule's prior (from the highest ATLAS
maturity of its techniques: realized 4, demonstrated 3, feasible or none 2),
then:

- +1 when the target is untrusted or directly fed by something untrusted
  (exposure 0 or 1); -1 when nothing untrusted can reach it at all;
- -1 when threat actors are in scope but none of them can reach the target;
- -1 when the only actors who reach it have low capability and the technique
  is not yet realized in the wild (prior below "likely");
- the rule's own adjustment for what it knows (for example, scores returned
  to callers make extraction easier);
- clamped to 1..5. That is the *inherent* likelihood.

**Impact** (1..5) starts from the rule's impact (derived from the CIA letters
at stake unless the rule sets it), then +1 when confidentiality is at stake
and the target handles PII, secrets or regulated data; -1 when confidentiality
is the only concern and the target handles only public data; +1 when integrity
is at stake and a model that makes high-stakes decisions is involved; plus
the rule's own adjustment.

**Severity** bands the score L × I: 1-5 low, 6-11 medium, 12-19 high, 20-25
critical (informational rules are always INFO). Critical therefore needs an
almost certain threat with major impact, or a likely one with severe impact.

**Controls**: each primary control present in the right place lowers the
likelihood by 2, each supporting control by 1 (floor 1); the residual
severity uses that likelihood. For a rule whose attacker rewords until partial
measures let it through (``adaptive``: prompt injection against input filters and
guardrails), supporting controls with no primary control beside them lower it by
1 together. A finding is *mitigated* when at least one
primary control is present; on a high-risk profile, a threat whose inherent
severity is high or critical also needs a second, independent control
(defence in depth) before it counts as mitigated.

Replace the formula by passing any object with a ``score(ScoreInput) ->
Score`` method as ``analyze(..., scorer=...)``.
"""

from __future__ import annotations

from typing import Protocol

import attrs

from threatgraph.controls import Control
from threatgraph.vocab import Impact, Level, Likelihood, RiskProfile, Sensitivity, Severity, Status

__all__ = ["DefaultScorer", "Score", "ScoreInput", "Scorer", "band"]

_LIKELIHOODS = tuple(Likelihood)
_IMPACTS = tuple(Impact)


def _likelihood(score: int) -> Likelihood:
    """``Likelihood.from_score`` by indexing (the scorer runs once per finding)."""
    return _LIKELIHOODS[max(1, min(5, score)) - 1]


def _impact(score: int) -> Impact:
    """``Impact.from_score`` by indexing."""
    return _IMPACTS[max(1, min(5, score)) - 1]


def band(score: int) -> Severity:
    """The severity band for likelihood × impact (1..25)."""
    if score >= 20:
        return Severity.CRITICAL
    if score >= 12:
        return Severity.HIGH
    if score >= 6:
        return Severity.MEDIUM
    return Severity.LOW


@attrs.frozen
class ScoreInput:
    """Everything a scorer may use about one finding."""

    rule_likelihood: Likelihood
    rule_impact: Impact
    cia: str
    informational: bool
    profile: RiskProfile
    exposure: int | None
    """Hops from the nearest untrusted element; None when unreachable from untrusted."""
    actors_in_scope: int
    reaching_capabilities: tuple[Level, ...]
    """Capabilities of the in-scope actors that reach the target."""
    max_sensitivity: Sensitivity | None
    high_stakes: bool
    likelihood_delta: int
    impact_delta: int
    primary_present: tuple[type[Control], ...]
    supporting_present: tuple[type[Control], ...]
    adaptive: bool = False
    """The rule's attacker rewords around partial measures (see ``Rule.adaptive``)."""


@attrs.frozen
class Score:
    """A scorer's verdict."""

    likelihood: Likelihood
    """Residual likelihood, after controls."""
    impact: Impact
    severity: Severity
    """Residual severity."""
    inherent_severity: Severity
    status: Status
    """OPEN or MITIGATED."""
    reason: str | None = None


class Scorer(Protocol):
    """Anything that turns a ScoreInput into a Score."""

    def score(self, data: ScoreInput) -> Score:
        """Score one finding."""
        ...


class DefaultScorer:
    """The documented default formula (see the module docstring)."""

    def score(self, data: ScoreInput) -> Score:
        """Score one finding."""
        lik = data.rule_likelihood.score
        if data.exposure is not None and data.exposure <= 1:
            lik += 1
        elif data.exposure is None:
            lik -= 1
        if (data.actors_in_scope and not data.reaching_capabilities) or (
            data.reaching_capabilities
            and max(data.reaching_capabilities) is Level.LOW
            and data.rule_likelihood < Likelihood.LIKELY
        ):
            lik -= 1
        lik += data.likelihood_delta
        inherent_l = _likelihood(lik)

        imp = data.rule_impact.score
        if "C" in data.cia and data.max_sensitivity is not None:
            if data.max_sensitivity in (Sensitivity.PII, Sensitivity.SECRET, Sensitivity.REGULATED):
                imp += 1
            elif data.max_sensitivity is Sensitivity.PUBLIC and data.cia == "C":
                imp -= 1
        if "I" in data.cia and data.high_stakes:
            imp += 1
        imp += data.impact_delta
        impact = _impact(imp)

        inherent = Severity.INFO if data.informational else band(inherent_l.score * impact.score)
        n_primary = len(data.primary_present)
        n_supporting = len(data.supporting_present)
        lowered = 2 * n_primary + n_supporting
        if data.adaptive and not n_primary:
            lowered = min(n_supporting, 1)  # filters an attacker rewords around: one step
        residual_l = _likelihood(inherent_l.score - lowered)
        residual = Severity.INFO if data.informational else band(residual_l.score * impact.score)

        status = Status.OPEN
        reason = None
        if n_primary >= 1:
            needs_two = data.profile is RiskProfile.HIGH and inherent >= Severity.HIGH
            if needs_two and n_primary + n_supporting < 2:
                reason = (
                    "only one control in place; the high-risk profile needs two independent "
                    "controls on high and critical threats (defence in depth)"
                )
            else:
                status = Status.MITIGATED
                names = ", ".join(c.key for c in (*data.primary_present, *data.supporting_present))
                reason = f"mitigated by {names}"
        elif n_supporting:
            names = ", ".join(c.key for c in data.supporting_present)
            reason = f"partly reduced by {names}; no primary control"
        return Score(
            likelihood=residual_l,
            impact=impact,
            severity=residual,
            inherent_severity=inherent,
            status=status,
            reason=reason,
        )
