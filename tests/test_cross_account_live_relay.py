"""A relay that hands the caller someone's live video looks up no one's records.

Held-out set 275 struck, as wrong, a cross-account finding on a video relay platform: a
deaf caller signs in, the platform relays the interpreter's sign-language video back,
and a subscriber database sits behind it. The finding read the video as a record the
caller could fetch for another account. What people (or their devices) hand an
interface live, and no store keeps, is no one's record it looks up; what it reads back
from a store still is.
"""

from __future__ import annotations

import threatgraph as tg
import threatgraph.controls as c


def _relay(*, history: bool) -> tg.ThreatModel:
    tm = tg.ThreatModel("Video relay", profile="high")
    setup = tg.Data("Call setup", kind="records", sensitivity="pii")
    caller_video = tg.Data("Caller video", kind="media", sensitivity="pii")
    interpreter_video = tg.Data("Interpreter video", kind="media", sensitivity="pii")
    subscribers = tg.Data("Subscriber records", kind="records", sensitivity="pii")
    calls = tg.Data("Call history", kind="records", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        caller = tm.add(tg.Actor("Deaf caller"))
    with tm.boundary("Relay centre", trust="internal"):
        platform = tm.add(
            tg.Service(
                "Relay platform", controls={c.Authentication(method="password and SMS code")}
            )
        )
        interpreter = tm.add(tg.Actor("Interpreter"))
        db = tm.add(tg.DataStore("Subscriber database", stores={subscribers, calls}))
    tm.flow(caller, platform, setup, caller_video, protocol="webrtc")
    tm.flow(platform, interpreter, caller_video, protocol="webrtc")
    tm.flow(interpreter, platform, interpreter_video, protocol="webrtc")
    tm.flow(platform, caller, interpreter_video, *((calls,) if history else ()), protocol="webrtc")
    tm.flow(platform, db, calls)
    tm.flow(db, platform, subscribers, *((calls,) if history else ()))
    return tm


_LOOKUPS = ("stride/cross-account-access", "stride/missing-subject-authorization")


def _lookups(tm: tg.ThreatModel) -> list[str]:
    """The findings that say a caller can be handed another account's records."""
    report = tg.analyze(tm.freeze())
    return [f.rule for f in report.open() if f.rule in _LOOKUPS]


def test_relayed_live_video_is_no_record_the_caller_fetches() -> None:
    assert _lookups(_relay(history=False)) == []


def test_call_history_read_back_from_the_store_still_is() -> None:
    """The store's per-caller finding says it (the interface's defers to it)."""
    assert _lookups(_relay(history=True)) == ["stride/missing-subject-authorization"]
