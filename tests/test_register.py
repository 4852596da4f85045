"""The risk register: strict loading, and how entries change a report."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
import pytest

from _report_example import build_report
from threatgraph.errors import InvalidTypeError, LoadError
from threatgraph.findings import Report
from threatgraph.register import Decision, Register, RegisterEntry
from threatgraph.vocab import Status

TODAY = dt.date(2026, 3, 1)


def _open_report() -> Report:
    """The example with every finding open, so that entries have something to decide."""
    r = build_report(register_orphans=(), register_expired=(), notes=())
    return attrs.evolve(
        r,
        findings=tuple(attrs.evolve(f, status=Status.OPEN, status_reason=None) for f in r.findings),
    )


def _entry(fid: str, status: str = "accepted", expires: str = "2026-12-31", **extra: str) -> str:
    lines = [
        f"[findings.{fid}]",
        f'status = "{status}"',
        'owner = "alice@example.com"',
        'reason = "known and accepted"',
        f"expires = {expires}",
    ]
    lines += [f'{k} = "{v}"' for k, v in extra.items()]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- loading


def test_load_file(tmp_path: Path) -> None:
    report = _open_report()
    fid = report.findings[0].id
    path = tmp_path / "risk-register.toml"
    path.write_text(
        "# decisions\nversion = 1\n\n" + _entry(fid, ticket="SEC-1", rule=report.findings[0].rule),
        encoding="utf-8",
    )
    reg = Register.load(path)
    assert len(reg) == 1
    assert fid in reg
    e = reg.get(fid)
    assert e == RegisterEntry(
        finding=fid,
        status=Decision.ACCEPTED,
        owner="alice@example.com",
        reason="known and accepted",
        expires=dt.date(2026, 12, 31),
        ticket="SEC-1",
        rule=report.findings[0].rule,
    )
    assert reg.get("TG-ffffffffffff") is None
    assert list(reg) == [e]
    assert reg.source == str(path)


def test_string_dates_and_sorted_entries() -> None:
    reg = Register.from_toml(
        _entry("TG-bbbbbbbbbbbb", expires='"2026-05-01"') + _entry("TG-aaaaaaaaaaaa", "in-progress")
    )
    assert [e.finding for e in reg] == ["TG-aaaaaaaaaaaa", "TG-bbbbbbbbbbbb"]
    assert reg.get("TG-bbbbbbbbbbbb").expires == dt.date(2026, 5, 1)  # type: ignore[union-attr]


def test_empty_register() -> None:
    assert len(Register.from_toml("")) == 0
    assert len(Register.from_toml("version = 1\n[findings]\n")) == 0


def test_every_problem_is_reported_with_its_path() -> None:
    text = """
    verison = 1
    [findings.TG-aaaaaaaaaaaa]
    status = "acepted"
    owner = ""
    expires = 2026-13-01
    """.replace("2026-13-01", '"2026-13-01"')
    text += """
    [findings.not-an-id]
    status = "accepted"
    owner = "x"
    reason = "y"
    expires = 2026-01-01
    colour = "red"

    [findings.TG-bbbbbbbbbbbb]
    status = "false-positive"
    owner = "x"
    reason = "y"
    expires = 2026-01-01T10:00:00
    """
    with pytest.raises(LoadError) as info:
        Register.from_toml(text, source="reg.toml")
    err = info.value
    messages = [str(p) for p in err.problems]
    assert "reg.toml" in str(err)
    assert any("$.verison" in m and "did you mean 'version'" in m for m in messages)
    assert any(
        "$.findings.TG-aaaaaaaaaaaa.status" in m and "did you mean 'accepted'" in m
        for m in messages
    )
    assert any("$.findings.TG-aaaaaaaaaaaa.owner" in m and "non-empty" in m for m in messages)
    assert any("$.findings.TG-aaaaaaaaaaaa.reason: is required" in m for m in messages)
    assert any("$.findings.TG-aaaaaaaaaaaa.expires" in m and "YYYY-MM-DD" in m for m in messages)
    assert any("$.findings.not-an-id: is not a finding id" in m for m in messages)
    assert any("$.findings.not-an-id.colour: is not an entry key" in m for m in messages)
    assert any(
        "$.findings.TG-bbbbbbbbbbbb.expires" in m and "without a time" in m for m in messages
    )


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("version = 2", "$.version: must be 1"),
        ("version = true", "$.version: must be 1"),
        ('findings = "x"', "$.findings: must be a table"),
        ("[findings]\nTG-aaaaaaaaaaaa = 3", "$.findings.TG-aaaaaaaaaaaa: must be a table"),
        ("this is not toml", "not valid TOML"),
        (
            _entry("TG-aaaaaaaaaaaa").replace('owner = "alice@example.com"', "owner = 3"),
            "owner: must be a non-empty string",
        ),
        (_entry("TG-aaaaaaaaaaaa", expires="12"), "must be a date"),
    ],
)
def test_invalid_registers(text: str, fragment: str) -> None:
    with pytest.raises(LoadError) as info:
        Register.from_toml(text)
    assert fragment in str(info.value)


def test_not_utf8_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="not UTF-8"):
        Register.from_toml(b"\xff\xfe")
    with pytest.raises(LoadError, match="cannot read risk register"):
        Register.load(tmp_path / "missing.toml")


def test_from_dict_rejects_non_tables() -> None:
    with pytest.raises(LoadError, match="must be a table"):
        Register.from_dict(["x"])


def test_load_error_is_a_value_error() -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - the builtin base is the point
        Register.from_toml("version = 9")


# --------------------------------------------------------------------------- applying


@pytest.mark.parametrize(
    ("decision", "status", "reason_start"),
    [
        ("accepted", Status.ACCEPTED, "register: accepted by alice@example.com"),
        ("false-positive", Status.FALSE_POSITIVE, "register: false positive per alice@example.com"),
        ("mitigated-elsewhere", Status.MITIGATED, "register: mitigated elsewhere per alice"),
        ("in-progress", Status.OPEN, "register: fix in progress, owner alice@example.com"),
    ],
)
def test_decisions_set_statuses(decision: str, status: Status, reason_start: str) -> None:
    report = _open_report()
    target = report.findings[1]
    reg = Register.from_toml(_entry(target.id, decision, ticket="SEC-9"))
    out = reg.apply(report, today=TODAY)
    f = out.get(target.id)
    assert f.status is status
    assert f.status_reason is not None
    assert f.status_reason.startswith(reason_start)
    assert "SEC-9" in f.status_reason
    assert f.status_reason.endswith(": known and accepted")
    # only the named finding changes, and the input report is untouched
    for before, after in zip(report.findings, out.findings, strict=True):
        if before.id != target.id:
            assert before == after
    assert report.findings[1].status is Status.OPEN
    assert out.register_orphans == ()
    assert out.register_expired == ()


def test_an_entry_holds_through_its_expiry_date_then_reopens() -> None:
    report = _open_report()
    fid = report.findings[0].id
    reg = Register.from_toml(_entry(fid, expires="2026-03-01"))
    assert reg.apply(report, today=dt.date(2026, 3, 1)).get(fid).status is Status.ACCEPTED
    later = reg.apply(report, today=dt.date(2026, 3, 2))
    f = later.get(fid)
    assert f.status is Status.OPEN
    assert "expired on 2026-03-01" in (f.status_reason or "")
    assert later.register_expired == (fid,)


def test_orphans_are_listed() -> None:
    report = _open_report()
    reg = Register.from_toml(
        _entry("TG-ffffffffffff") + _entry("TG-000000000001") + _entry(report.findings[0].id)
    )
    out = reg.apply(report, today=TODAY)
    assert out.register_orphans == ("TG-000000000001", "TG-ffffffffffff")
    assert out.get(report.findings[0].id).status is Status.ACCEPTED


def test_entries_never_apply_to_other_findings() -> None:
    report = _open_report()
    reg = Register.from_toml(_entry("TG-ffffffffffff"))
    out = reg.apply(report, today=TODAY)
    assert [f.status for f in out.findings] == [Status.OPEN] * len(report.findings)


def test_mismatched_rule_or_target_is_not_applied_and_is_reported() -> None:
    report = _open_report()
    f0, f1 = report.findings[0], report.findings[1]
    reg = Register.from_toml(
        _entry(f0.id, rule="some/other-rule") + _entry(f1.id, target="element:nowhere")
    )
    out = reg.apply(report, today=TODAY)
    assert out.get(f0.id).status is Status.OPEN
    assert out.get(f1.id).status is Status.OPEN
    notes = "\n".join(out.notes)
    assert f"register entry {f0.id} was not applied" in notes
    assert "'some/other-rule'" in notes
    assert "'element:nowhere'" in notes
    # matching rule and target apply normally
    ok = Register.from_toml(_entry(f1.id, rule=f1.rule, target=f1.target.key))
    assert ok.apply(report, today=TODAY).get(f1.id).status is Status.ACCEPTED


def test_decided_findings_keep_their_status() -> None:
    report = build_report(register_orphans=(), register_expired=())
    mitigated = report.with_status("mitigated")[0]
    excluded = report.with_status("not-applicable")[0]
    reg = Register.from_toml(_entry(mitigated.id) + _entry(excluded.id, expires="2020-01-01"))
    out = reg.apply(report, today=TODAY)
    assert out.get(mitigated.id) == mitigated
    assert out.get(excluded.id) == excluded
    assert out.register_orphans == ()
    assert out.register_expired == ()


def test_existing_lists_are_kept() -> None:
    report = build_report()
    out = Register().apply(report, today=TODAY)
    assert out.register_orphans == report.register_orphans
    assert out.register_expired == report.register_expired
    assert out.findings == report.findings


def test_today_must_be_a_date() -> None:
    with pytest.raises(InvalidTypeError, match="today"):
        Register().apply(_open_report(), today="2026-01-01")  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match="today"):
        Register().apply(_open_report(), today=dt.datetime(2026, 1, 1))


def test_analyze_applies_the_register() -> None:
    import threatgraph as tg

    tm = tg.ThreatModel("tiny")
    with tm.boundary("Internet", trust="untrusted"):
        user = tm.add(tg.Actor("User"))
    with tm.boundary("VPC", trust="internal"):
        llm = tm.add(tg.LLM("Assistant"))
    tm.flow(user, llm, tg.Data("Prompt"))
    first = tm.analyze()
    fid = first.open()[0].id
    reg = Register.from_toml(_entry(fid, "false-positive"))
    second = tm.analyze(register=reg, today=TODAY)
    assert second.get(fid).status is Status.FALSE_POSITIVE
    expired = tm.analyze(register=reg, today=dt.date(2027, 1, 1))
    assert expired.get(fid).is_open
    assert expired.register_expired == (fid,)


def test_a_deeply_nested_status_is_a_load_error_not_a_recursion_error() -> None:
    """Regression: fuzzing found a nested value whose str() overflowed the stack."""
    import pytest

    from threatgraph.errors import LoadError
    from threatgraph.register import Register

    deep: object = "accepted"
    for _ in range(5000):
        deep = [deep]
    data = {
        "findings": {
            "TG-000000000000": {
                "status": deep,
                "owner": "a",
                "reason": "b",
                "expires": "2030-01-01",
            }
        }
    }
    with pytest.raises(LoadError) as info:
        Register.from_dict(data)
    assert any(p.field == "status" for p in info.value.problems)
