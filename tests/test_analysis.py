"""The threat engine: analysis, scoring, statuses, errors and catalogues."""

from __future__ import annotations

import runpy
from pathlib import Path

import attrs
import pytest

import threatgraph as tg
from threatgraph import controls as c
from threatgraph.errors import AnalysisIncompleteError, CatalogueError
from threatgraph.findings import Target, finding_id
from threatgraph.rules import (
    Catalogue,
    ElementView,
    FlowView,
    Match,
    Rule,
    on_element,
    on_flow,
    rule,
)
from threatgraph.scoring import DefaultScorer, Score, ScoreInput, band
from threatgraph.vocab import Severity, Status

ROOT = Path(__file__).resolve().parents[1]
PROMPT = tg.Data("Prompt")
TICKETS = tg.Data("Support tickets", sensitivity="pii")


def chat(
    *,
    api_controls: frozenset[c.Control] = frozenset(),
    profile: str = "low",
    tool: bool = False,
) -> tg.ThreatModel:
    tm = tg.ThreatModel("chat", profile=profile)
    with tm.boundary("Internet", trust="untrusted"):
        user = tm.add(tg.Actor("Customer"))
    with tm.boundary("VPC", trust="internal"):
        api = tm.add(tg.Endpoint("Chat API", controls=api_controls))
        llm = tm.add(tg.LLM("Support LLM"))
        if tool:
            refunds = tm.add(tg.Tool("Refund tool", capabilities={"write"}))
            tm.flow(llm, refunds, tg.Data("Refund call", kind="tool-call"))
    tm.flow(user, api, PROMPT)
    tm.flow(api, llm, PROMPT)
    return tm


def test_findings_are_numbered_in_severity_order() -> None:
    report = chat().analyze()
    assert report.findings
    assert [f.number for f in report.findings] == list(range(1, len(report.findings) + 1))
    keys = [(-f.severity.rank, -f.score) for f in report.findings]
    assert keys == sorted(keys)


def test_finding_id_depends_only_on_rule_and_target() -> None:
    fid = finding_id("ai/prompt-injection-direct", Target.element("support-llm"))
    report = chat().analyze()
    assert fid in {f.id for f in report.findings}
    assert fid == finding_id("ai/prompt-injection-direct", Target.element("support-llm"))
    assert fid.startswith("TG-")
    assert len(fid) == 15


def test_explanation_names_the_elements_and_the_boundary() -> None:
    report = chat().analyze()
    (f,) = report.for_rule("ai/prompt-injection-direct")
    assert "Customer (Internet, untrusted)" in f.explanation
    assert "Support LLM (VPC, internal)" in f.explanation
    # the way in is listed: the customer's path through the chat API
    assert Target.path(("customer", "chat-api", "support-llm")) in f.affected
    assert f.location is not None
    assert f.location.endswith(".py:" + f.location.rsplit(":", 1)[1])


def test_primary_control_mitigates_and_reports_residual_severity() -> None:
    before = chat().analyze().for_rule("ai/prompt-injection-direct")[0]
    after = (
        chat(api_controls=frozenset({c.Guardrails()}))
        .analyze()
        .for_rule("ai/prompt-injection-direct")[0]
    )
    assert before.status is Status.OPEN
    assert after.status is Status.MITIGATED
    assert after.inherent_severity == before.inherent_severity
    assert after.severity <= before.severity
    assert "guardrails" in after.controls_present
    assert "guardrails" in before.controls_missing


def _prompted_llm(*controls: c.Control) -> tg.ThreatModel:
    """Customers prompt an LLM with a write tool directly: a high direct injection."""
    tm = tg.ThreatModel("direct", profile="high")
    with tm.boundary("Internet", trust="untrusted"):
        user = tm.add(tg.Actor("Customer"))
    with tm.boundary("VPC", trust="internal"):
        llm = tm.add(tg.LLM("Support LLM", controls=frozenset(controls)))
        refunds = tm.add(tg.Tool("Refund tool", capabilities={"write"}))
    tm.flow(user, llm, PROMPT)
    tm.flow(llm, refunds, tg.Data("Refund call", kind="tool-call"))
    return tm


