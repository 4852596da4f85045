"""Changes taken from reviewers' verdicts on held-out sets 400 and later, and on the
earlier sets they were measured against, made in the session of 2026-12-07
(forty-second)."""

from __future__ import annotations

import pytest

import threatgraph as tg

EXPOSED = "stride/exposed-interface"


def _on(tm: tg.ThreatModel, rule: str) -> list[str]:
    return sorted(f.target.key for f in tm.analyze().open() if f.rule == rule)


def _guide(
    *, front: str = "endpoint", answer: str = "internal", feed: bool = False
) -> tg.ThreatModel:
    """Sets 305 and 368's museum audio guides: the museum's app on visitors' phones sends
    their spoken questions to the guide API, which answers from approved scripts."""
    tm = tg.ThreatModel("guide", profile="low")
    question = tg.Data("Spoken question", kind="prompt", sensitivity="pii")
    reply = tg.Data("Spoken answer", kind="model-output", sensitivity=answer)
    with tm.boundary("Internet", trust="untrusted"):
        visitor = tm.add(tg.Actor("Visitor", role="visitor"))
        app = tm.add(tg.Device("Guide app on the visitor's phone"))
        if feed:
            beacon = tm.add(tg.Device("Gallery beacons"))
    with tm.boundary("Museum cloud", trust="internal"):
        if front == "endpoint":
            api = tm.add(tg.Endpoint("Guide API", purpose="api"))
        else:
            api = tm.add(tg.Service("Guide server"))
        svc = tm.add(tg.Service("Guide orchestrator"))
    tm.flow(visitor, app, question)
    tm.flow(app, api, question, protocol="https")
    tm.flow(api, svc, question)
    tm.flow(svc, api, reply)
    tm.flow(api, app, reply, protocol="https")
    tm.flow(app, visitor, reply)
    if feed:
        tm.flow(beacon, app, tg.Data("Beacon id", kind="telemetry", sensitivity="internal"))
    return tm


def test_an_api_front_for_peoples_own_apps_handing_back_nothing_confidential_is_theirs() -> None:
    """Sets 305, 332, 368 and 381 (struck four times: "the Guide API is meant to serve
    anonymous museum visitors ... it returns only an answer to the caller's own
    question"): the app asks what its person asks, so the API is a front built for them,
    as a public chat is; whether each may see what they get is another finding's part."""
    assert _on(_guide(), EXPOSED) == []


@pytest.mark.parametrize(
    ("front", "answer", "feed"),
    [
        ("service", "internal", False),  # a server that devices call (lane tablets)
        ("endpoint", "confidential", False),  # it hands confidential data back
        ("endpoint", "internal", True),  # the device also takes other machines' input
    ],
)
def test_servers_confidential_answers_and_machine_fed_devices_still_count(
    front: str, answer: str, feed: bool
) -> None:
    """A server that installed hardware calls, an API handing back confidential data, and
    a device fed by other machines too keep the finding: measured on every reviewed
    design, widening the change to these closed kept findings (a bowling lane server
    that commands the pinsetters, a drive-thru gateway, a bike shed's card reader)."""
    target = "element:guide-api" if front == "endpoint" else "element:guide-server"
    assert _on(_guide(front=front, answer=answer, feed=feed), EXPOSED) == [target]
