"""Poisoning names only the outside sources whose data goes on to training.

Held-out set 273 (a motorsport team's tyre model) was struck in part because the
poisoning finding named a weather feed whose forecasts stop at the trackside database:
the sync to the data lake the model trains from carries only telemetry and timing. The
walk back from the training job checked each hop against the next one only, so the
forecast passed the ingest service (which hands it to the database) and was counted.
It now carries along, hop by hop, which of each node's data go on towards training.
"""

from __future__ import annotations

import pytest

import threatgraph as tg
from threatgraph.findings import Finding

POISONING = "ai/training-data-poisoning"


def _trackside(*, weather_synced: bool) -> tg.ThreatModel:
    tm = tg.ThreatModel("Tyre model", profile="high")
    timing = tg.Data("Timing", kind="records")
    telemetry = tg.Data("Telemetry", kind="records")
    weather = tg.Data("Forecast", kind="records")
    with tm.boundary("Series", trust="partner"):
        timing_feed = tm.add(tg.DataSource("Official timing feed", origin="partner"))
        weather_feed = tm.add(tg.DataSource("Track weather feed", origin="vendor"))
    with tm.boundary("Garage", trust="internal"):
        car = tm.add(tg.Device("Race car"))
        ingest = tm.add(tg.Service("Ingest"))
        db = tm.add(tg.DataStore("Trackside database", stores={timing, telemetry, weather}))
    with tm.boundary("Factory", trust="internal"):
        lake = tm.add(tg.Dataset("Race data lake", stores={timing, telemetry}))
        job = tm.add(tg.Pipeline("Degradation training", stage="training"))
        model = tm.add(tg.Model("Degradation model", task="regressor", origin="in-house"))
    tm.flow(timing_feed, ingest, timing, protocol="wss")
    tm.flow(weather_feed, ingest, weather, protocol="https")
    tm.flow(car, ingest, telemetry, protocol="udp")
    tm.flow(ingest, db, timing, telemetry, weather)
    synced = (timing, telemetry, weather) if weather_synced else (timing, telemetry)
    tm.flow(db, lake, *synced, label="post-session sync")
    tm.flow(lake, job, timing, telemetry)
    tm.flow(job, model, tg.Data("Weights", kind="model-artifact"))
    return tm


def _poisoning(tm: tg.ThreatModel) -> Finding:
    (f,) = [x for x in tg.analyze(tm.freeze()).open() if x.rule == "ai/training-data-poisoning"]
    return f


def test_a_forecast_that_stops_at_the_trackside_database_poisons_nothing() -> None:
    f = _poisoning(_trackside(weather_synced=False))
    assert "Official timing feed" in f.explanation
    assert "Track weather feed" not in f.explanation


def test_a_forecast_synced_into_the_dataset_is_named() -> None:
    f = _poisoning(_trackside(weather_synced=True))
    assert "Track weather feed" in f.explanation


def test_every_flow_between_two_nodes_counts() -> None:
    """A design service sends the case store the scan on one flow and the designer's
    adjustments on another: both go on to training, so the scanner and the designer are
    both named, whichever flow the walk meets first."""
    tm = tg.ThreatModel("Socket fit", profile="high")
    scan = tg.Data("Limb scan", kind="media")
    adjustments = tg.Data("Adjustments", kind="records")
    with tm.boundary("Clinic", trust="partner"):
        scanner = tm.add(tg.DataSource("Clinic scanner", origin="partner"))
        designer = tm.add(tg.Actor("Prosthetist"))
        workstation = tm.add(tg.Device("CAD workstation"))
    with tm.boundary("Cloud", trust="internal"):
        api = tm.add(tg.Service("Design API"))
        cases = tm.add(tg.DataStore("Case store", stores={scan, adjustments}))
        dataset = tm.add(tg.Dataset("Socket training set", stores={scan, adjustments}))
        job = tm.add(tg.Pipeline("Retraining", stage="training"))
        model = tm.add(tg.Model("Socket model", task="generative", origin="in-house"))
    tm.flow(scanner, workstation, scan, protocol="usb")
    tm.flow(designer, workstation, adjustments)
    tm.flow(workstation, api, scan, protocol="https")
    tm.flow(workstation, api, adjustments, protocol="https", label="edits")
    tm.flow(api, cases, scan)
    tm.flow(api, cases, adjustments, label="final design")
    tm.flow(cases, dataset, scan, adjustments)
    tm.flow(dataset, job, scan, adjustments)
    tm.flow(job, model, tg.Data("Weights", kind="model-artifact"))
    f = _poisoning(tm)
    assert "Clinic scanner" in f.explanation
    assert "Prosthetist" in f.explanation