def test_high_profile_needs_two_controls_on_high_threats() -> None:
    # red teaming answers direct injection into a model that sees or does what
    # matters; a filter there only lowers it (see ai/prompt-injection-direct)
    one = _prompted_llm(c.RedTeaming()).analyze()
    f = one.for_rule("ai/prompt-injection-direct")[0]
    assert f.inherent_severity >= Severity.HIGH
    assert f.status is Status.OPEN
    assert f.status_reason is not None
    assert "defence in depth" in f.status_reason
    req = [r for r in one.requirements if "two independent controls" in r.title]
    assert req
    assert not req[0].met
    assert req[0].status == "unmet"
    two = _prompted_llm(c.RedTeaming(), c.Guardrails()).analyze()
    assert two.for_rule("ai/prompt-injection-direct")[0].status is Status.MITIGATED


def test_defence_in_depth_is_never_met_vacuously() -> None:
    # no control anywhere: the high threats are not "met", they are unmet
    bare = _prompted_llm().analyze()
    (req,) = [r for r in bare.requirements if r.id == "profile/high/defence-in-depth"]
    assert req.status == "unmet"
    assert not req.met
    assert "none" in req.detail
    # nothing high or critical at all: not applicable, not met
    quiet = tg.ThreatModel("quiet", profile="high")
    with quiet.boundary("VPC", trust="internal"):
        quiet.add(tg.Service("Batch job"))
    (req,) = [r for r in quiet.analyze().requirements if r.id == "profile/high/defence-in-depth"]
    assert req.status == "not-applicable"
    assert not req.met


def test_actors_that_reach_the_target_are_listed() -> None:
    f = chat().analyze().for_rule("ai/prompt-injection-direct")[0]
    assert "opportunist" in f.actors
    tm = chat()
    tm.in_scope(*(a for a in tg.default_actors() if a.id == "insider"))
    # insiders start inside the VPC: they reach the LLM too, and nobody else is in scope
    assert tm.analyze().for_rule("ai/prompt-injection-direct")[0].actors == ("insider",)


def test_no_actors_in_scope_is_noted() -> None:
    tm = chat()
    tm.in_scope()
    report = tm.analyze()
    assert any("No threat actors" in n for n in report.notes)
    assert all(f.actors == () for f in report.findings)


def test_exclusion_marks_not_applicable_with_reason() -> None:
    tm = tg.ThreatModel("x")
    with tm.boundary("Internet", trust="untrusted"):
        user = tm.add(tg.Actor("User"))
    with tm.boundary("VPC", trust="internal"):
        app = tm.add(
            tg.Service("App", exclude={"stride/denial-of-service": "the platform rate-limits"})
        )
        model = tm.add(tg.LLM("Model"))  # each request runs a model: a flood costs
    tm.flow(user, app, PROMPT)
    tm.flow(app, model, PROMPT)
    report = tm.analyze()
    (f,) = report.for_rule("stride/denial-of-service")
    assert f.status is Status.NOT_APPLICABLE
    assert f.status_reason == "excluded on app: the platform rate-limits"
    assert f not in report.open()


def test_a_crashing_rule_is_an_error_never_no_threat() -> None:
    @rule(
        "test/crash",
        title="Crashes",
        stride="T",
        phases="inference",
        applies_to=on_element(tg.Service),
        cwe=["CWE-20"],
    )
    def crash(view: ElementView) -> str:
        """This rule always raises, to prove the engine reports it."""
        raise RuntimeError(f"boom on {view.id}")

    tm = tg.ThreatModel("x")
    with tm.boundary("VPC", trust="internal"):
        tm.add(tg.Service("App"))
    report = tm.analyze(catalogue=Catalogue.default().extend(crash))
    assert not report.complete
    (err,) = report.errors
    assert err.rule == "test/crash"
    assert err.target == "element:app"
    assert "RuntimeError: boom on app" in err.error
    assert "INCOMPLETE" in repr(report)
    with pytest.raises(AnalysisIncompleteError, match="test/crash"):
        report.raise_for_errors()


