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


FORGED = "ai/forged-device-readings"


def _frost(*, status_to_model: bool) -> tg.ThreatModel:
    """Set 401's vineyard: the frost service reads the stored sensor readings and a
    weather feed, sends them to the forecast model, and takes the wind machines' status
    over cellular MQTT for its own history."""
    tm = tg.ThreatModel("frost", profile="high")
    readings = tg.Data("Block sensor readings", kind="records", sensitivity="internal")
    weather = tg.Data("Regional forecast", kind="records", sensitivity="public")
    status = tg.Data("Wind machine status", kind="records", sensitivity="internal")
    forecast = tg.Data("Frost forecast", kind="model-output", sensitivity="internal")
    with tm.boundary("Vineyard blocks", trust="internal"):
        fans = tm.add(tg.Device("Wind machine controllers"))
    with tm.boundary("Cloud", trust="internal"):
        db = tm.add(tg.DataStore("Sensor database", stores={readings, status}))
        svc = tm.add(tg.Service("Frost control service"))
        model = tm.add(tg.Model("Frost forecast model", task="regressor"))
    with tm.boundary("Weather vendor", trust="partner"):
        api = tm.add(tg.ExternalService("Weather API"))
    tm.flow(db, svc, readings)
    tm.flow(api, svc, weather, protocol="https")
    tm.flow(fans, svc, status, protocol="mqtt+tls", label="cellular")
    tm.flow(svc, model, readings, weather, *((status,) if status_to_model else ()))
    tm.flow(model, svc, forecast)
    tm.flow(svc, db, status, forecast)
    return tm


def test_a_service_sending_a_model_only_what_it_reads_elsewhere_passes_no_readings_on() -> None:
    """Sets 401 and 213 (struck twice: "wind machine status never reaches the model; its
    inputs are sensor readings and the regional forecast"): the first receiver of a
    device's link feeds a model that device's readings only when what it sends the
    model is not all taken in on its other flows."""
    assert _on(_frost(status_to_model=False), FORGED) == []


def test_a_service_handing_the_model_the_devices_data_still_passes_it_on() -> None:
    assert _on(_frost(status_to_model=True), FORGED) == ["element:frost-forecast-model"]


SHARED = "stride/shared-sign-in"


@pytest.mark.parametrize(
    ("method", "shared"),
    [
        ("team Active Directory account", False),
        ("team Google Workspace accounts with 2-step verification", False),
        ("shared Active Directory account for the pit wall", True),
        ("team PIN", True),
        ("team e-mail and password", True),
    ],
)
def test_a_teams_directory_accounts_are_each_persons_own(method: str, shared: bool) -> None:
    """Set 400 (struck: "a team Active Directory account means per-person directory
    accounts, not one shared secret"): a directory issues each person an account, so
    "team" says whose accounts they are; one said to be shared still is one."""
    tm = tg.ThreatModel("pit wall", profile="high")
    with tm.boundary("Garage", trust="internal"):
        strategist = tm.add(tg.Actor("Race strategist", role="strategist"))
        dash = tm.add(
            tg.Service("Strategy dashboard", controls={tg.controls.Authentication(method=method)})
        )
    tm.flow(strategist, dash, tg.Data("Pit call", kind="records", sensitivity="internal"))
    assert _on(tm, SHARED) == (["element:strategy-dashboard"] if shared else [])


DIRECT = "ai/prompt-injection-direct"


@pytest.mark.parametrize(
    ("kind", "prompts"), [("feedback", False), ("labels", False), ("prompt", True)]
)
def test_people_who_send_only_decisions_or_labels_prompt_nothing(kind: str, prompts: bool) -> None:
    """Sets 407 and 62 (struck twice: "the section editor is the approver ... sends only
    decisions to the claim report store"): a person whose only input through the web
    app is feedback or labels asks the agent nothing, even when the app also prompts
    it for someone else."""
    tm = tg.ThreatModel("fact check", profile="low")
    draft = tg.Data("Draft article", kind="documents", sensitivity="confidential")
    request = tg.Data("Check request", kind="prompt", sensitivity="internal")
    decision = tg.Data("Editor decisions", kind=kind, sensitivity="internal")
    report = tg.Data("Claim report", kind="model-output", sensitivity="internal")
    with tm.boundary("Internet", trust="untrusted"):
        editor = tm.add(tg.Actor("Section editor", role="editor"))
    with tm.boundary("Newsroom", trust="internal"):
        reporter = tm.add(tg.Actor("Reporter", role="reporter"))
        app = tm.add(tg.Service("Fact-check web app"))
        agent = tm.add(tg.Agent("Fact-check agent", autonomy="supervised"))
        store = tm.add(tg.DataStore("Claim report store", stores={report, decision}))
    tm.flow(reporter, app, draft)
    tm.flow(editor, app, decision)
    tm.flow(app, store, decision)
    tm.flow(app, agent, draft, request)
    tm.flow(agent, store, report)
    tm.flow(store, app, report)
    tm.flow(app, editor, report)
    assert _on(tm, DIRECT) == (["element:fact-check-agent"] if prompts else [])


UNDECLARED = "hygiene/undeclared-protocol"


@pytest.mark.parametrize(
    ("label", "listed"),
    [("over the site-to-site VPN", False), ("via IPsec tunnel", False), ("nightly sync", True)],
)
def test_flows_inside_a_site_tunnel_declare_their_protection(label: str, listed: bool) -> None:
    """Set 412 (struck: "all three flows are labelled 'over the site-to-site VPN', which is
    an encrypted tunnel"): a flow whose label puts it inside a site VPN or IPsec tunnel
    says how it is protected, as it already did for the cleartext finding."""
    tm = tg.ThreatModel("pest control", profile="high")
    requests = tg.Data("Service requests", kind="records", sensitivity="pii")
    with tm.boundary("Council cloud", trust="internal"):
        tool = tm.add(tg.Service("Booking service"))
    with tm.boundary("Council network", trust="restricted"):
        cases = tm.add(tg.DataStore("Case management system", stores={requests}))
    tm.flow(tool, cases, requests, label=label)
    assert _on(tm, UNDECLARED) == (["model"] if listed else [])
