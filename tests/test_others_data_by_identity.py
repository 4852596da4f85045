"""Data others feed a component is told apart from a route's data by what it is, not by
its kind.

Held-out set 281 struck, as wrong, an evasion finding on a livestock market's weight
model: online bids reach the ring's capture service, which hands the model only the
ring camera's frames and the scale's reading. The route of the bid was let through
because the scale's reading and the bid are both records: the same kind of data was
taken to be possibly the same data under another name. What a component sends on that
is only data others fed it, as it came, carries none of a route's data, unless both are
text one could be folded into (prompt templates into prompts: see
test_handed_on_data.py).
"""

from __future__ import annotations

import threatgraph as tg


def _ring(*, bids_to_model: bool) -> tg.ThreatModel:
    tm = tg.ThreatModel("Livestock ring", profile="high")
    frames = tg.Data("Ring frames", kind="media")
    weight = tg.Data("Scale reading", kind="records")
    bid = tg.Data("Online bid", kind="records")
    estimate = tg.Data("Weight estimate", kind="model-output")
    with tm.boundary("Internet", trust="untrusted"):
        buyer = tm.add(tg.Actor("Online buyer"))
    with tm.boundary("Market cloud", trust="internal"):
        bidding = tm.add(tg.Endpoint("Online bidding site", internet_facing=True))
    with tm.boundary("Market site", trust="internal"):
        camera = tm.add(tg.Device("Ring camera"))
        scale = tm.add(tg.Device("Ring scale"))
        capture = tm.add(tg.Service("Lot capture service"))
        model = tm.add(tg.Model("Lot weight model", task="regressor", high_stakes=True))
    tm.flow(buyer, bidding, bid, protocol="https")
    tm.flow(bidding, capture, bid, protocol="https")
    tm.flow(camera, capture, frames, protocol="rtsp")
    tm.flow(scale, capture, weight, protocol="tcp")
    tm.flow(capture, model, frames, weight, *((bid,) if bids_to_model else ()))
    tm.flow(model, capture, estimate)
    return tm


def _evasion_sources(tm: tg.ThreatModel) -> list[str]:
    report = tg.analyze(tm.freeze())
    return [f.explanation for f in report.open() if f.rule == "ai/adversarial-evasion"]


def test_a_bid_that_stops_at_the_capture_service_shapes_no_input_of_the_model() -> None:
    assert not any("Online buyer" in x for x in _evasion_sources(_ring(bids_to_model=False)))


def test_a_bid_passed_to_the_model_does() -> None:
    assert any("Online buyer" in x for x in _evasion_sources(_ring(bids_to_model=True)))