@pytest.mark.parametrize("workers", [1, 2])
def test_a_rule_that_calls_sys_exit_is_an_error_never_the_end_of_the_analysis(
    workers: int,
) -> None:
    """Second day-of-real-use review: a catalogue rule that called sys.exit(0) ended
    `threatgraph analyze --fail-on high` with exit 0 and no report, and SystemExit
    escaped tm.analyze(). A rule, a requirement or a scorer that exits is a rule error,
    in one process or in a share, and the report is incomplete."""
    import sys

    from threatgraph.rules import Need, requirement

    @rule(
        "test/exits",
        title="Exits",
        stride="T",
        phases="inference",
        applies_to=on_element(tg.Service),
        cwe=["CWE-20"],
    )
    def exits(view: ElementView) -> str:
        """This rule ends the process, to prove the engine keeps going."""
        sys.exit(0)

    @requirement(
        "test/exits-too",
        title="Requirement that exits",
        source="profile:any",
        satisfied_by=[c.AuditLogging],
        stride="R",
        phases="inference",
        description="Every service keeps an audit log (a test requirement that exits).",
    )
    def needs(g: object) -> list[Need]:
        sys.exit(3)

    class Quits(DefaultScorer):
        def score(self, data: ScoreInput) -> Score:
            raise SystemExit("scorer gave up")

    tm = tg.ThreatModel("x")
    with tm.boundary("VPC", trust="internal"):
        tm.add(tg.Service("App"))
    report = tm.analyze(catalogue=Catalogue([exits, needs]), workers=workers)
    assert not report.complete
    assert sorted((e.rule, e.error) for e in report.errors) == [
        ("test/exits", "SystemExit: 0"),
        ("test/exits-too", "SystemExit: 3"),
    ]
    flagged = tm.analyze(catalogue=Catalogue([_every_service_rule()]), scorer=Quits())
    assert [e.error for e in flagged.errors] == ["SystemExit: scorer gave up"]


def _every_service_rule() -> Rule:
    """A rule that matches every service: something for a scorer to score."""

    @rule(
        "test/every-service",
        title="Every service",
        stride="T",
        phases="inference",
        applies_to=on_element(tg.Service),
        cwe=["CWE-20"],
    )
    def every(view: ElementView) -> bool:
        """Matches every service."""
        return True

    return every


def test_a_rule_returning_garbage_is_an_error() -> None:
    @rule(
        "test/garbage",
        title="Garbage",
        stride="T",
        phases="inference",
        applies_to=on_flow(),
        cwe=["CWE-20"],
    )
    def garbage(f: FlowView) -> object:
        """Returns a number, which is not a valid rule result."""
        return 42

    report = chat().analyze(catalogue=Catalogue([garbage]))
    assert len(report.errors) == 2
    assert all("expected None, bool, str, Match" in e.error for e in report.errors)


def test_match_can_adjust_scores() -> None:
    def make(delta: int) -> Catalogue:
        @rule(
            "test/adjust",
            title="Adjusted",
            stride="I",
            phases="inference",
            applies_to=on_element(tg.LLM),
            cwe=["CWE-200"],
            likelihood="possible",
            impact="moderate",
        )
        def adjust(view: ElementView) -> Match:
            """Fires on every LLM with a likelihood adjustment."""
            return Match("adjusted", likelihood_delta=delta)

        return Catalogue([adjust])

    low = chat().analyze(catalogue=make(-2)).findings[0]
    high = chat().analyze(catalogue=make(+2)).findings[0]
    assert low.likelihood < high.likelihood


def test_severity_bands() -> None:
    assert band(1) is Severity.LOW
    assert band(5) is Severity.LOW
    assert band(6) is Severity.MEDIUM
    assert band(11) is Severity.MEDIUM
    assert band(12) is Severity.HIGH
    assert band(19) is Severity.HIGH
    assert band(20) is Severity.CRITICAL
    assert band(25) is Severity.CRITICAL


def test_custom_scorer_replaces_the_formula() -> None:
    class Everything(DefaultScorer):
        def score(self, data: ScoreInput) -> Score:
            s = super().score(data)
            return attrs.evolve(s, severity=Severity.CRITICAL)

    report = chat().analyze(scorer=Everything())
    assert {f.severity for f in report.findings} == {Severity.CRITICAL}