def _deep(steps: int, *, origin: str, data_goes_on: bool = True) -> tg.ThreatModel:
    """A feed whose rows pass an ingest job, a lake and ``steps`` preparation steps
    before a training set: a textbook pipeline. Without ``data_goes_on`` the first step
    reads only what our own app writes into the lake, not the feed's rows."""
    tm = tg.ThreatModel("Deep")
    events = tg.Data("Feed events", kind="records")
    rows = tg.Data("Rows", kind="records")
    own = tg.Data("Our own rows", kind="records")
    examples = tg.Data("Examples", kind="training-data")
    zone = "untrusted" if origin == "user-upload" else "partner"
    with tm.boundary("Outside", trust=zone):
        feed = tm.add(tg.DataSource("Feed", origin=origin, provides={events}))
    with tm.boundary("Us", trust="internal"):
        ingest = tm.add(tg.Pipeline("Ingest", stage="ingestion"))
        lake = tm.add(tg.DataStore("Lake", stores={rows, own}))
        app = tm.add(tg.Service("Our app"))
        prev = lake
        for i in range(steps):
            step = tm.add(tg.Pipeline(f"Step {i}", stage="preprocessing"))
            tm.flow(prev, step, rows if (data_goes_on or i) else own)
            prev = step
        dataset = tm.add(tg.Dataset("Training set", stores={examples}))
        train = tm.add(tg.Pipeline("Training", stage="training"))
        tm.add(tg.Model("Model"))
    tm.flow(app, lake, own)
    tm.flow(feed, ingest, events, protocol="https")
    tm.flow(ingest, lake, rows)
    tm.flow(prev, dataset, examples)
    tm.flow(dataset, train, examples)
    return tm


@pytest.mark.parametrize(
    ("origin", "steps", "named"),
    [
        ("user-upload", 3, True),
        ("user-upload", 4, False),
        ("partner", 1, True),
        ("partner", 2, False),
    ],
)
def test_how_far_up_a_feed_is_followed_is_measured(origin: str, steps: int, named: bool) -> None:
    """Outsiders' data is followed seven flows up from the training job, another
    company's five: both bounds measured. Second day-of-real-use review asked for a
    partner feed six flows up (this pipeline with two steps); following partners' kept
    routes to seven flows added three findings to the fresh models, and an independent
    review struck all three, so the bound stays."""
    found = [f for f in _deep(steps, origin=origin).analyze().open() if f.rule == POISONING]
    assert [f.target.key for f in found] == (["element:training-set"] if named else [])


@pytest.mark.parametrize("origin", ["partner", "user-upload"])
@pytest.mark.parametrize("steps", [1, 3])
def test_a_far_feed_whose_rows_stop_in_the_lake_is_not_named(origin: str, steps: int) -> None:
    """The same pipeline, its first step reading only our own app's rows: the feed's
    data stops in the lake, near or far."""
    report = _deep(steps, origin=origin, data_goes_on=False).analyze()
    assert [f for f in report.open() if f.rule == POISONING] == []


LABELS = "ai/label-manipulation"


def _vendor_labels(*, annotators_zone: str) -> tg.ThreatModel:
    """Second day-of-real-use review: annotators work in a labelling tool; our export
    job sends them tasks and writes the labels it fetches back into the training set."""
    tm = tg.ThreatModel("Labels")
    tasks = tg.Data("Labelling tasks", kind="records")
    labels = tg.Data("Relevance labels", kind="labels")
    examples = tg.Data("Examples", kind="training-data")
    with tm.boundary("Annotators", trust=annotators_zone):
        annotators = tm.add(tg.Actor("Annotators", role="annotator"))
        tool = tm.add(tg.Service("Labelling tool"))
    with tm.boundary("Data platform", trust="internal"):
        export = tm.add(tg.Pipeline("Labelling export", stage="labeling"))
        dataset = tm.add(tg.Dataset("Training dataset", stores={examples, labels}))
        train = tm.add(tg.Pipeline("Training", stage="training"))
        tm.add(tg.Model("Ranker"))
    tm.flow(export, tool, tasks, protocol="https")
    tm.flow(annotators, tool, labels)
    tm.flow(tool, export, labels, protocol="https")
    tm.flow(export, dataset, labels)
    tm.flow(dataset, train, examples, labels)
    return tm


def test_a_vendors_annotators_behind_our_export_job_are_labellers() -> None:
    """The finding was raised only when the vendor's tool wrote the dataset itself:
    with our export job in between, the annotators two hops up were not seen."""
    (found,) = [
        f for f in _vendor_labels(annotators_zone="partner").analyze().open() if f.rule == LABELS
    ]
    assert found.target.key == "element:training-dataset"
    assert "the labellers (Annotators) work for another company" in found.explanation


def test_our_own_annotators_two_hops_up_stay_out() -> None:
    """Colleagues labelling further up are left out: reviewers struck about a
    third of the label findings on staff labellers, as generic insider risk."""
    report = _vendor_labels(annotators_zone="internal").analyze()
    assert [f for f in report.open() if f.rule == LABELS] == []
