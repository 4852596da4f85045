"""``compliance/gdpr/storage-limitation`` reads the retention a log store declares on its
audit logging. Held-out reviewers struck the finding three times where the store named
was a log store declaring ``AuditLogging(retention_days=...)`` (a drafting log, a
conversation log, a video and alarm recorder)."""

from __future__ import annotations

import pytest

import threatgraph as tg
import threatgraph.controls as c

RULE = "compliance/gdpr/storage-limitation"


def _logged(*, kind: str = "logs", retention: int | None = 365) -> tg.ThreatModel:
    tm = tg.ThreatModel("logs", frameworks=["gdpr"])
    log = tg.Data("Drafting log", kind=kind, sensitivity="pii")
    logging = c.AuditLogging(retention_days=retention) if retention else c.AuditLogging()
    with tm.boundary("Cloud", trust="internal"):
        app = tm.add(tg.Service("Drafting app"))
        store = tm.add(tg.DataStore("Log store", stores={log}, controls={logging}))
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
    ("kind", "retention"),
    [("logs", None), ("records", 365)],
)
def test_without_a_period_or_for_records_it_is_still_asked(
    kind: str, retention: int | None
) -> None:
    (f,) = _open(_logged(kind=kind, retention=retention))
    assert "Log store" in f.explanation
