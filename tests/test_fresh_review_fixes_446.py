"""Verdicts of fresh set 446 (`benchmarks/quality/reviews/v2-round501-fresh446/`) drawn
on since: the sheepdog trial's OCR model, fine-tuned each season on a volunteer's own
laptop, had the pickle-loading finding and the "source others control" finding beside
the swap finding that already says a swapped pickle runs code where it is loaded
(both struck as duplicates). Our own job on a machine we do not control is no hub."""

from __future__ import annotations

import threatgraph as tg

SWAP = "ai/unsigned-model-to-serving"
PICKLE = "ai/unsafe-model-deserialization"
SOURCE = "ai/untrusted-model-source"


def _ocr(trainer: str) -> tg.ThreatModel:
    tm = tg.ThreatModel("scorecards", profile="low")
    weights = tg.Data("OCR model weights", format="pickle")
    with tm.boundary("Society cloud", trust="internal"):
        bucket = tm.add(tg.ModelRegistry("OCR weights bucket"))
        scoring = tm.add(tg.Service("Scoring service"))
        ocr = tm.add(tg.Model("Scorecard OCR model", task="classifier"))
    if trainer == "volunteer laptop":
        with tm.boundary("Volunteers' home computers", trust="untrusted"):
            source = tm.add(tg.Pipeline("Season-end fine-tuning", stage="fine-tuning"))
    else:
        with tm.boundary("Internet", trust="untrusted"):
            source = tm.add(tg.ExternalService("Model hub", provides="model-hub"))
    tm.flow(source, bucket, weights, protocol="https")
    tm.flow(bucket, ocr, weights, label="load")
    tm.flow(scoring, ocr, tg.Data("Card photo", kind="media"))
    tm.flow(ocr, scoring, tg.Data("Points read", kind="model-output"))
    return tm


def _rules(tm: tg.ThreatModel) -> set[str]:
    return {f.rule for f in tm.analyze().open() if f.target.key == "element:scorecard-ocr-model"}


def test_our_own_job_on_a_volunteers_laptop_is_the_swap_findings_alone() -> None:
    report = _ocr("volunteer laptop").analyze()
    found = {f.rule: f for f in report.open() if f.target.key == "element:scorecard-ocr-model"}
    assert PICKLE not in found
    assert SOURCE not in found
    assert "swapped file also runs code" in found[SWAP].explanation
    assert not report.errors


def test_weights_from_a_hub_still_count() -> None:
    assert SOURCE in _rules(_ocr("hub"))


def test_a_pickle_from_a_hub_is_still_its_own_finding() -> None:
    assert PICKLE in _rules(_ocr("hub"))
