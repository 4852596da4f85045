"""Fixes taken from the verdicts recorded on the tuned corpus and fresh sets up to 44
(``benchmarks/quality/reviews``): each test pins what reviewers struck or listed as
missing, and the variant of the same design on which the verdict goes the other way."""

from __future__ import annotations

import threatgraph as tg
import threatgraph.controls as c
from threatgraph.findings import Finding

EVASION = "ai/adversarial-evasion"


def _open(tm: tg.ThreatModel, rule: str) -> list[Finding]:
    return [f for f in tm.analyze().open() if f.rule == rule]


def _forecast(
    feed: tg.Element, *, high_stakes: bool = False, name: str = "Demand model"
) -> tg.ThreatModel:
    """A forecasting job reads an outside feed and the hospital's own admissions and
    writes a demand forecast that planners read on a dashboard."""
    tm = tg.ThreatModel("forecast")
    figures = tg.Data("Feed figures", kind="features")
    with tm.boundary("Outside", trust="untrusted"):
        src = tm.add(feed)
    with tm.boundary("Hospital", trust="internal"):
        job = tm.add(tg.Service("Feature service"))
        model = tm.add(tg.Model(name, task="regressor", high_stakes=high_stakes))
        planner = tm.add(tg.Actor("Planner"))
    tm.flow(src, job, figures, protocol="https")
    tm.flow(job, model, figures)
    tm.flow(model, planner, tg.Data("Forecast", kind="predictions"))
    return tm


def test_a_curated_feed_is_not_an_evasion_attacker() -> None:
    """Struck as wrong on a bed-demand forecaster (bank holidays and flu figures from
    government datasets), an irrigation model (a weather provider's API) and a house
    valuation's photo model (land-registry records): the publisher of a curated feed
    does not craft inputs to get a decision of ours, and a wrong feed is a data-quality
    concern that adversarial training does not address."""
    gov = tg.DataSource("Flu surveillance", origin="public-dataset")
    assert _open(_forecast(gov), EVASION) == []
    weather = tg.ExternalService("Weather API", provides="data-provider")
    assert _open(_forecast(weather), EVASION) == []


def test_a_curated_feed_is_no_evasion_attacker_where_the_output_is_high_stakes() -> None:
    """Once kept for a greenhouse controller whose forecast feed drives actuators (that
    case is now the actuation finding's). Measured in the fortieth session over every
    reviewed design, raising it for high-stakes models fed only by curated feeds kept
    six findings reviewers struck (an air ambulance's and a fireworks display's weather
    vendor, an avalanche model's national forecast, a flood-pricing model's government
    maps, a gallery's humidity forecast, an airport bird radar's weather observations)
    against two kept (one of them for a source the finding did not name): a publisher
    of curated data does not craft inputs to get a decision of ours, high stakes or not;
    a wrong or tampered feed is a data-integrity concern."""
    weather = tg.DataSource("Weather API", origin="vendor")
    assert _open(_forecast(weather, high_stakes=True), EVASION) == []


def test_scraped_public_pages_still_count() -> None:
    """Kept on a hotel pricing model fed competitor rates scraped from travel sites:
    anyone can put what they like on a public web page."""
    pages = tg.DataSource("Travel sites", origin="public-web")
    (f,) = _open(_forecast(pages, name="Room price model"), EVASION)
    assert "Travel sites" in f.explanation


LABELS = "ai/label-manipulation"


def _labelled(*, console_controls: list[type[c.Control]], dataset_logged: bool) -> tg.ThreatModel:
    """Moderators decide queued edits in a moderation queue; their decisions become the
    labels a weekly training job learns from."""
    tm = tg.ThreatModel("labels", profile="high")
    decision = tg.Data("Moderator decision", kind="labels")
    with tm.boundary("Corporate", trust="internal"):
        moderator = tm.add(tg.Actor("Moderator"))
        queue = tm.add(tg.Service("Moderation queue", controls=[k() for k in console_controls]))
        dataset = tm.add(
            tg.Dataset(
                "Labelled edits",
                stores={decision},
                controls=[c.AuditLogging()] if dataset_logged else [],
            )
        )
        job = tm.add(tg.Pipeline("Training", stage="training"))
        model = tm.add(tg.Model("Edit risk model"))
    tm.flow(moderator, queue, decision, protocol="https")
    tm.flow(queue, dataset, decision)
    tm.flow(dataset, job, tg.Data("Training rows", kind="training-data"))
    tm.flow(job, model, tg.Data("Weights", kind="model-artifact"))
    return tm