def test_report_queries_and_repr() -> None:
    tm = chat()
    with tm.boundary("Vendor", trust="partner"):
        vendor = tm.add(tg.ExternalService("Fulfilment API"))
    # a confidential flow to a partner with no declared protocol: a model-level item
    tm.flow("chat-api", vendor, tg.Data("Order", sensitivity="confidential"))
    report = tm.analyze()
    counts = report.counts()
    assert sum(counts["status"].values()) == len(report.findings)
    assert sum(counts["severity"].values()) == len(report.open())
    assert report.open(min_severity="critical") == [
        f for f in report.open() if f.severity is Severity.CRITICAL
    ]
    groups = report.group_by("stride")
    assert all(f in report.findings for fs in groups.values() for f in fs)
    by_element = report.group_by("element")
    assert "chat-api" in by_element
    grouped = {f.id for fs in by_element.values() for f in fs}
    assert grouped == {f.id for f in report.findings}, "every finding lands in some group"
    assert any(f.target.kind == "model" for f in by_element["model"])
    assert repr(report).startswith("<Report 'chat': ")
    assert report.get(report.findings[0].id) is report.findings[0]


def test_requirements_list_profile_and_framework_rules() -> None:
    tm = chat(profile="high")
    tm.frameworks.add(tg.Framework.SOC2)
    report = tm.analyze()
    sources = {r.source for r in report.requirements}
    assert {"profile:high", "framework:soc2"} <= sources
    logging = [r for r in report.requirements if r.id == "profile/baseline/audit-logging"]
    assert logging
    assert not logging[0].met
    assert logging[0].status == "unmet"
    assert logging[0].missing == ("chat-api",)
    # a checklist item reported with the requirements only: no finding of its own
    assert report.for_rule("profile/baseline/audit-logging") == []


def test_raised_requirement_is_one_finding_listing_the_places() -> None:
    tm = tg.ThreatModel("agents")
    with tm.boundary("Corp", trust="internal"):
        staff = tm.add(tg.Actor("Staff"))
        a = tm.add(tg.Agent("Ops agent"))
        b = tm.add(tg.Agent("Billing agent"))
        shell = tm.add(tg.Tool("Shell", capabilities={"execute-code"}))
        pay = tm.add(tg.Tool("Payments", capabilities={"money-movement"}))
    tm.flow(staff, a, PROMPT)
    tm.flow(staff, b, PROMPT)
    tm.flow(a, shell, tg.Data("Command", kind="tool-call"))
    tm.flow(b, pay, tg.Data("Payment", kind="tool-call"))
    report = tm.analyze()
    (req,) = [r for r in report.requirements if r.id == "profile/baseline/agent-action-logging"]
    assert req.status == "unmet"
    assert req.missing == ("billing-agent", "ops-agent")
    (f,) = report.for_rule("profile/baseline/agent-action-logging")
    assert f.is_open
    assert f.target.kind == "model"
    assert [t.key for t in f.affected] == ["element:billing-agent", "element:ops-agent"]
    assert "Billing agent (acts through tools)" in f.explanation


def test_low_profile_notes_expensive_controls() -> None:
    report = chat(api_controls=frozenset({c.RedTeaming()})).analyze()
    assert any("red_teaming" in n for n in report.notes)


def _without_controls(example: str) -> tg.ThreatModel:
    ns = runpy.run_path(str(ROOT / "examples" / example / "model.py"))
    built: tg.ThreatModel = ns["tm"]
    bare = tg.ThreatModel("bare " + example, profile="low")
    system = built.freeze()
    for b in system.boundaries:
        with bare.boundary(b.name, trust=b.trust):
            for e in system.elements_in(b, nested=False):
                bare.add(attrs.evolve(e, controls=frozenset()))
    for f in system.all_flows:
        bare.flow(f.source, f.target, *f.data, label=f.label)
    return bare


@pytest.mark.parametrize("stripped", [False, True], ids=["as-designed", "no-controls"])
@pytest.mark.parametrize("example", ["small_internal", "batch_forecast"])
def test_low_risk_systems_are_quiet(example: str, stripped: bool) -> None:
    """pytm's biggest complaint is noise: a low-risk system, even with every control
    stripped, has at most two open findings and none above low."""
    if stripped:
        tm = _without_controls(example)
    else:
        tm = runpy.run_path(str(ROOT / "examples" / example / "model.py"))["tm"]
    report = tm.analyze()
    assert report.complete
    assert len(report.open()) <= 2, [(f.rule, f.target.key) for f in report.open()]
    assert not report.open(min_severity="medium"), [(f.rule, f.severity) for f in report.open()]


