"""Verdicts of fresh set 446 (`benchmarks/quality/reviews/v2-round501-fresh446/`) drawn
on since: the sheepdog trial's OCR model, fine-tuned each season on a volunteer's own
laptop, had the pickle-loading finding and the "source others control" finding beside
the swap finding that already says a swapped pickle runs code where it is loaded
(both struck as duplicates). Our own job on a machine we do not control is no hub."""

from __future__ import annotations

import pytest

import threatgraph as tg
from threatgraph import controls as c

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


BINDING = "ai/tool-caller-binding"


def _booking(controls: set[c.Control]) -> tg.ThreatModel:
    """Set 447's blood donor assistant: signed-in donors prompt an agent whose booking
    tool acts on whatever donor id the model passes (rated low, marked SEVERITY: "any
    authenticated donor can prompt the agent ... plausible, not rare")."""
    tm = tg.ThreatModel("donors", profile="high")
    with tm.boundary("Internet", trust="untrusted"):
        donor = tm.add(tg.Actor("Donor"))
    with tm.boundary("Blood service", trust="internal"):
        agent = tm.add(tg.Agent("Donor assistant agent"))
        tool = tm.add(
            tg.Tool("Appointment booking tool", capabilities={"read", "write"}, controls=controls)
        )
        sessions = tm.add(tg.Service("Session and appointment system"))
    request = tg.Data("Booking request", kind="prompt", sensitivity="pii")
    tm.flow(donor, agent, request, protocol="https")
    tm.flow(agent, tool, tg.Data("Booking call", kind="tool-call", sensitivity="pii"))
    tm.flow(tool, sessions, tg.Data("Appointment change", kind="records", sensitivity="pii"))
    tm.flow(sessions, tool, tg.Data("Appointments", kind="records", sensitivity="pii"))
    return tm


def _binding(tm: tg.ThreatModel) -> tg.Finding:
    (found,) = [f for f in tm.analyze().open() if f.rule == BINDING]
    return found


def test_narrow_tools_and_logs_lower_a_confused_deputy_one_step_together() -> None:
    bare = _binding(_booking(set()))
    both = _binding(_booking({c.LeastPrivilegeTools(), c.AuditLogging()}))
    one = _binding(_booking({c.LeastPrivilegeTools()}))
    assert both.likelihood.score == bare.likelihood.score - 1
    assert one.likelihood == both.likelihood
    assert both.status is tg.Status.OPEN


KEYS = "ai/model-api-key-abuse"


def _salon(kept: str) -> tg.ThreatModel:
    """Set 449's dog grooming salon: the backend reads owners' password hashes from its
    booking database and calls a hosted LLM (struck as WRONG: "it mistakes owner
    password hashes for model API keys")."""
    tm = tg.ThreatModel("salon", profile="low")
    secret = tg.Data(kept, kind="credentials", sensitivity="secret")
    with tm.boundary("Salon cloud", trust="internal"):
        backend = tm.add(tg.Service("Salon backend"))
        db = tm.add(tg.DataStore("Booking database", stores={secret}))
    with tm.boundary("AI vendors", trust="partner"):
        llm = tm.add(tg.LLM("Hosted summarisation LLM", origin="vendor"))
    tm.flow(db, backend, secret)
    tm.flow(backend, llm, tg.Data("Summary prompt", kind="prompt"), protocol="https")
    tm.flow(llm, backend, tg.Data("Summary", kind="model-output"), protocol="https")
    return tm


def test_password_hashes_in_a_store_are_no_model_providers_key() -> None:
    assert KEYS not in {f.rule for f in _salon("Owner password hashes").analyze().findings}


def test_an_api_key_in_the_same_store_still_is() -> None:
    assert KEYS in {f.rule for f in _salon("LLM API key").analyze().open()}


CROSS = {"stride/cross-account-access", "stride/missing-subject-authorization"}
"""The per-caller findings: on the interface, or on the store behind it when that says it."""


def _bookings(*, rbac: bool, words: bool) -> tg.ThreatModel:
    """Set 449's salon: owners sign in to a booking website whose backend declares
    role-based access and says owners see their own dogs and bookings (struck WRONG:
    "it ignores the backend's declared owner-scoped rbac")."""
    tm = tg.ThreatModel("salon", profile="low")
    profiles = tg.Data("Dog profiles", kind="records", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        owner = tm.add(tg.Actor("Dog owner"))
    with tm.boundary("Salon cloud", trust="internal"):
        site = tm.add(
            tg.Endpoint(
                "Booking website", controls={c.Authentication(method="e-mail and password")}
            )
        )
        backend = tm.add(
            tg.Service(
                "Salon backend",
                description="Owners see their own dogs and bookings." if words else "",
                controls={c.RBAC()} if rbac else set(),
            )
        )
        db = tm.add(tg.DataStore("Booking database", stores={profiles}))
    tm.flow(owner, site, tg.Data("Booking request", kind="records", sensitivity="pii"))
    tm.flow(site, backend, tg.Data("Profile query", kind="records"))
    tm.flow(db, backend, profiles)
    tm.flow(backend, site, profiles)
    tm.flow(site, owner, profiles, protocol="https")
    return tm


def test_a_backend_that_checks_whose_records_they_are_closes_it() -> None:
    assert not CROSS & {f.rule for f in _bookings(rbac=True, words=True).analyze().open()}


@pytest.mark.parametrize(("rbac", "words"), [(False, True), (True, False)], ids=["words", "rbac"])
def test_words_alone_or_roles_alone_do_not(rbac: bool, words: bool) -> None:
    # reviewers kept the finding beside a portal whose volunteers "see their own uploads"
    # with sign-in only, and beside backends declaring role-based access alone
    assert CROSS & {f.rule for f in _bookings(rbac=rbac, words=words).analyze().open()}
