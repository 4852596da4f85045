"""``compliance/gdpr/special-category``: health, biometric and other special-category
data an AI component is sent needs a recorded Art. 9 basis and an impact assessment
(the ``ImpactAssessment`` control). Reviewers of held-out designs named the missing
basis or assessment on half of the designs that send such data to AI."""

from __future__ import annotations

import pytest

import threatgraph as tg
from threatgraph import controls as c

REQ = "compliance/gdpr/special-category"


def _clinic(
    *,
    frameworks: frozenset[str] = frozenset({"gdpr"}),
    sensitivity: str = "regulated",
    assessed_on: str | None = None,
    vendor: bool = False,
    training: bool = False,
) -> tg.ThreatModel:
    """A triage service sends patients' symptoms to an LLM (ours, or a vendor's model
    API), and optionally a training job reads the same records."""
    tm = tg.ThreatModel("clinic", profile="high", frameworks=frameworks)
    dpia = {c.ImpactAssessment(basis="health care, Art. 9(2)(h)")}
    symptoms = tg.Data("Symptoms", kind="records", sensitivity=sensitivity)
    with tm.boundary("Internet", trust="untrusted"):
        patient = tm.add(tg.Actor("Patient"))
        if vendor:
            llm = tm.add(
                tg.ExternalService(
                    "Vendor model API",
                    provides="model-api",
                    controls=dpia if assessed_on == "llm" else set(),
                )
            )
    with tm.boundary("Clinic cloud", trust="internal"):
        triage = tm.add(
            tg.Service("Triage service", controls=dpia if assessed_on == "service" else set())
        )
        if not vendor:
            llm = tm.add(tg.LLM("Triage LLM", controls=dpia if assessed_on == "llm" else set()))
        if training:
            records = tm.add(tg.Dataset("Triage records", stores={symptoms}))
            job = tm.add(tg.Pipeline("Fine-tuning job", stage="fine-tuning"))
    tm.flow(patient, triage, symptoms)
    tm.flow(triage, llm, symptoms)
    tm.flow(llm, triage, tg.Data("Urgency", kind="model-output"))
    if training:
        tm.flow(triage, records, symptoms)
        tm.flow(records, job, symptoms)
    return tm


def _requirement(tm: tg.ThreatModel) -> tg.Requirement:
    (req,) = [r for r in tm.analyze().requirements if r.id == REQ]
    return req


def test_special_category_data_sent_to_an_llm_needs_a_basis_and_an_assessment() -> None:
    report = _clinic().analyze()
    (f,) = report.for_rule(REQ)
    assert f.is_open
    assert "Triage LLM (is sent special-category data: Symptoms)" in f.explanation
    (req,) = [r for r in report.requirements if r.id == REQ]
    assert req.status == "unmet"
    assert req.missing == ("triage-llm",)


@pytest.mark.parametrize("where", ["llm", "service"])
def test_an_assessment_on_the_model_or_what_sends_it_data_meets_it(where: str) -> None:
    req = _requirement(_clinic(assessed_on=where))
    assert req.status == "met"
    assert _clinic(assessed_on=where).analyze().for_rule(REQ) == []


def test_a_vendors_model_api_is_ours_to_assess_when_we_send_it_the_data() -> None:
    req = _requirement(_clinic(vendor=True))
    assert req.missing == ("vendor-model-api",)
    assert _requirement(_clinic(vendor=True, assessed_on="service")).status == "met"


def test_a_training_job_that_reads_the_records_is_listed_too() -> None:
    req = _requirement(_clinic(training=True))
    assert req.missing == ("fine-tuning-job", "triage-llm")


def test_personal_data_that_is_not_special_category_does_not_apply() -> None:
    assert _requirement(_clinic(sensitivity="pii")).status == "not-applicable"


def test_only_designs_under_gdpr() -> None:
    report = _clinic(frameworks=frozenset()).analyze()
    assert [r for r in report.requirements if r.id == REQ] == []
    assert report.for_rule(REQ) == []


def test_regulated_data_named_for_money_is_not_special_category() -> None:
    """A loan agent's re-reviewer struck the finding on a credit bureau report: a design's
    ``regulated`` covers card and credit data, which GDPR Art. 9 does not."""
    tm = tg.ThreatModel("lender", profile="high", frameworks={"gdpr"})
    with tm.boundary("Cloud", trust="internal"):
        agent = tm.add(tg.Agent("Loan file agent", autonomy="supervised"))
        bureau = tm.add(tg.Service("Bureau gateway"))
    tm.flow(bureau, agent, tg.Data("Credit bureau report", sensitivity="regulated"))
    (req,) = [r for r in tm.analyze().requirements if r.id == REQ]
    assert req.status == "not-applicable"


def test_a_model_that_makes_special_category_data_is_listed() -> None:
    """A school photographer's reviewer named the children's biometric templates
    missing: the face model is sent photos (personal data) and sends face templates
    (biometric, declared regulated) on to a tagging service."""
    tm = tg.ThreatModel("photos", profile="high", frameworks={"gdpr"})
    with tm.boundary("Cloud", trust="internal"):
        store = tm.add(tg.DataStore("Photo store"))
        faces = tm.add(tg.Model("Face embedding model", task="embedding"))
        tagging = tm.add(tg.Service("Tagging service"))
    tm.flow(store, faces, tg.Data("Pupil photos", kind="media", sensitivity="pii"))
    tm.flow(
        faces, tagging, tg.Data("Pupil face templates", kind="embeddings", sensitivity="regulated")
    )
    report = tm.analyze()
    (req,) = [r for r in report.requirements if r.id == REQ]
    assert req.missing == ("face-embedding-model",)
    (f,) = report.for_rule(REQ)
    assert "sends special-category data: Pupil face templates" in f.explanation


def _card_scoring(frameworks: frozenset[str], name: str, description: str = "") -> tg.ThreatModel:
    """A payments service sends a fraud model a regulated scoring request."""
    tm = tg.ThreatModel("fraud", profile="high", frameworks=frameworks)
    request = tg.Data(name, sensitivity="regulated", description=description)
    with tm.boundary("Card network", trust="partner"):
        network = tm.add(tg.ExternalService("Card network"))
    with tm.boundary("Payments", trust="restricted"):
        payments = tm.add(tg.Service("Payments service"))
        model = tm.add(tg.Model("Fraud model", task="classifier", high_stakes=True))
    tm.flow(network, payments, request, protocol="mtls")
    tm.flow(payments, model, request)
    tm.flow(model, payments, tg.Data("Fraud score", kind="model-output"))
    return tm


@pytest.mark.parametrize(
    ("frameworks", "name", "description", "needed"),
    [
        # a user trial: with PCI DSS declared, regulated is first the cardholder data
        (frozenset({"pci-dss", "gdpr"}), "Scoring request", "", False),
        (frozenset({"gdpr"}), "Scoring request", "", True),
        (frozenset({"pci-dss", "gdpr"}), "Patient notes", "", True),
        (frozenset({"pci-dss", "gdpr"}), "Checkout selfie", "a face photo for matching", True),
    ],
)
def test_with_pci_dss_only_data_named_for_a_special_category_counts(
    frameworks: frozenset[str], name: str, description: str, needed: bool
) -> None:
    req = _requirement(_card_scoring(frameworks, name, description))
    assert (req.status == "unmet") is needed, req