def test_catalogue_operations() -> None:
    cat = Catalogue.default()

    @rule(
        "stride/exposed-interface",
        title="Impostor",
        stride="R",
        phases="inference",
        applies_to=on_element(tg.Service),
        cwe=["CWE-778"],
    )
    def impostor(view: ElementView) -> None:
        """A second rule that reuses a built-in id must be refused."""

    with pytest.raises(CatalogueError, match="two rules share the id"):
        cat.extend(impostor)
    with pytest.raises(CatalogueError, match="did you mean"):
        cat.without("stride/exposed-interfce")
    assert set(cat.only("ai/").ids) == {r for r in cat.ids if r.startswith("ai/")}
    with pytest.raises(CatalogueError, match="no catalogue entry point"):
        Catalogue.from_entry_points(["does-not-exist"])
    assert "stride/exposed-interface" in cat
    assert cat.filter(reference="CWE-319")


def test_rule_decorator_rejects_bad_metadata() -> None:
    with pytest.raises(CatalogueError, match="must carry its year"):

        @rule(
            "test/bad",
            title="Bad",
            stride="T",
            phases="inference",
            applies_to=on_element(tg.LLM),
            owasp=["LLM01"],
        )
        def bad(view: ElementView) -> None:
            """A rule with an OWASP id missing its year."""

    with pytest.raises(CatalogueError, match="family/name"):

        @rule("NoSlash", title="x", stride="T", phases="inference", applies_to=on_element(tg.LLM))
        def bad2(view: ElementView) -> None:
            """A rule with a malformed id."""


def test_two_catalogues_and_two_models_coexist() -> None:
    a, b = chat(), chat(profile="high")
    full = Catalogue.default()
    small = full.only("ai/")
    ra = a.analyze(catalogue=full)
    rb = b.analyze(catalogue=small)
    assert {f.rule for f in rb.findings} <= set(small.ids)
    assert len(ra.findings) > len(rb.findings)
    assert a.analyze(catalogue=full).findings == ra.findings


def test_scorer_clamps_scores_like_the_vocabulary() -> None:
    """The default scorer maps raw scores to levels by indexing; it must agree with
    Likelihood.from_score / Impact.from_score everywhere, clamping included."""
    from threatgraph.scoring import _impact, _likelihood
    from threatgraph.vocab import Impact, Likelihood

    for raw in range(-6, 13):
        assert _likelihood(raw) is Likelihood.from_score(raw)
        assert _impact(raw) is Impact.from_score(raw)


def _sites_rule(sites: tuple[str | tuple[str, ...], ...]) -> Catalogue:
    @rule(
        "test/sites",
        title="Sites",
        stride="T",
        phases="inference",
        applies_to=on_element(tg.LLM),
        cwe=["CWE-20"],
        mitigations=[c.InputValidation],
    )
    def sites_rule(view: ElementView) -> Match:
        """Counts controls only at the given sites."""
        return Match("sites", control_sites=sites)

    return Catalogue([sites_rule])


def test_control_sites_may_hold_a_shared_group_of_ids() -> None:
    validated = frozenset({c.InputValidation()})
    group = ("chat-api", "customer")
    plain = chat(api_controls=validated).analyze(catalogue=_sites_rule(("support-llm",)))
    assert plain.findings[0].status is Status.OPEN
    for _ in range(2):  # the group's controls are gathered once and reused
        report = chat(api_controls=validated).analyze(catalogue=_sites_rule(("support-llm", group)))
        (f,) = report.findings
        assert f.status is Status.MITIGATED
        assert f.controls_present == ("input_validation",)


def test_an_unknown_id_in_a_control_site_group_is_a_rule_error() -> None:
    report = chat().analyze(catalogue=_sites_rule((("chat-api", "chat-apii"),)))
    assert not report.complete
    (err,) = report.errors
    assert "'chat-apii' is not an element or flow id" in err.error


