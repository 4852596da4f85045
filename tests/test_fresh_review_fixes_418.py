"""Changes taken from reviewers' verdicts on held-out sets 418 and later, and on the
earlier sets they were measured against, made in the session of 2026-12-07
(forty-third)."""

from __future__ import annotations

import itertools

import pytest

import threatgraph as tg

POISONING = "ai/training-data-poisoning"


def _poisoning(tm: tg.ThreatModel) -> list[tg.Finding]:
    return [f for f in tm.analyze().open() if f.rule == POISONING]


def _observatory(*, overrides_in_history: bool) -> tg.ThreatModel:
    """Set 411's observatory: a remote observer's dome overrides go through the web UI to
    the dome service, which logs its commands into the same archive that keeps the
    weather history; retraining reads the archive's weather history."""
    tm = tg.ThreatModel("dome", profile="low")
    override = tg.Data("Operator dome override", kind="records", sensitivity="internal")
    log = tg.Data("Dome command log", kind="logs", sensitivity="internal")
    history = tg.Data("Weather history", kind="training-data", sensitivity="internal")
    readings = tg.Data("Weather station readings", kind="records", sensitivity="internal")
    with tm.boundary("Internet", trust="untrusted"):
        observer = tm.add(tg.Actor("Remote observer", role="observer"))
    with tm.boundary("Observatory network", trust="restricted"):
        ui = tm.add(tg.Endpoint("Dome control web UI", purpose="api"))
        dome = tm.add(tg.Service("Dome closure service"))
        station = tm.add(tg.Device("Weather station"))
        ingest = tm.add(tg.Service("Sensor ingest service"))
        archive = tm.add(tg.DataStore("Weather history archive", stores=[log, history]))
    with tm.boundary("Compute cluster", trust="internal"):
        job = tm.add(tg.Pipeline("Closure model retraining", stage="training"))
        registry = tm.add(tg.ModelRegistry("Model file store"))
    tm.flow(observer, ui, override, protocol="https")
    tm.flow(ui, dome, override)
    tm.flow(dome, archive, history if overrides_in_history else log)
    tm.flow(station, ingest, readings, protocol="modbus-tcp")
    tm.flow(ingest, archive, history)
    tm.flow(archive, job, history)
    tm.flow(job, registry, tg.Data("Closure model", kind="model-artifact", sensitivity="internal"))
    return tm


def test_an_outsiders_data_that_stops_beside_the_training_data_poisons_nothing() -> None:
    """Set 411 (WRONG: "those end up in the command log, not in the Weather history used
    for training"), and sixteen more struck on earlier sets (a churchwarden's notices
    that go to the register, a climber's waiver that only the alerting service reads):
    an untrusted party counts only when what they send goes on, hop by hop, to training,
    as outside partners' data already had to."""
    assert _poisoning(_observatory(overrides_in_history=False)) == []


def test_an_outsiders_data_that_goes_on_into_the_training_data_still_counts() -> None:
    """The same observatory with the overrides written into the weather history: the
    observer shapes what retraining reads."""
    found = _poisoning(_observatory(overrides_in_history=True))
    assert len(found) == 1
    assert "Remote observer" in found[0].explanation


def _bookshop(*, reads_back: bool) -> tg.ThreatModel:
    """Set 374's bookshop: customers' reviews go through the storefront API into the
    review database, which the API also reads back to show them; a training set is
    extracted from the database."""
    tm = tg.ThreatModel("reviews", profile="low")
    submission = tg.Data("Review submission", kind="documents", sensitivity="public")
    stored = tg.Data("Reviews with visibility status", kind="records", sensitivity="internal")
    examples = tg.Data("Labelled review examples", kind="training-data", sensitivity="internal")
    with tm.boundary("Internet", trust="untrusted"):
        customer = tm.add(tg.Actor("Customer", role="customer"))
    with tm.boundary("Shop cloud", trust="internal"):
        api = tm.add(tg.Endpoint("Storefront API", purpose="api"))
        db = tm.add(tg.DataStore("Review database", stores=[stored]))
        dataset = tm.add(tg.Dataset("Review training set"))
        job = tm.add(tg.Pipeline("Monthly fine-tuning", stage="fine-tuning"))
    tm.flow(customer, api, submission, protocol="https")
    tm.flow(api, db, stored)
    if reads_back:
        tm.flow(db, api, stored)
    tm.flow(db, dataset, stored)
    tm.flow(dataset, job, examples)
    return tm


