"""Risk register integrity, on real analyses: an entry silences only its own finding id;
expired entries re-open their finding; orphaned entries are reported; an entry can never
hide a new finding on a different target.

test_register.py checks the rules on a hand-made report. Here they are checked on
generated models (every open finding in turn), on a model that grows a second
element of the same kind, on a renamed target, and through ``threatgraph analyze``.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import attrs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import threatgraph as tg
from threatgraph.analysis import analyze
from threatgraph.findings import Finding, Report
from threatgraph.register import Register
from threatgraph.testing import strategies as tgst
from threatgraph.vocab import Status

TODAY = dt.date(2026, 6, 1)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "default")


def budget(n: int) -> int:
    """Examples for one property: ``n`` in CI, ten times more with HYPOTHESIS_PROFILE=fuzz."""
    return n * 10 if PROFILE == "fuzz" else n


def entry(
    finding_id: str,
    status: str = "accepted",
    *,
    expires: str = "2026-12-31",
    rule: str | None = None,
    target: str | None = None,
) -> str:
    extra = (f'rule = "{rule}"\n' if rule else "") + (f'target = "{target}"\n' if target else "")
    return (
        f"[findings.{finding_id}]\n"
        f'status = "{status}"\nowner = "sec@example.com"\nreason = "reviewed"\n'
        f"expires = {expires}\n{extra}\n"
    )


def unchanged_except(before: Report, after: Report, allowed: set[str]) -> None:
    """Every finding not in ``allowed`` is exactly as it was."""
    assert [f.id for f in before.findings] == [f.id for f in after.findings]
    for b, a in zip(before.findings, after.findings, strict=True):
        if b.id not in allowed:
            assert a == b, b.id


SETTINGS = settings(
    max_examples=budget(25),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@SETTINGS
@given(
    tgst.systems(max_elements=8, max_flows=10),
    st.sampled_from(["accepted", "false-positive", "mitigated-elsewhere", "in-progress"]),
    st.data(),
)
def test_an_entry_silences_only_its_own_finding(
    system: tg.System, decision: str, data: st.DataObject
) -> None:
    report = analyze(system)
    opened = report.open()
    if not opened:
        return
    chosen = data.draw(st.sampled_from(opened))
    out = Register.from_toml(entry(chosen.id, decision)).apply(report, today=TODAY)
    unchanged_except(report, out, {chosen.id})
    f = out.get(chosen.id)
    expected = {
        "accepted": Status.ACCEPTED,
        "false-positive": Status.FALSE_POSITIVE,
        "mitigated-elsewhere": Status.MITIGATED,
        "in-progress": Status.OPEN,
    }[decision]
    assert f.status is expected
    assert (f.rule, f.target, f.severity) == (chosen.rule, chosen.target, chosen.severity)
    assert out.register_orphans == ()
    assert out.register_expired == ()


@SETTINGS
@given(tgst.systems(max_elements=8, max_flows=10), st.data())
def test_expired_entries_reopen_exactly_their_findings(
    system: tg.System, data: st.DataObject
) -> None:
    report = analyze(system)
    opened = report.open()
    if not opened:
        return
    chosen = data.draw(st.lists(st.sampled_from(opened), min_size=1, max_size=4, unique=True))
    expired = {f.id for f in chosen[::2]}
    text = "".join(
        entry(f.id, expires="2026-05-31" if f.id in expired else "2026-06-01") for f in chosen
    )
    out = Register.from_toml(text).apply(report, today=TODAY)
    unchanged_except(report, out, {f.id for f in chosen})
    for f in chosen:
        now = out.get(f.id)
        if f.id in expired:
            assert now.is_open
            assert "expired on 2026-05-31" in (now.status_reason or "")
        else:  # valid through its expiry date
            assert now.status is Status.ACCEPTED
    assert set(out.register_expired) == expired


def _one_llm_model(*, second: bool = False, name: str = "Assistant") -> tg.System:
    tm = tg.ThreatModel("register")
    with tm.boundary("Internet", trust="untrusted"):
        user = tm.add(tg.Actor("User"))
    with tm.boundary("VPC", trust="internal"):
        llm = tm.add(tg.LLM(name))
        other = tm.add(tg.LLM("Second assistant")) if second else None
    tm.flow(user, llm, tg.Data("Prompt"))
    if other is not None:
        tm.flow(user, other, tg.Data("Prompt"))
    return tm.freeze()


def _accept_everything(report: Report) -> Register:
    return Register.from_toml("".join(entry(f.id) for f in report.open()))


def test_a_new_element_of_the_same_kind_brings_open_findings_the_register_cannot_hide() -> None:
    before = analyze(_one_llm_model())
    register = _accept_everything(before)
    assert not analyze(_one_llm_model(), register=register, today=TODAY).open()

    after = analyze(_one_llm_model(second=True), register=register, today=TODAY)
    new = [f for f in after.findings if f.id not in {g.id for g in before.findings}]
    assert new
    assert all(f.is_open for f in new)
    # the same rules fire on the new target, and none of those findings is covered
    old_rules = {f.rule for f in before.findings if f.target.ids == ("assistant",)}
    on_second = {f.rule for f in new if f.target.ids == ("second-assistant",)}
    assert old_rules & on_second
    assert after.register_orphans == ()


def test_renaming_the_target_reopens_the_finding_and_orphans_the_entry() -> None:
    """An acceptance is about one target: when its id changes, the decision does not follow."""
    before = analyze(_one_llm_model())
    register = _accept_everything(before)
    after = analyze(_one_llm_model(name="Renamed assistant"), register=register, today=TODAY)
    moved = {f.id for f in before.findings if "assistant" in f.target.ids}
    assert moved
    assert moved <= set(after.register_orphans)
    assert all(
        f.is_open
        for f in after.findings
        if "renamed-assistant" in f.target.key and f.id not in moved
    )
    assert not [f for f in after.findings if f.id in moved]


def test_an_entry_naming_another_target_or_rule_is_not_applied() -> None:
    report = analyze(_one_llm_model(second=True))
    first = next(f for f in report.open() if f.target.ids == ("assistant",))
    twin = next(
        f for f in report.open() if f.rule == first.rule and f.target.ids == ("second-assistant",)
    )
    register = Register.from_toml(
        entry(first.id, target=twin.target.key) + entry(twin.id, rule="some/other-rule")
    )
    out = register.apply(report, today=TODAY)
    unchanged_except(report, out, set())
    assert len(out.notes) == len(report.notes) + 2
    assert all("was not applied" in n for n in out.notes[len(report.notes) :])


def test_orphaned_entries_are_reported_and_change_nothing() -> None:
    report = analyze(_one_llm_model())
    orphans = ["TG-000000000000", "TG-ffffffffffff"]
    out = Register.from_toml("".join(entry(o) for o in orphans)).apply(report, today=TODAY)
    assert out.findings == report.findings
    assert list(out.register_orphans) == orphans


def test_a_decided_finding_is_not_reopened_or_changed_by_an_entry() -> None:
    """A finding the design mitigates keeps its status; the register only decides open ones."""
    report = analyze(_one_llm_model())
    mitigated = attrs.evolve(report.open()[0], status=Status.MITIGATED, status_reason="design")
    report = attrs.evolve(
        report, findings=tuple(mitigated if f.id == mitigated.id else f for f in report.findings)
    )
    out = Register.from_toml(entry(mitigated.id, expires="2020-01-01")).apply(report, today=TODAY)
    assert out.get(mitigated.id) == mitigated
    assert out.register_expired == ()


def test_cli_register_accepts_reopens_and_reports_orphans(tmp_path: Path) -> None:
    from threatgraph.cli import main
    from threatgraph.export.json import system_to_json
    from threatgraph.load.json import load_report_json

    model = tmp_path / "model.json"
    model.write_text(system_to_json(_one_llm_model(), locations=False), encoding="utf-8")
    report = analyze(_one_llm_model())
    opened: list[Finding] = report.open()
    keep, lapse = opened[0], opened[1]
    reg = tmp_path / "register.toml"
    reg.write_text(
        "".join(entry(f.id) for f in opened if f.id != lapse.id)
        + entry(lapse.id, expires="2026-01-01")
        + entry("TG-0123456789ab"),
        encoding="utf-8",
    )
    out = tmp_path / "report.json"
    args = ["analyze", str(model), "--register", str(reg), "--today", "2026-06-01"]
    assert main([*args, "--format", "json", "-o", str(out)]) == 0
    loaded = load_report_json(out)
    assert loaded.get(keep.id).status is Status.ACCEPTED
    assert loaded.get(lapse.id).status is Status.OPEN
    assert loaded.register_expired == (lapse.id,)
    assert loaded.register_orphans == ("TG-0123456789ab",)
    # the lapsed entry's finding fails the gate again
    assert main([*args, "--fail-on", lapse.severity.value]) == 1