def test_one_finding_per_root_cause_and_ids_that_survive_unrelated_changes() -> None:
    def build(second_actor: bool, rename: bool) -> tg.ThreatModel:
        tm = tg.ThreatModel("ids")
        with tm.boundary("Internet", trust="untrusted"):
            user = tm.add(tg.Actor("Customer"))
            if second_actor:
                partner = tm.add(tg.Actor("Partner app", human=False))
        with tm.boundary("VPC", trust="internal"):
            api = tm.add(tg.Endpoint("Chat API"))
            llm = tm.add(tg.LLM("Support LLM"))
            tm.add(tg.DataStore("Reporting DB" if rename else "Analytics DB"))
        tm.flow(user, api, PROMPT, protocol="https")
        if second_actor:
            tm.flow(partner, api, PROMPT, protocol="https")
        tm.flow(api, llm, PROMPT)
        tm.flow(llm, api, tg.Data("Answer", kind="model-output"))
        tm.flow(api, user, tg.Data("Answer", kind="model-output"), protocol="https")
        return tm

    base = build(False, False).analyze()
    two = build(True, False).analyze()
    renamed = build(False, True).analyze()
    # the second actor shares the finding: it is listed as a way in, not raised again
    (injection,) = two.for_rule("ai/prompt-injection-direct")
    assert len(injection.affected) == 2
    assert {f.id for f in base.findings} <= {f.id for f in two.findings}
    # renaming an element no finding is about changes no id
    assert [f.id for f in base.findings] == [f.id for f in renamed.findings]
    # both legs of an https call are one call, and neither is "readable in transit"
    assert not base.for_rule("stride/unencrypted-boundary-crossing")


def test_both_legs_of_a_cleartext_call_are_one_finding() -> None:
    tm = tg.ThreatModel("legs")
    with tm.boundary("Internet", trust="untrusted"):
        user = tm.add(tg.Actor("Customer"))
    with tm.boundary("VPC", trust="internal"):
        api = tm.add(tg.Endpoint("API"))
    tm.flow(user, api, TICKETS, protocol="http")
    tm.flow(api, user, TICKETS, protocol="http")
    (f,) = tm.analyze().for_rule("stride/unencrypted-boundary-crossing")
    assert f.target.key == "flow:api->customer"
    assert [t.key for t in f.affected] == ["flow:customer->api"]


def test_a_threat_family_raises_once_with_the_most_specific_explanation() -> None:
    tm = tg.ThreatModel("kyc", profile="high")
    with tm.boundary("Phones", trust="untrusted"):
        phone = tm.add(tg.Device("Applicant phone"))
    with tm.boundary("VPC", trust="internal"):
        liveness = tm.add(tg.Model("Liveness check", task="verification"))
    tm.flow(phone, liveness, tg.Data("Selfie video", kind="media", sensitivity="pii"))
    report = tm.analyze()
    found = [f for f in report.findings if f.target.key == "element:liveness-check"]
    evasion = [f for f in found if f.rule in ("ai/adversarial-evasion", "ai/verification-spoofing")]
    assert len(evasion) == 1
    (f,) = evasion
    assert f.rule == "ai/verification-spoofing"
    # the family's tags are the union: the generic evasion ids are kept
    assert {"AML.T0015", "AML.T0043", "AML.T0088"} <= set(f.atlas)


def test_model_notes_point_at_what_the_model_leaves_unsaid() -> None:
    """Elements in no boundary, elements with no flows and boundary-crossing flows with no
    data are notes for the author, never findings."""
    tm = tg.ThreatModel("notes")
    loose = tm.add(tg.Service("Loose service"))
    with tm.boundary("VPC", trust="internal"):
        api = tm.add(tg.Service("API"))
        tm.add(tg.DataStore("Forgotten store"))
    tm.flow(loose, api)
    report = tm.analyze()
    text = " ".join(report.notes)
    assert "sit in no trust boundary and are treated as untrusted: Loose service" in text
    assert "have no flows" in text
    assert "Forgotten store" in text
    assert "without saying what they carry" in text
    assert "loose-service->api" in text
    clean = chat().analyze()
    assert not any("trust boundary" in n or "no flows" in n for n in clean.notes)