@pytest.mark.parametrize("reads_back", [False, True])
def test_a_service_that_writes_and_reads_back_a_store_makes_what_it_writes(
    reads_back: bool,
) -> None:
    """Kept on set 374 ("review fraudsters are exactly the customers whose reviews flow
    into the training set"): the storefront reading its own records back does not make
    them someone else's, so the customers' reviews still reach training."""
    found = _poisoning(_bookshop(reads_back=reads_back))
    assert len(found) == 1
    assert "Customer" in found[0].explanation


def test_a_store_passes_on_what_a_pipeline_makes_from_what_it_held() -> None:
    """Kept on set 52 ("customer drone imagery flows into the training set"): raw uploads
    land in the imagery store, a pipeline turns them into a mosaic it writes back, and the
    training set takes the mosaic; the store is passed through twice, for different
    data."""
    tm = tg.ThreatModel("drone", profile="low")
    raw = tg.Data("Geotagged drone images", kind="media", sensitivity="confidential")
    mosaic = tg.Data("Field orthomosaic", kind="media", sensitivity="confidential")
    with tm.boundary("Farms", trust="untrusted"):
        drone = tm.add(tg.Device("Survey drone"))
    with tm.boundary("Platform", trust="internal"):
        upload = tm.add(tg.Endpoint("Imagery upload API", purpose="api"))
        store = tm.add(tg.DataStore("Imagery store", stores=[raw, mosaic]))
        stitch = tm.add(tg.Pipeline("Orthomosaic pipeline", stage="preprocessing"))
        dataset = tm.add(tg.Dataset("Disease training set"))
        job = tm.add(tg.Pipeline("Detector training", stage="training"))
    tm.flow(drone, upload, raw, protocol="https")
    tm.flow(upload, store, raw)
    tm.flow(store, stitch, raw)
    tm.flow(stitch, store, mosaic)
    tm.flow(store, dataset, mosaic)
    tm.flow(dataset, job, mosaic)
    found = _poisoning(tm)
    assert len(found) == 1
    assert "Survey drone" in found[0].explanation


LOOP = "ai/feedback-loop"


def _arrivals(*, reads: str) -> tg.ThreatModel:
    """Set 28's bus arrival model: the prediction service archives its predictions in the
    same store as the observed arrivals the buses report; retraining reads the store."""
    tm = tg.ThreatModel("arrivals", profile="high")
    predicted = tg.Data("Predicted arrivals", kind="model-output", sensitivity="internal")
    orders = tg.Data("Bus holding orders", kind="records", sensitivity="internal")
    observed = tg.Data("Observed arrivals", kind="records", sensitivity="internal")
    features = tg.Data("Arrival features", kind="features", sensitivity="internal")
    artifact = tg.Data("Arrival model file", kind="model-artifact", sensitivity="internal")
    with tm.boundary("Depot", trust="restricted"):
        bus = tm.add(tg.Device("Bus location unit"))
    with tm.boundary("Transit cloud", trust="internal"):
        ingest = tm.add(tg.Service("Location ingest"))
        service = tm.add(tg.Service("Prediction service"))
        model = tm.add(tg.Model("Arrival model"))
        archive = tm.add(tg.DataStore("Arrival archive", stores=[predicted, observed, orders]))
        job = tm.add(tg.Pipeline("Nightly retraining", stage="training"))
        registry = tm.add(tg.ModelRegistry("Model registry"))
    tm.flow(bus, ingest, observed, protocol="https")
    tm.flow(ingest, archive, observed)
    tm.flow(archive, service, features)
    tm.flow(service, model, features)
    tm.flow(model, service, predicted)
    tm.flow(service, archive, orders if reads == "orders" else predicted)
    read = {"observed": [observed], "predicted": [observed, predicted], "orders": [observed]}
    tm.flow(archive, job, *read[reads])
    tm.flow(job, registry, artifact)
    tm.flow(registry, model, artifact)
    return tm