def test_an_audit_trail_in_the_labelling_tool_counts_and_only_lowers_the_finding() -> None:
    """Struck on set 45's map-edit validator, and noted on four designs whose reviewers
    kept the finding: the moderation queue the labellers work in already keeps an audit
    trail, and the finding asked for one again. The trail there counts now; it says who
    labelled what after the fact, so the finding stays open, one band lower, asking
    for a second labeller (multi-party approval)."""
    (bare,) = _open(_labelled(console_controls=[], dataset_logged=False), LABELS)
    (f,) = _open(_labelled(console_controls=[c.AuditLogging], dataset_logged=False), LABELS)
    assert bare.controls_present == ()
    assert "audit_logging" not in (bare.status_reason or "")
    assert "partly reduced by audit_logging" in (f.status_reason or "")
    assert f.controls_present == ("audit_logging",)
    assert f.controls_missing == ("multi_party_approval",)


def test_an_audit_trail_on_the_dataset_itself_still_meets_it() -> None:
    """As before: audit logging declared on the dataset is the rule's own control there."""
    assert _open(_labelled(console_controls=[], dataset_logged=True), LABELS) == []


ACTION_LOG = "profile/baseline/agent-action-logging"


def _copilot(autonomy: str) -> tg.ThreatModel:
    """A programming copilot drafts machine programs through a CAM library that writes
    them out; a programmer checks each draft."""
    tm = tg.ThreatModel("copilot")
    with tm.boundary("Office", trust="internal"):
        programmer = tm.add(tg.Actor("Programmer"))
        agent = tm.add(tg.Agent("Programming copilot", autonomy=autonomy))
        cam = tm.add(tg.Tool("CAM library", capabilities={"read", "write"}))
    tm.flow(programmer, agent, tg.Data("Part request", kind="prompt"))
    tm.flow(agent, cam, tg.Data("Toolpath call", kind="tool-call"))
    tm.flow(cam, agent, tg.Data("G-code", kind="tool-result"))
    tm.flow(agent, programmer, tg.Data("Draft program", kind="model-output"))
    return tm


def test_an_assistive_agent_needs_no_log_of_its_own_tool_calls() -> None:
    """Struck as a checklist item on set 45's machine-shop copilot: it only drafts, and
    the programmer's check and release of each draft is the record that matters."""
    assert _open(_copilot("assistive"), ACTION_LOG) == []


def test_an_agent_that_acts_keeps_a_log_of_its_tool_calls() -> None:
    """A supervised agent carries out the steps itself: its calls are the record."""
    (f,) = _open(_copilot("supervised"), ACTION_LOG)
    assert [t.ids for t in f.affected] == [("programming-copilot",)]


UNBOUND = "ai/unbound-approval"


def _drafter(*, confirms_draft: bool) -> tg.ThreatModel:
    """A maintenance copilot reads makers' bulletins from outside and drafts work orders
    through a drafter tool that declares the approval; the engineer on watch confirms
    the draft at the tool, or (without ``confirms_draft``) sends it a bare approval."""
    tm = tg.ThreatModel("drafter")
    draft = tg.Data("Draft work order", kind="records")
    with tm.boundary("Makers", trust="untrusted"):
        maker = tm.add(tg.ExternalService("Engine maker bulletins"))
    with tm.boundary("Ship", trust="internal"):
        engineer = tm.add(tg.Actor("Engineer"))
        copilot = tm.add(tg.Agent("Maintenance copilot", autonomy="supervised"))
        tool = tm.add(
            tg.Tool(
                "Work order drafter",
                capabilities={"write"},
                controls=[c.HumanInTheLoop(approver="the engineer on watch")],
            )
        )
        orders = tm.add(tg.DataStore("Work orders", stores={draft}))
    tm.flow(maker, copilot, tg.Data("Bulletin", kind="documents"), protocol="https")
    tm.flow(engineer, copilot, tg.Data("Question", kind="prompt"))
    tm.flow(copilot, engineer, tg.Data("Answer", kind="model-output"))
    tm.flow(copilot, tool, draft)
    if confirms_draft:
        tm.flow(engineer, tool, draft, label="confirms draft")
    else:
        tm.flow(engineer, tool, tg.Data("Approval", kind="records"))
    tm.flow(tool, orders, draft)
    return tm


def test_a_draft_confirmed_at_the_tool_is_approved_there() -> None:
    """Struck as weak on set 46's engine-room copilot: the engineer confirms the draft
    work order at the drafter, which declares the approval, so what they approve is the
    draft the tool will write, not the agent's account of it."""
    assert _open(_drafter(confirms_draft=True), UNBOUND) == []


def test_a_bare_yes_sent_to_the_tool_is_still_the_agents_account() -> None:
    """Kept on an apartment-maintenance agent whose property manager sends an approval
    above a threshold: nothing shows them the order itself."""
    (f,) = _open(_drafter(confirms_draft=False), UNBOUND)
    assert f.target.ids == ("maintenance-copilot",)