def test_a_model_mostly_in_partner_zones_says_their_inside_is_not_analysed() -> None:
    """Set 265's dairy herd cameras: the clip store, the model, the score database, the
    dashboard and the report job are all the camera vendor's; the analysis found
    nothing and said nothing. A report that finds little says why: what happens inside
    partner boundaries is left to the partner."""

    def build(vendor_side: bool) -> tg.ThreatModel:
        tm = tg.ThreatModel("herd", profile="low")
        clips = tg.Data("Gait clips", kind="media")
        with tm.boundary("Farm", trust="internal"):
            box = tm.add(tg.Service("Edge box"))
            manager = tm.add(tg.Actor("Herd manager"))
        zone = "Vendor cloud" if vendor_side else "Farm cloud"
        with tm.boundary(zone, trust="partner" if vendor_side else "internal"):
            store = tm.add(tg.DataStore("Clip store", stores={clips}))
            model = tm.add(tg.Model("Gait model", task="classifier"))
            board = tm.add(tg.Endpoint("Dashboard"))
        tm.flow(box, store, clips, protocol="https")
        tm.flow(store, model, clips)
        tm.flow(model, board, tg.Data("Scores", kind="model-output"))
        tm.flow(board, manager, tg.Data("Lame list", kind="records"), protocol="https")
        return tm

    (note,) = [n for n in build(True).analyze().notes if "partner boundaries" in n]
    assert "3 element(s), against 1 of the organisation's own" in note
    assert "Clip store, Dashboard, Gait model" in note
    assert not any("partner boundaries" in n for n in build(False).analyze().notes)


def test_excluding_one_rule_of_a_family_leaves_the_others_standing() -> None:
    """Face verification fed by applicants: the verification finding explains the
    family; excluding it leaves general evasion open, and excluding both closes it."""

    def build(exclude: dict[str, str]) -> tg.ThreatModel:
        tm = tg.ThreatModel("kyc")
        with tm.boundary("Internet", trust="untrusted"):
            applicant = tm.add(tg.Actor("Applicant"))
        with tm.boundary("VPC", trust="internal"):
            api = tm.add(tg.Endpoint("KYC API"))
            face = tm.add(tg.Model("Face match", task="verification", exclude=exclude))
        tm.flow(applicant, api, tg.Data("Selfie", kind="media"))
        tm.flow(api, face, tg.Data("Selfie", kind="media"))
        tm.flow(face, api, tg.Data("Verdict", kind="model-output"))
        tm.flow(api, applicant, tg.Data("Verdict", kind="model-output"))
        return tm

    def family(report: tg.Report) -> list[tg.Finding]:
        return [
            f
            for f in report.findings
            if f.rule in ("ai/verification-spoofing", "ai/adversarial-evasion")
        ]

    (plain,) = family(build({}).analyze())
    assert plain.rule == "ai/verification-spoofing"
    (one,) = family(build({"ai/verification-spoofing": "tested by the vendor"}).analyze())
    assert one.id == plain.id
    assert one.is_open
    both = {"ai/verification-spoofing": "vendor", "ai/adversarial-evasion": "vendor"}
    (none,) = family(build(both).analyze())
    assert none.status is Status.NOT_APPLICABLE


def test_an_extended_catalogue_says_what_it_holds() -> None:
    """Second day-of-real-use review: the default catalogue extended in Python with a
    team's catalogue kept the name threatgraph-default, so the report (and its JSON)
    said so while holding that team's findings, and `threatgraph diff ... --catalogue
    mlsec` warned that the saved report was analysed without it."""
    every = _every_service_rule()
    team = Catalogue([every], name="mlsec")
    extended = Catalogue.default().extend(team)
    assert extended.name == "threatgraph-default+mlsec"
    loose = Catalogue.default().extend(every)
    assert loose.name == "threatgraph-default+custom"
    assert loose.extend(Catalogue(name="empty-team")).extend(()).name == (
        "threatgraph-default+custom+empty-team"
    )
    assert Catalogue().extend(team).name == "mlsec"  # an empty start adds no name
    tm = tg.ThreatModel("x")
    with tm.boundary("VPC", trust="internal"):
        tm.add(tg.Service("App"))
    assert tm.analyze(catalogue=extended).catalogue == "threatgraph-default+mlsec"