def test_predictions_archived_beside_the_readings_retraining_reads_do_not_come_back() -> None:
    """Struck nine times across sets 28 to 407 ("predicted arrival times do not change
    when buses actually arrive ... the training labels are observed arrivals"): a store
    the way back wrote only predictions into hands them on only along reads that carry
    them."""
    found = [f for f in _arrivals(reads="observed").analyze().open() if f.rule == LOOP]
    assert found == []


@pytest.mark.parametrize("reads", ["predicted", "orders"])
def test_a_read_of_the_predictions_or_a_store_handed_decisions_keeps_the_loop(reads: str) -> None:
    """Retraining that reads the predictions themselves learns them back; and a store
    handed orders rather than predictions keeps the finding, since what it records
    beside them may follow from them (set 68's cash plan shaping the withdrawals,
    kept)."""
    found = [f for f in _arrivals(reads=reads).analyze().open() if f.rule == LOOP]
    assert len(found) == 1
    assert "Arrival model" in found[0].explanation


CREDENTIALS = "ai/exposed-credentials"


def _hives(*, through_app: bool, passed_on: bool = False) -> tg.ThreatModel:
    """Set 418's beekeeping cooperative: members sign in through the cooperative's phone
    app, which passes their sign-in on to the member API; the API checks it against the
    member database."""
    tm = tg.ThreatModel("hives", profile="low")
    sign_in = tg.Data("Member sign-in", kind="credentials", sensitivity="secret")
    status = tg.Data("Hive status", kind="records", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        member = tm.add(tg.Actor("Cooperative member", role="member"))
        app = tm.add(tg.Device("Member phone app"))
    with tm.boundary("Cooperative cloud", trust="internal"):
        api = tm.add(tg.Endpoint("Member app API", purpose="api", internet_facing=True))
        db = tm.add(tg.DataStore("Member database", stores=[sign_in, status]))
        other = tm.add(tg.Service("Reporting service"))
    if through_app:
        tm.flow(member, app, sign_in)
        tm.flow(app, api, sign_in, protocol="https")
    else:
        tm.flow(app, api, sign_in, protocol="https")  # the app's own key, no person's
    tm.flow(db, api, sign_in, status)
    tm.flow(api, app, status, protocol="https")
    if passed_on:
        tm.flow(api, other, sign_in)
    return tm


def test_a_sign_in_people_type_into_their_own_app_is_checked_not_exposed() -> None:
    """Set 418 (WRONG: "the credentials are members' password verifiers, which the Member
    app API must read to sign people in"): what a member types into the app on their
    phone reaches the API as theirs, as if they had typed it there."""
    found = [f for f in _hives(through_app=True).analyze().open() if f.rule == CREDENTIALS]
    assert found == []


@pytest.mark.parametrize(("through_app", "passed_on"), [(False, False), (True, True)])
def test_a_devices_own_key_or_a_sign_in_handed_on_stays_exposed(
    through_app: bool, passed_on: bool
) -> None:
    """A key the device holds itself (no person hands it over), and a sign-in the API
    hands on to another service, keep the finding: measured on every reviewed design,
    counting any caller's credential as checked closed four kept findings (customers'
    API keys an internet-facing API reads back)."""
    tm = _hives(through_app=through_app, passed_on=passed_on)
    found = [f for f in tm.analyze().open() if f.rule == CREDENTIALS]
    assert "element:member-database" in [f.target.key for f in found]


def _gusts(*, trust: str, sensitivity: str) -> tg.ThreatModel:
    """Set 422's tower cranes: a weather service's forecast and the cranes' own
    anemometer readings are stored and exported for retraining the gust model."""
    tm = tg.ThreatModel("gusts", profile="high")
    forecast = tg.Data("Weather forecast", kind="records", sensitivity=sensitivity)
    readings = tg.Data("Anemometer readings", kind="records", sensitivity="internal")
    history = tg.Data("Gust history", kind="training-data", sensitivity="internal")
    with tm.boundary("Weather service", trust=trust):
        weather = tm.add(
            tg.ExternalService("National weather service API", provides="data-provider")
        )
    with tm.boundary("Site", trust="restricted"):
        anemometer = tm.add(tg.Device("Jib anemometer"))
    with tm.boundary("Cloud", trust="internal"):
        ingest = tm.add(tg.Service("Telemetry ingestion"))
        dataset = tm.add(tg.Dataset("Gust training set"))
        job = tm.add(tg.Pipeline("Gust model training", stage="training"))
    tm.flow(weather, ingest, forecast, protocol="https")
    tm.flow(anemometer, ingest, readings, protocol="mqtts")
    tm.flow(ingest, dataset, history)
    tm.flow(dataset, job, history)
    return tm


def test_a_partners_public_feed_poisons_no_training() -> None:
    """Struck ten times across sets 64 to 422 ("poisoning through the national weather
    service's public forecast is far-fetched"): a partner's service sending only public
    data publishes the same to everyone."""
    assert _poisoning(_gusts(trust="partner", sensitivity="public")) == []


@pytest.mark.parametrize(
    ("trust", "sensitivity"), [("partner", "internal"), ("untrusted", "public")]
)
def test_a_partners_own_data_or_an_open_internet_feed_still_counts(
    trust: str, sensitivity: str
) -> None:
    """Data a partner sends us alone, and a feed from the open internet (set 129's events
    calendar, kept), still reach training from outside."""
    found = _poisoning(_gusts(trust=trust, sensitivity=sensitivity))
    assert len(found) == 1
    assert "National weather service API" in found[0].explanation


FORGED = "ai/forged-device-readings"


@pytest.mark.parametrize(
    ("label", "wired"),
    [
        ("shielded cable to the cabinet", True),
        ("geophone cabling", True),
        ("", False),
        ("over the site network", False),
    ],
)
def test_sensors_cabled_into_the_box_they_report_to_have_no_link_to_forge(
    label: str, wired: bool
) -> None:
    """Set 420's footbridge (WEAK: "the accelerometers are wired by shielded cable to a
    logger that digitises their signals, so device authentication makes no sense") and
    set 301's salt mine ("analog geophone cabling underground"): a link whose label says
    it is a cable is a wire into the box, as "wired" already said."""
    tm = tg.ThreatModel("footbridge", profile="high")
    readings = tg.Data("Deck acceleration readings", kind="records")
    with tm.boundary("Bridge site", trust="internal"):
        sensors = tm.add(tg.Device("Deck accelerometers", fleet=False))
        logger = tm.add(tg.Service("Bridge cabinet data logger"))
        model = tm.add(tg.Model("Crowd sway model", task="detector", high_stakes=True))
    tm.flow(sensors, logger, readings, label=label or None)
    tm.flow(logger, model, tg.Data("Sway features", kind="features"), protocol="local")
    tm.flow(model, logger, tg.Data("Sway alarm", kind="model-output"), protocol="local")
    found = [f for f in tm.analyze().open() if f.rule == FORGED]
    assert bool(found) != wired


def _chain(relays: int) -> tg.ThreatModel:
    """A customer's record passes through ``relays`` services on its way into a training
    set."""
    tm = tg.ThreatModel("chain", profile="low")
    record = tg.Data("Customer record", kind="records", sensitivity="internal")
    with tm.boundary("Internet", trust="untrusted"):
        customer = tm.add(tg.Actor("Customer", role="customer"))
    with tm.boundary("Cloud", trust="internal"):
        hops = [tm.add(tg.Service(f"Relay {i}")) for i in range(relays)]
        dataset = tm.add(tg.Dataset("Training set"))
        job = tm.add(tg.Pipeline("Training", stage="training"))
    tm.flow(customer, hops[0], record, protocol="https")
    for a, b in itertools.pairwise(hops):
        tm.flow(a, b, record)
    tm.flow(hops[-1], dataset, record)
    tm.flow(dataset, job, record)
    return tm


@pytest.mark.parametrize(("relays", "named"), [(3, True), (5, True), (6, False)])
def test_an_outsiders_data_counts_within_seven_flows_of_training(relays: int, named: bool) -> None:
    """The hop-by-hop search stops at seven flows: measured on every reviewed design,
    that closes six struck findings (set 58's applicant details that "never reach the
    training set") and no kept one; six flows would have closed three kept ones too."""
    found = _poisoning(_chain(relays))
    assert bool(found) is named


def _hatchery(*, readings_to_model: bool) -> tg.ThreatModel:
    """Set 426's oyster hatchery: a water-quality logger reports to the hatchery's web
    app, which stores the readings and sends the counting model the microscope images
    the lab PC uploads."""
    tm = tg.ThreatModel("hatchery", profile="low")
    readings = tg.Data("Water-quality readings", kind="records", sensitivity="internal")
    images = tg.Data("Larvae microscope images", kind="media", sensitivity="internal")
    counts = tg.Data("Larvae counts", kind="model-output", sensitivity="internal")
    with tm.boundary("Hatchery", trust="internal"):
        logger = tm.add(tg.Device("Water-quality logger"))
        capture = tm.add(tg.Service("Lab PC capture app"))
    with tm.boundary("Cloud", trust="internal"):
        app = tm.add(tg.Endpoint("Hatchery web app", purpose="api"))
        model = tm.add(tg.Model("Larvae counting model", task="detector"))
        records = tm.add(tg.DataStore("Tank records", stores=[readings, counts]))
    tm.flow(logger, app, readings, protocol="https")
    tm.flow(capture, app, images, protocol="https")
    tm.flow(app, model, images, *([readings] if readings_to_model else []))
    tm.flow(model, app, counts)
    tm.flow(app, records, readings, counts)
    return tm


@pytest.mark.parametrize("readings_to_model", [False, True])
def test_a_web_app_passes_a_devices_readings_to_a_model_only_when_it_sends_them(
    readings_to_model: bool,
) -> None:
    """Set 426 (WRONG: "water-quality readings never reach the counting model, which only
    sees microscope images"): an API front that receives a device's readings is judged
    as a gateway or a service is, by what it sends the model."""
    report = _hatchery(readings_to_model=readings_to_model).analyze()
    forged = [f for f in report.open() if f.rule == FORGED]
    assert bool(forged) is readings_to_model


def _flagged_clips(*, people_label: bool) -> tg.ThreatModel:
    """Sets 421 and 429's detectors: the clips a detector flags are kept, and either a
    reviewer labels them in a labelling tool or they go to training as they are."""
    tm = tg.ThreatModel("clips", profile="low")
    frames = tg.Data("Camera frames", kind="media", sensitivity="internal")
    flags = tg.Data("Defect flags", kind="model-output", sensitivity="internal")
    clips = tg.Data("Flagged clips", kind="media", sensitivity="internal")
    labels = tg.Data("Clip labels", kind="labels", sensitivity="internal")
    artifact = tg.Data("Detector weights", kind="model-artifact", sensitivity="internal")
    with tm.boundary("Mill", trust="internal"):
        camera = tm.add(tg.Device("Line camera"))
        box = tm.add(tg.Service("Vision box"))
        model = tm.add(tg.Model("Defect detector", task="detector"))
        archive = tm.add(tg.DataStore("Clip archive", stores=[clips]))
        dataset = tm.add(tg.Dataset("Defect training set"))
        job = tm.add(tg.Pipeline("Retraining", stage="training"))
        registry = tm.add(tg.ModelRegistry("Registry"))
        if people_label:
            tool = tm.add(tg.Service("Labelling tool"))
            grader = tm.add(tg.Actor("Quality technician", role="technician"))
    tm.flow(camera, box, frames, protocol="gige-vision")
    tm.flow(box, model, frames)
    tm.flow(model, box, flags)
    tm.flow(box, archive, clips)
    if people_label:
        tm.flow(archive, tool, clips)
        tm.flow(tool, grader, clips)
        tm.flow(grader, tool, labels)
        tm.flow(tool, dataset, clips, labels)
    else:
        tm.flow(archive, dataset, clips)
    tm.flow(dataset, job, clips, *([labels] if people_label else []))
    tm.flow(job, registry, artifact)
    tm.flow(registry, model, artifact)
    return tm


@pytest.mark.parametrize("people_label", [True, False])
def test_a_loop_through_people_labelling_says_they_label_what_it_showed_them(
    people_label: bool,
) -> None:
    """Struck where people write every label ("the labels are the librarian's own
    corrections, so the model's mistakes do not go back unchecked as ground truth"):
    the finding then says what people labelling only what it flagged does to it, not
    that its mistakes come back as truth."""
    report = _flagged_clips(people_label=people_label).analyze()
    loops = [f for f in report.open() if f.rule == LOOP]
    assert len(loops) == 1
    said = loops[0].explanation.lower()
    assert ("people label what it shows them" in said) is people_label
    assert ("mistakes return as ground truth" in said) is not people_label
