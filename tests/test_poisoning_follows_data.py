"""Outside data poisons training only along flows that carry it on.

Set 270's vineyard: a weather service's forecast reaches the harvest planning app,
which passes it to the ripeness model live and stores only lab results and plans in
the database the retraining job exports from. The reviewer struck
``ai/training-data-poisoning`` as wrong: "weather data is used only for live
predictions and never reaches training".
"""

from __future__ import annotations

import threatgraph as tg

RULE = "ai/training-data-poisoning"


def _vineyard(*, stores_forecast: bool) -> tg.ThreatModel:
    tm = tg.ThreatModel("vineyard")
    forecast = tg.Data("Weather forecast", kind="records")
    lab = tg.Data("Berry sample lab results", kind="records")
    with tm.boundary("Weather vendor", trust="partner"):
        weather = tm.add(tg.ExternalService("Weather forecast service"))
    with tm.boundary("Estate cloud", trust="internal"):
        tech = tm.add(tg.Actor("Lab technician"))
        app = tm.add(tg.Service("Harvest planning app"))
        db = tm.add(tg.DataStore("Harvest planning database", stores={lab, forecast}))
        model = tm.add(tg.Model("Ripeness model", task="regressor"))
        job = tm.add(tg.Pipeline("Seasonal retraining job", stage="training"))
    tm.flow(weather, app, forecast, protocol="https")
    tm.flow(tech, app, lab)
    tm.flow(app, model, forecast, lab)
    tm.flow(model, app, tg.Data("Ripeness estimate", kind="model-output"))
    tm.flow(app, db, *((lab, forecast) if stores_forecast else (lab,)))
    tm.flow(db, job, *((lab, forecast) if stores_forecast else (lab,)))
    tm.flow(job, model, tg.Data("Ripeness model artifact", kind="model-artifact"))
    return tm


def _found(tm: tg.ThreatModel) -> list[tg.Finding]:
    return [f for f in tm.analyze().open() if f.rule == RULE]


def test_a_forecast_used_only_live_reaches_no_training() -> None:
    assert _found(_vineyard(stores_forecast=False)) == []


def test_a_forecast_stored_for_the_export_does() -> None:
    (f,) = _found(_vineyard(stores_forecast=True))
    assert "Weather forecast service" in f.explanation
