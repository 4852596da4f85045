"""Routes from untrusted parties follow what a component hands on.

Reviewers struck findings that named a party as steering a model when the party's data
stopped at a component on the way: a vet's requisition that goes to the lab system,
never into the annotated slide set; a bowler's name typed on a lane tablet, while the
pin-counting model sees only the cameras' video. The component forwards, as it came,
what another live sender fed it (the cameras' video, the scanners' images), and
nothing of the party's kind of data goes on. Such a route now ends there.

It goes on where the component may fold the party's data into what it sends: the same
kind of data (prompt templates a red-teamer contributes and prompts the orchestrator
sends), data it looks up in a store (features fetched for a scoring request), data it
makes itself, and a camera wired into the component that films whoever stands at it
(a shopper at a self-checkout lane shapes what the scale camera sees)."""

from __future__ import annotations

import threatgraph as tg
from threatgraph.graph import facts

EVASION = "ai/adversarial-evasion"


def _lane(*, wired_camera: bool) -> tuple[tg.System, str]:
    """A player types names on a lane tablet that the scoring server also shows scores
    on; the pin camera's video reaches the server and goes on to the pin-counting
    model. With ``wired_camera`` the camera is plugged into the server (a self-checkout
    lane's scale camera) and the player stands at the server itself."""
    tm = tg.ThreatModel("lane", profile="high")
    video = tg.Data("Pin deck video", kind="media")
    names = tg.Data("Player names", kind="records", sensitivity="pii")
    with tm.boundary("Floor", trust="untrusted"):
        player = tm.add(tg.Actor("Player"))
    with tm.boundary("Alley network", trust="internal"):
        server = tm.add(tg.Service("Lane scoring server"))
        camera = tm.add(tg.Device("Pin deck camera"))
        model = tm.add(tg.Model("Pin-counting model", task="classifier"))
        if not wired_camera:
            tablet = tm.add(tg.Device("Lane tablet"))
    if wired_camera:
        tm.flow(player, server, names, label="touchscreen")
        tm.flow(camera, server, video, protocol="local", label="USB")
    else:
        tm.flow(player, tablet, names)
        tm.flow(tablet, server, names, protocol="https")
        tm.flow(camera, server, video, protocol="rtsp")
    tm.flow(server, model, video)
    tm.flow(model, server, tg.Data("Pin count", kind="model-output"))
    return tm.freeze(), model.id


def _sources(system: tg.System, element: str) -> set[str]:
    return {x.element.name for x in facts(system).sources(element)}


def test_a_name_typed_on_a_tablet_does_not_reach_a_model_fed_the_cameras_video() -> None:
    system, model = _lane(wired_camera=False)
    assert "Player" not in _sources(system, model)
    assert EVASION not in {f.rule for f in tg.analyze(system).findings}


def test_a_camera_wired_into_the_lane_films_whoever_stands_at_it() -> None:
    system, model = _lane(wired_camera=True)
    assert "Player" in _sources(system, model)
    assert EVASION in {f.rule for f in tg.analyze(system).findings}


def _orchestrator(*, same_kind: bool) -> tuple[tg.System, str]:
    """A contractor's templates reach the orchestrator through a portal; a red-teamer's
    prompts reach it too, and it sends prompts to the model. With ``same_kind`` the
    templates are prompts too (the orchestrator may fill what it sends with them);
    otherwise they are records nothing of which goes on."""
    tm = tg.ThreatModel("red team", profile="high")
    prompts = tg.Data("Attack prompts", kind="prompt")
    templates = tg.Data("Attack templates", kind="prompt" if same_kind else "records")
    with tm.boundary("Contractors", trust="untrusted"):
        contractor = tm.add(tg.Actor("Contractor"))
    with tm.boundary("Platform", trust="internal"):
        teamer = tm.add(tg.Actor("Red-teamer"))
        portal = tm.add(tg.Service("Template portal"))
        orchestrator = tm.add(tg.Service("Campaign orchestrator"))
        model = tm.add(tg.LLM("Target model"))
    tm.flow(contractor, portal, templates, protocol="https")
    tm.flow(portal, orchestrator, templates)
    tm.flow(teamer, orchestrator, prompts, protocol="https")
    tm.flow(orchestrator, model, prompts)
    return tm.freeze(), model.id


def test_data_of_the_same_kind_may_be_folded_into_what_goes_on() -> None:
    system, model = _orchestrator(same_kind=True)
    assert "Contractor" in _sources(system, model)


def test_data_of_another_kind_stops_where_only_others_data_goes_on() -> None:
    system, model = _orchestrator(same_kind=False)
    assert "Contractor" not in _sources(system, model)


def test_a_request_turned_into_a_store_lookup_still_reaches_the_model() -> None:
    """A scoring request goes in; the service sends the model the features it looked up
    in a store under that request's key. Stores are not live senders: the requester
    still shapes what the model sees."""
    tm = tg.ThreatModel("scoring", profile="high")
    features = tg.Data("Customer features", kind="features")
    with tm.boundary("Internet", trust="untrusted"):
        customer = tm.add(tg.Actor("Customer"))
    with tm.boundary("Cloud", trust="internal"):
        api = tm.add(tg.Service("Scoring API"))
        store = tm.add(tg.DataStore("Feature store", stores={features}))
        model = tm.add(tg.Model("Risk model", task="classifier"))
    tm.flow(customer, api, tg.Data("Scoring request", kind="records"), protocol="https")
    tm.flow(store, api, features)
    tm.flow(api, model, features)
    system = tm.freeze()
    assert "Customer" in _sources(system, model.id)
