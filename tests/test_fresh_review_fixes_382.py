"""Changes taken from reviewers' verdicts on held-out sets 382 and later, made in the
session of 2026-12-07 (forty-first)."""

from __future__ import annotations

import pytest

import threatgraph as tg

EVASION = "ai/adversarial-evasion"


def _on(tm: tg.ThreatModel, rule: str) -> list[str]:
    return sorted(f.target.key for f in tm.analyze().open() if f.rule == rule)


def _rhythm(*, staff_reads_alerts: bool, name: str = "Irregular rhythm detector") -> tg.ThreatModel:
    """Set 382's fitness app: a wearable paired with the app on its owner's phone sends
    heart-rate samples up; a detector flags irregular rhythms and the user alone is
    advised, by push, to see a doctor."""
    tm = tg.ThreatModel("rhythm", profile="high")
    samples = tg.Data("Heart-rate samples", kind="records", sensitivity="regulated")
    feats = tg.Data("Beat-interval features", kind="features", sensitivity="regulated")
    flag = tg.Data("Rhythm flag", kind="model-output", sensitivity="regulated")
    with tm.boundary("Internet", trust="untrusted"):
        user = tm.add(tg.Actor("App user"))
        watch = tm.add(tg.Device("Heart-rate wearable"))
        app = tm.add(tg.Device("Fitness phone app"))
    with tm.boundary("Cloud", trust="internal"):
        api = tm.add(tg.Endpoint("Mobile API", purpose="api", internet_facing=True))
        stream = tm.add(tg.Pipeline("Stream processor"))
        model = tm.add(tg.Model(name, task="detector", high_stakes=True))
        alerts = tm.add(tg.Service("Alert service"))
        nurse = tm.add(tg.Actor("Insurer's wellness nurse"))
    with tm.boundary("Push provider", trust="partner"):
        push = tm.add(tg.ExternalService("Push service"))
    tm.flow(user, app, tg.Data("Profile", kind="records", sensitivity="pii"))
    tm.flow(watch, app, samples, protocol="ble")
    tm.flow(app, api, samples, protocol="https")
    tm.flow(api, stream, samples)
    tm.flow(stream, model, feats)
    tm.flow(model, alerts, flag)
    tm.flow(alerts, push, flag, protocol="https")
    tm.flow(push, app, flag, protocol="https")
    tm.flow(app, user, flag)
    if staff_reads_alerts:
        tm.flow(alerts, nurse, flag, protocol="https")
    return tm


def test_a_model_advising_only_the_owner_of_the_devices_it_reads_is_not_evaded() -> None:
    """Set 382 (struck as wrong: "the only party that can shape a user's stream is that
    user, and the detector only advises that same user, so evading it gains an attacker
    nothing"), and sets 147 and 193 (a rider's crash detector, a patient's hearing-aid
    fitting): the generalisation of the patients' own-care case to anyone whose own
    devices are all that feed the model and who alone gets its answers."""
    assert _on(_rhythm(staff_reads_alerts=False), EVASION) == []


def test_a_model_whose_answers_reach_someone_else_is_still_evaded() -> None:
    """The same readings judged for someone else (an insurer's nurse reads the flags):
    the user may want to look healthy to them, and the finding stays."""
    assert _on(_rhythm(staff_reads_alerts=True), EVASION) == ["element:irregular-rhythm-detector"]


@pytest.mark.parametrize("name", ["Payment fraud detector", "Meter tamper detector"])
def test_a_model_that_catches_people_out_is_still_evaded(name: str) -> None:
    """A name that says the model catches people out or charges them gives its own
    subject a motive, whoever alone reads its answers."""
    key = "element:" + name.lower().replace(" ", "-")
    assert _on(_rhythm(staff_reads_alerts=False, name=name), EVASION) == [key]


PAYEE = "stride/payee-change"


def _payments(datum: str) -> tg.ThreatModel:
    """Set 383's bank: a customer sends a payment from the mobile app, and the payments
    orchestrator pays it out through the scheme."""
    tm = tg.ThreatModel("payments", profile="high")
    with tm.boundary("Internet", trust="untrusted"):
        customer = tm.add(tg.Actor("Bank customer"))
    with tm.boundary("Bank", trust="internal"):
        api = tm.add(tg.Endpoint("Mobile banking API", purpose="api", internet_facing=True))
        pay = tm.add(tg.Service("Payments orchestrator"))
    order = tg.Data(datum, kind="records", sensitivity="pii")
    tm.flow(customer, api, order, protocol="https")
    tm.flow(api, pay, order)
    return tm


@pytest.mark.parametrize(
    ("datum", "raised"),
    [
        ("Payment instruction", False),
        ("Supplier payment instructions", True),
        ("Payee bank details", True),
    ],
)
def test_a_customers_own_payment_order_is_no_payee_change(datum: str, raised: bool) -> None:
    """Sets 341 and 383 (struck as wrong: "treats retail customers' own payment
    instructions like a supplier changing its bank details"): a bare payment instruction
    is the account holder's order to pay, not details someone else's payments go to; a
    supplier's payment instructions, or bank details, still are."""
    assert bool(_on(_payments(datum), PAYEE)) is raised


