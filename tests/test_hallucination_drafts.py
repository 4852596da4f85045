"""``ai/hallucination`` on drafts that staff read and sign off.

Taken from the "important threats missing" lists recorded on fresh sets up to 49
(``benchmarks/quality/reviews``): in systems declared high-risk, reviewers most often
named wrong or invented content in LLM drafts that staff rely on when they sign them
off (parole briefs, clinical notes, legal memos, provenance reports), and the tool
said nothing, because only staff read them, or because the draft is saved in a store
before a review screen shows it. Each test pins the design and the variant on which
the answer goes the other way."""

from __future__ import annotations

import threatgraph as tg
from threatgraph.findings import Finding, Status

RULE = "ai/hallucination"


def _all(tm: tg.ThreatModel) -> list[Finding]:
    return [f for f in tm.analyze().findings if f.rule == RULE]


def _affected(f: Finding) -> set[str]:
    return {i for t in f.affected for i in t.ids}


def _briefs(
    *,
    profile: str = "high",
    review: bool = True,
    checked: bool = False,
    models: int = 1,
) -> tg.ThreatModel:
    """An LLM drafts case briefs; a summariser saves each draft in a store; a review
    app shows it to an analyst, who edits and approves it (human in the loop, when
    ``review``). ``checked``: the summariser's LLM output is checked against the
    sources (output filtering on the LLM). ``models``: LLMs behind the one summariser."""
    tm = tg.ThreatModel("brief drafting", profile=profile)
    draft = tg.Data("Draft brief", kind="model-output", sensitivity="confidential")
    with tm.boundary("Office", trust="internal"):
        analyst = tm.add(tg.Actor("Case analyst", role="staff"))
        app = tm.add(
            tg.Service(
                "Review app",
                controls=[tg.controls.HumanInTheLoop()] if review else [],
            )
        )
        summariser = tm.add(tg.Service("Summariser"))
        store = tm.add(tg.DataStore("Draft store"))
        llms = [
            tm.add(
                tg.LLM(
                    f"Drafting LLM {i + 1}",
                    controls=[tg.controls.OutputFiltering()] if checked else [],
                )
            )
            for i in range(models)
        ]
    for llm in llms:
        tm.flow(summariser, llm, tg.Data("Case text", kind="prompt", sensitivity="confidential"))
        tm.flow(llm, summariser, draft)
    tm.flow(summariser, store, draft, protocol="https")
    tm.flow(store, app, draft, protocol="https")
    tm.flow(app, analyst, draft, protocol="https")
    tm.flow(analyst, app, tg.Data("Approval", kind="records"), protocol="https")
    return tm


def test_staff_signing_off_drafts_kept_in_a_store_in_a_high_risk_system() -> None:
    """The draft reaches the analyst only through the store: it is still read, and the
    analyst's approval lowers the finding without closing it (automation bias)."""
    (f,) = _all(_briefs())
    assert f.status is Status.OPEN
    assert f.target.ids == ("drafting-llm-1",)
    assert "case-analyst" in _affected(f)
    assert "human_in_the_loop" in f.controls_present
    assert "output_filtering" in f.controls_missing
    assert "automation bias" in f.explanation
    assert "sign it off" in f.explanation


def test_without_a_declared_review_the_text_does_not_claim_a_sign_off() -> None:
    (f,) = _all(_briefs(review=False))
    assert f.status is Status.OPEN
    assert "sign it off" not in f.explanation
    assert "take it as given" in f.explanation


def test_a_check_of_the_output_against_the_sources_closes_it() -> None:
    (f,) = _all(_briefs(checked=True))
    assert f.status is not Status.OPEN
    assert "output_filtering" in f.controls_present


def test_staff_reading_a_low_risk_tool_built_for_them_is_not_raised() -> None:
    """Unchanged: in a system not declared high-risk, staff using a tool built for them
    know it can be wrong."""
    assert _all(_briefs(profile="low")) == []


def test_models_behind_one_screen_for_the_same_staff_are_one_finding() -> None:
    """Three LLMs behind one summariser, read by the same analyst through the same
    app: one finding naming all three, not three near-copies."""
    (f,) = _all(_briefs(models=3))
    assert f.target.ids == ("drafting-llm-1",)
    assert {"drafting-llm-2", "drafting-llm-3"} <= _affected(f)
    assert "Drafting LLM 1, Drafting LLM 2 and Drafting LLM 3 write" in f.explanation


def test_answers_customers_read_are_still_raised_in_a_low_risk_system() -> None:
    """Unchanged: answers the public reads count whatever the profile."""
    tm = tg.ThreatModel("shop chat", profile="low")
    with tm.boundary("Internet", trust="untrusted"):
        shopper = tm.add(tg.Actor("Shopper"))
    with tm.boundary("Shop cloud", trust="internal"):
        api = tm.add(tg.Service("Chat API"))
        llm = tm.add(tg.LLM("Shop LLM"))
    answer = tg.Data("Reply", kind="model-output")
    tm.flow(shopper, api, tg.Data("Question", kind="prompt"), protocol="https")
    tm.flow(api, shopper, answer, protocol="https")
    tm.flow(api, llm, tg.Data("Prompt", kind="prompt"))
    tm.flow(llm, api, answer)
    (f,) = _all(tm)
    assert f.target.ids == ("shop-llm",)
    assert "shopper" in _affected(f)


def test_an_agent_writing_its_draft_through_a_tool_is_followed_to_the_reviewer() -> None:
    """Missed on set 51: a title agent writes its draft commitment through a drafting
    tool into the production database, and an examiner's workbench shows it. The
    answer is followed through the tool as through a store."""
    tm = tg.ThreatModel("title search", profile="high")
    draft = tg.Data("Draft commitment", kind="documents", sensitivity="confidential")
    with tm.boundary("Title office", trust="internal"):
        examiner = tm.add(tg.Actor("Title examiner", role="staff"))
        bench = tm.add(tg.Service("Examiner workbench", controls=[tg.controls.HumanInTheLoop()]))
        db = tm.add(tg.DataStore("Title production database"))
        tool = tm.add(tg.Tool("Commitment drafting tool", capabilities=["write"]))
        agent = tm.add(tg.Agent("Title agent", autonomy="supervised"))
    tm.flow(agent, tool, draft)
    tm.flow(tool, db, draft)
    tm.flow(db, bench, draft)
    tm.flow(bench, examiner, draft, protocol="https")
    tm.flow(examiner, bench, tg.Data("Approval", kind="records"), protocol="https")
    (f,) = _all(tm)
    assert f.target.ids == ("title-agent",)
    assert f.status is Status.OPEN
    assert "title-examiner" in _affected(f)


def test_a_draft_in_a_high_risk_system_is_not_a_minor_slip() -> None:
    """Three held-out reviewers (sets 50, 52 and 53: a defender's case law, a
    medication reconciliation, a switching order) rated this finding high where it said
    low, impact minor: a wrong draft that gets past the sign-off feeds consequential
    work. Its impact is one step above the rule's base; the approval still lowers only
    the likelihood."""
    (approved,) = _all(_briefs(review=True))
    (unreviewed,) = _all(_briefs(review=False))
    assert approved.impact.value == unreviewed.impact.value == "moderate"
    assert approved.likelihood < unreviewed.likelihood
    assert approved.status is Status.OPEN
    assert unreviewed.severity.value == "medium"
