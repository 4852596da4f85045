"""Fixes taken from the verdicts recorded on the tuned corpus and fresh sets up to 44
(``benchmarks/quality/reviews``): each test pins what reviewers struck or listed as
missing, and the variant of the same design on which the verdict goes the other way."""

from __future__ import annotations

import threatgraph as tg
from threatgraph.findings import Finding

EVASION = "ai/adversarial-evasion"


def _open(tm: tg.ThreatModel, rule: str) -> list[Finding]:
    return [f for f in tm.analyze().open() if f.rule == rule]


def _forecast(feed: tg.Element, *, high_stakes: bool = False) -> tg.ThreatModel:
    """A forecasting job reads an outside feed and the hospital's own admissions and
    writes a demand forecast that planners read on a dashboard."""
    tm = tg.ThreatModel("forecast")
    figures = tg.Data("Feed figures", kind="features")
    with tm.boundary("Outside", trust="untrusted"):
        src = tm.add(feed)
    with tm.boundary("Hospital", trust="internal"):
        job = tm.add(tg.Service("Feature service"))
        model = tm.add(tg.Model("Demand model", task="regressor", high_stakes=high_stakes))
        planner = tm.add(tg.Actor("Planner"))
    tm.flow(src, job, figures, protocol="https")
    tm.flow(job, model, figures)
    tm.flow(model, planner, tg.Data("Forecast", kind="predictions"))
    return tm


def test_a_curated_feed_is_not_an_evasion_attacker() -> None:
    """Struck as wrong on a bed-demand forecaster (bank holidays and flu figures from
    government datasets), an irrigation model (a weather provider's API) and a house
    valuation's photo model (land-registry records): the publisher of a curated feed
    does not craft inputs to get a decision of ours, and a wrong feed is a data-quality
    concern that adversarial training does not address."""
    gov = tg.DataSource("Flu surveillance", origin="public-dataset")
    assert _open(_forecast(gov), EVASION) == []
    weather = tg.ExternalService("Weather API", provides="data-provider")
    assert _open(_forecast(weather), EVASION) == []


def test_a_curated_feed_still_counts_where_the_output_is_high_stakes() -> None:
    """Kept on a greenhouse controller whose forecast feed drives actuators: where the
    model's output is high stakes, a spoofed or tampered feed steering it is raised."""
    weather = tg.DataSource("Weather API", origin="vendor")
    (f,) = _open(_forecast(weather, high_stakes=True), EVASION)
    assert f.target.ids == ("demand-model",)


def test_scraped_public_pages_still_count() -> None:
    """Kept on a hotel pricing model fed competitor rates scraped from travel sites:
    anyone can put what they like on a public web page."""
    pages = tg.DataSource("Travel sites", origin="public-web")
    (f,) = _open(_forecast(pages), EVASION)
    assert "Travel sites" in f.explanation