SUBJECT = "stride/missing-subject-authorization"
CROSS = "stride/cross-account-access"


def _reviews(label: str) -> tg.ThreatModel:
    """Set 382's retailer: signed-in shoppers read and post reviews through a review
    service, which reads them from the reviews database."""
    tm = tg.ThreatModel("reviews", profile="high")
    reviews = tg.Data("Customer reviews", kind="records", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        shopper = tm.add(tg.Actor("Shopper"))
    with tm.boundary("Shop", trust="internal"):
        svc = tm.add(
            tg.Service(
                "Review service", controls={tg.controls.Authentication(method="shop account")}
            )
        )
        db = tm.add(tg.DataStore("Reviews database", stores={reviews}))
    tm.flow(shopper, svc, reviews, protocol="https")
    tm.flow(svc, db, reviews)
    tm.flow(db, svc, reviews, label=label)
    tm.flow(svc, shopper, reviews, protocol="https")
    return tm


def test_published_reviews_are_no_ones_own_records() -> None:
    """Sets 382, 362 and 88 (struck as wrong: "the flow carries published reviews, which
    are public by design; there is no per-caller object access to enforce"): neither
    the per-caller finding on the store nor the cross-account one on the interface."""
    tm = _reviews("published reviews")
    assert _on(tm, SUBJECT) == []
    assert _on(tm, CROSS) == []


@pytest.mark.parametrize("label", ["review lookup", "published roster"])
def test_other_reads_of_records_still_need_a_per_caller_check(label: str) -> None:
    """A read not labelled as posted for everyone (a lookup, a published roster each
    person may see only their share of) still needs the check."""
    tm = _reviews(label)
    assert _on(tm, SUBJECT) + _on(tm, CROSS)


def _damage(*, renter_photos: bool, features: bool = False) -> tg.ThreatModel:
    """Set 385's car rental: branch staff photograph each car on a managed tablet; a
    claims service hands the model the pick-up and return photos from the photo store;
    the renter only disputes charges through a portal, kept in the case database the
    claims service reads."""
    tm = tg.ThreatModel("damage", profile="high")
    photos = tg.Data("Vehicle photos", kind="media", sensitivity="pii")
    dispute = tg.Data("Customer dispute", kind="records", sensitivity="pii")
    case = tg.Data("Damage case", kind="records", sensitivity="pii")
    found = tg.Data("Damage findings", kind="model-output", sensitivity="confidential")
    with tm.boundary("Internet", trust="untrusted"):
        renter = tm.add(tg.Actor("Renter"))
    with tm.boundary("Branch", trust="internal"):
        staff = tm.add(tg.Actor("Branch staff"))
        tablet = tm.add(tg.Device("Inspection tablet"))
    with tm.boundary("Cloud", trust="internal"):
        portal = tm.add(tg.Endpoint("Damage portal", purpose="api", internet_facing=True))
        cases = tm.add(tg.DataStore("Case database", stores={dispute, case}))
        store = tm.add(tg.DataStore("Photo store", stores={photos}))
        claims = tm.add(tg.Service("Claims service"))
        model = tm.add(tg.Model("Damage model", task="detector", high_stakes=True))
    tm.flow(staff, tablet, photos)
    tm.flow(tablet, store, photos, protocol="https")
    tm.flow(renter, portal, photos if renter_photos else dispute, protocol="https")
    tm.flow(portal, cases, photos if renter_photos else dispute)
    tm.flow(cases, claims, photos if renter_photos else case)
    tm.flow(store, claims, photos, label="pick-up and return pair")
    if features:
        tm.flow(claims, model, tg.Data("Damage features", kind="features"))
    else:
        tm.flow(claims, model, photos)
    tm.flow(model, claims, found)
    tm.flow(claims, portal, found)
    tm.flow(portal, renter, found, protocol="https")
    return tm


def test_a_model_fed_only_what_staff_captured_is_not_evaded_by_the_disputer() -> None:
    """Sets 385, 82, 77, 111 and 137 (struck as wrong: "the model only sees the photos
    branch staff take; the renter's only input is dispute text, which never reaches
    the model"): the claims service hands the model, datum for datum, what it reads
    from the photo store, which the renter cannot reach."""
    assert _on(_damage(renter_photos=False), EVASION) == []


@pytest.mark.parametrize(("renter_photos", "features"), [(True, False), (False, True)])
def test_a_model_fed_what_the_outsider_sends_or_features_of_their_case_is_evaded(
    renter_photos: bool, features: bool
) -> None:
    """When the renter's own photos reach the claims service on their way in, or the
    service works out features for the case the renter's request names, the renter
    still shapes what the model sees."""
    assert _on(_damage(renter_photos=renter_photos, features=features), EVASION) == [
        "element:damage-model"
    ]


LOOP = "ai/feedback-loop"


def _placement(*, teachers_rate: bool) -> tg.ThreatModel:
    """Set 384's language school: a scoring service sends each recorded answer to a
    speech-to-text API, scores it with its own model, and files the vendor's
    transcripts beside the recordings for the termly retraining; teachers may rate the
    borderline cases the service refers to them."""
    tm = tg.ThreatModel("placement", profile="high")
    audio = tg.Data("Answer recordings", kind="media", sensitivity="pii")
    text = tg.Data("Answer transcripts", kind="model-output", sensitivity="pii")
    score = tg.Data("Speaking score", kind="model-output", sensitivity="pii")
    ratings = tg.Data("Teacher ratings", kind="labels", sensitivity="pii")
    with tm.boundary("Speech vendor", trust="partner"):
        stt = tm.add(tg.ExternalService("Speech-to-text API", provides="model-api"))
    with tm.boundary("School", trust="internal"):
        svc = tm.add(tg.Service("Scoring service"))
        model = tm.add(tg.Model("Speaking scorer", task="regressor", high_stakes=True))
        samples = tm.add(tg.Dataset("Rated samples", stores={text, audio, ratings}))
        job = tm.add(tg.Pipeline("Termly retraining", stage="training"))
        registry = tm.add(tg.ModelRegistry("Registry"))
        bucket = tm.add(tg.DataStore("Recording bucket", stores={audio}))
        teacher = tm.add(tg.Actor("Teacher"))
    tm.flow(bucket, svc, audio)
    tm.flow(bucket, samples, audio)
    tm.flow(svc, stt, audio, protocol="https")
    tm.flow(stt, svc, text, protocol="https")
    tm.flow(svc, model, tg.Data("Features", kind="features", sensitivity="pii"))
    tm.flow(model, svc, score)
    tm.flow(svc, samples, text)
    tm.flow(samples, job, text, audio, ratings)
    weights = tg.Data("Weights", kind="model-artifact", sensitivity="confidential")
    tm.flow(job, registry, weights)
    tm.flow(registry, model, weights)
    if teachers_rate:
        tm.flow(svc, teacher, tg.Data("Borderline case", kind="records", sensitivity="pii"))
        tm.flow(teacher, samples, ratings)
    return tm


@pytest.mark.parametrize("teachers_rate", [False, True])
def test_another_models_transcripts_filed_for_training_are_no_loop(teachers_rate: bool) -> None:
    """Set 384 (struck as weak: "the flow it cites carries the speech-to-text vendor's
    transcripts, not the scorer's output, so the loop as described does not exist; the
    real loop is teacher ratings") and set 224: what a service files is, datum for
    datum, what another model made. Teachers rating the cases the scorer referred to
    them still close the loop, and the finding then names that way."""
    found = [f for f in _placement(teachers_rate=teachers_rate).analyze().open() if f.rule == LOOP]
    if not teachers_rate:
        assert found == []
    else:
        assert len(found) == 1
        assert "Teacher" in found[0].explanation


def _bakery(label: str) -> tg.ThreatModel:
    """Set 387's bakery: an edge server runs the bake colour model on the oven camera's
    frames and archives some of the frames it got for a technician to label."""
    tm = tg.ThreatModel("bakery", profile="high")
    frames = tg.Data("Oven exit loaf images", kind="media")
    labels = tg.Data("Colour labels", kind="labels")
    weights = tg.Data("Weights", kind="model-artifact", sensitivity="confidential")
    with tm.boundary("Line", trust="restricted"):
        cam = tm.add(tg.Device("Line-scan camera"))
        edge = tm.add(tg.Service("Vision edge server"))
        model = tm.add(tg.Model("Bake colour model", task="regressor", high_stakes=True))
    with tm.boundary("Site", trust="internal"):
        archive = tm.add(tg.DataStore("Image archive", stores={frames}))
        tech = tm.add(tg.Actor("Quality technician"))
        data = tm.add(tg.Dataset("Training set", stores={frames, labels}))
        job = tm.add(tg.Pipeline("Training", stage="training"))
        registry = tm.add(tg.ModelRegistry("Registry"))
    tm.flow(cam, edge, frames)
    tm.flow(edge, model, tg.Data("Cropped frames", kind="features"))
    tm.flow(model, edge, tg.Data("Colour score", kind="model-output"))
    tm.flow(edge, archive, frames, label=label)
    tm.flow(archive, data, frames)
    tm.flow(archive, tech, frames)
    tm.flow(tech, data, labels)
    tm.flow(data, job, frames, labels)
    tm.flow(job, registry, weights)
    tm.flow(registry, model, weights)
    return tm


@pytest.mark.parametrize(
    ("label", "loop"), [("1 in 200 loaves sampled", False), ("rejected loaves", True)]
)
def test_frames_a_label_calls_sampled_are_the_worlds(label: str, loop: bool) -> None:
    """Set 387 (struck as weak: "the training labels come from the quality technician,
    not from the model"): frames the edge server sends on as it got them, on a flow
    labelled as sampled, are no loop; frames the label says the model picked
    (rejected loaves) still are."""
    assert bool(_on(_bakery(label), LOOP)) is loop
