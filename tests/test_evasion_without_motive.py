"""On a low-risk system, evasion is raised only where someone has a reason to fool the
model.

Reviewers struck ``ai/adversarial-evasion`` on 41 of the 49 low-risk designs whose model
decided nothing high stakes and was not there to catch anyone: a plant identifier, a
bat call classifier, a demand forecast, a swing coach. The people who shape those
inputs gain nothing by fooling the model, and asking for adversarial training on such
a system is out of proportion; a wrong answer there is an ordinary error. The finding
stays where the model's name, description, outputs or neighbours say it catches
something people want past (fraud, cheating, forgeries), recognises people (faces,
plates), reads what they are charged (meters, checkouts, prices, deposits) or gives a
verdict that blocks or publishes; where the model is declared high stakes; and on any
system whose risk profile is high.
"""

from __future__ import annotations

import threatgraph as tg

EVASION = "ai/adversarial-evasion"
FORGED = "ai/forged-device-readings"


def _garden(
    *,
    profile: str = "low",
    name: str = "Plant species classifier",
    description: str = "",
    high_stakes: bool = False,
    answer: str = "Species guess",
    front: str = "Visitor app API",
) -> tg.ThreatModel:
    """Visitors send photos through an API to a classifier whose answer comes back."""
    tm = tg.ThreatModel("Garden guide", profile=profile)
    photo = tg.Data("Plant photo", kind="media")
    with tm.boundary("Internet", trust="untrusted"):
        visitor = tm.add(tg.Actor("Visitor"))
    with tm.boundary("Garden cloud", trust="internal"):
        api = tm.add(tg.Endpoint(front, purpose="api"))
        model = tm.add(
            tg.Model(name, task="classifier", high_stakes=high_stakes, description=description)
        )
    out = tg.Data(answer, kind="model-output")
    tm.flow(visitor, api, photo, protocol="https")
    tm.flow(api, model, photo)
    tm.flow(model, api, out)
    tm.flow(api, visitor, out, protocol="https")
    return tm


def _evasion(tm: tg.ThreatModel) -> list[str]:
    return [f.target.key for f in tm.analyze().for_rule(EVASION)]


def test_a_low_risk_model_nobody_gains_by_fooling_raises_no_evasion() -> None:
    assert _evasion(_garden()) == []


def test_a_high_risk_system_keeps_the_finding() -> None:
    assert _evasion(_garden(profile="high")) == ["element:plant-species-classifier"]


def test_a_model_declared_high_stakes_keeps_the_finding() -> None:
    assert _evasion(_garden(high_stakes=True)) == ["element:plant-species-classifier"]


def test_a_model_named_for_what_it_catches_keeps_the_finding() -> None:
    assert _evasion(_garden(name="Fraud classifier")) == ["element:fraud-classifier"]
    assert _evasion(_garden(name="Listing moderation model")) == [
        "element:listing-moderation-model"
    ]
    # a race's course-cut detector catches riders who cheat
    assert _evasion(_garden(name="Course-cut model")) == ["element:course-cut-model"]


def test_a_description_or_an_output_can_say_it() -> None:
    described = _garden(description="Flags counterfeit plant passports.")
    assert _evasion(described) == ["element:plant-species-classifier"]
    verdict = _garden(answer="Publish or reject verdict")
    assert _evasion(verdict) == ["element:plant-species-classifier"]


def test_a_model_that_sets_what_someone_pays_keeps_the_finding() -> None:
    # a produce classifier behind a self-checkout lane: fooling it pays less
    lane = _garden(name="Produce classifier", front="Self-checkout lane")
    assert _evasion(lane) == ["element:produce-classifier"]
    meter = _garden(name="Meter reading model")
    assert _evasion(meter) == ["element:meter-reading-model"]


def _hives(*, profile: str = "low") -> tg.ThreatModel:
    """Members' hive sensors, on the members' own networks, report to a colony health
    classifier over MQTT."""
    tm = tg.ThreatModel("Hive club", profile=profile)
    with tm.boundary("Members' apiaries", trust="untrusted"):
        sensor = tm.add(tg.Device("Hive sound sensor"))
    with tm.boundary("Club cloud", trust="internal"):
        ingest = tm.add(tg.Service("Reading ingest"))
        model = tm.add(tg.Model("Colony health model", task="classifier"))
        keeper = tm.add(tg.Actor("Apiary manager"))
    sound = tg.Data("Hive sound features", kind="telemetry")
    tm.flow(sensor, ingest, sound, protocol="mqtt")
    tm.flow(ingest, model, sound)
    tm.flow(model, keeper, tg.Data("Colony alert", kind="model-output"))
    return tm


def test_devices_outsiders_hold_are_raised_as_forged_readings_instead() -> None:
    # the evasion finding used to speak for devices outsiders hold; where it leaves the
    # model out, their readings are the forged-readings finding's, so they are not lost
    report = _hives().analyze()
    assert report.for_rule(EVASION) == []
    (f,) = report.for_rule(FORGED)
    assert f.target.key == "element:colony-health-model"
    assert "Hive sound sensor" in f.explanation
    high = _hives(profile="high").analyze()
    assert [f.target.key for f in high.for_rule(EVASION)] == ["element:colony-health-model"]
    assert high.for_rule(FORGED) == []


def _screening(*, sender: str = "Patient", name: str = "Retinal screening model") -> tg.ThreatModel:
    """A high-risk optician chain: the patient's retina is photographed, a model flags
    disease, and the optometrist decides the referral."""
    tm = tg.ThreatModel("Opticians", profile="high")
    photo = tg.Data("Retinal photo", kind="media", sensitivity="regulated")
    flags = tg.Data("Screening flags", kind="model-output", sensitivity="regulated")
    with tm.boundary("Public", trust="untrusted"):
        person = tm.add(tg.Actor(sender))
    with tm.boundary("Store", trust="internal"):
        camera = tm.add(tg.Device("Fundus camera"))
        station = tm.add(tg.Service("Imaging workstation"))
        optometrist = tm.add(tg.Actor("Optometrist"))
    with tm.boundary("Head office cloud", trust="internal"):
        model = tm.add(tg.Model(name, task="detector", high_stakes=True))
    tm.flow(person, camera, photo)
    tm.flow(camera, station, photo, protocol="usb")
    tm.flow(station, model, photo, protocol="https")
    tm.flow(model, station, flags, protocol="https")
    tm.flow(station, optometrist, photo, flags)
    return tm


def test_a_model_that_screens_patients_for_their_own_care_raises_no_evasion() -> None:
    # set 256's reviewer struck evasion on a retinal screen ("a patient has no motive
    # to hide their own eye disease"); ten reviewed findings with only patients shaping
    # the inputs (lesion triage, ECG alerts, exercise form) were struck the same way
    assert _evasion(_screening()) == []


def test_patients_with_a_reason_to_fool_the_model_keep_the_finding() -> None:
    # a model named for what it catches: a patient has a reason to get past it
    assert _evasion(_screening(name="Prescription fraud model")) == [
        "element:prescription-fraud-model"
    ]


def test_other_senders_keep_the_finding() -> None:
    assert _evasion(_screening(sender="Applicant")) == ["element:retinal-screening-model"]
