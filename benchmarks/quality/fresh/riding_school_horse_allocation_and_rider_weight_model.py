"""Riding school horse allocation: the first design, before any security review.

Riders, and the parents of child riders, book lessons in the school's booking app
and keep a rider profile there: date of birth, height, weight and riding ability.
Before each lesson an allocation service proposes which horse each rider gets. An
in-house ranking model scores every rider-horse pair from the rider's weight and
ability and each horse's recent workload, vet restrictions and temperament notes;
hard rules keep every horse under its daily lesson cap and its maximum rider weight.
The proposal goes to the instructor on the yard tablet, who confirms or changes it.
Confirmed allocations update each horse's workload and are e-mailed to riders.
Vets' notes (lameness, treatment, rest periods) are pulled from the veterinary
practice's system. Past confirmations and instructor changes retrain the model
monthly. Everything runs on one cloud account; the yard tablet reaches it over the
stables' broadband. Riders sign in with e-mail and password, instructors share a
yard PIN on the tablet, and the databases use the cloud provider's disk encryption.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Riding school horse allocation",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Proposes a horse for each rider in a lesson from rider weight and ability and "
        "horse workload; instructors confirm on a yard tablet."
    ),
)

# ---------------------------------------------------------------- data assets
booking_request = tg.Data(
    "Lesson booking request",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Lesson slot, rider, and the booking parent for a child rider.",
)
rider_profile = tg.Data(
    "Rider profile",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Name, date of birth, height, weight, ability level, parent contact details.",
)
booking_confirmation = tg.Data(
    "Booking confirmation", sensitivity=tg.Sensitivity.PII, kind="records"
)
lesson_roster = tg.Data(
    "Lesson roster",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="The riders booked into one lesson.",
)
horse_records = tg.Data(
    "Horse records",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Each horse's maximum rider weight, daily lesson cap, workload log, temperament.",
)
vet_notes = tg.Data(
    "Vet notes",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Free-text notes from the practice: lameness, treatment, rest and work restrictions.",
)
pair_features = tg.Data(
    "Rider-horse pair features",
    sensitivity=tg.Sensitivity.PII,
    kind="features",
    description="Rider weight and ability with each candidate horse's workload and restrictions.",
)
pair_scores = tg.Data(
    "Pair suitability scores", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
proposed_allocation = tg.Data(
    "Proposed allocation", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
confirmed_allocation = tg.Data(
    "Confirmed allocation",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
workload_update = tg.Data(
    "Horse workload update", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
allocation_history = tg.Data(
    "Allocation history",
    sensitivity=tg.Sensitivity.PII,
    kind="training-data",
    description="Past proposals, the instructor's final choice and rider weight and ability at the time.",
)
model_artifact = tg.Data(
    "Allocation model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
confirmation_email = tg.Data(
    "Lesson confirmation e-mail",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Lesson time and the allocated horse.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Adult riders and parents booking for children, on the app or the website.
    rider = tm.add(tg.Actor("Rider or parent", role="customer"))

with tm.boundary("Veterinary practice", trust=tg.Trust.PARTNER):
    # The practice's own management system, where vets write up visits to the yard.
    vet_system = tm.add(
        tg.ExternalService(
            "Practice management system",
            provides="data-provider",
            description="The vet practice's system; exposes visit notes for the school's horses.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends booking and allocation confirmations to riders.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("School cloud account", trust=tg.Trust.INTERNAL):
    # Public API behind the booking app and website.
    booking_api = tm.add(
        tg.Endpoint(
            "Booking API",
            purpose="api",
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )
    # Lessons, bookings and rider profiles; hands each lesson's roster to allocation.
    booking_service = tm.add(tg.Service("Booking service"))
    # System of record for riders, including the weight the model relies on.
    rider_db = tm.add(
        tg.DataStore(
            "Rider profile database",
            stores={rider_profile, booking_request},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Horse details, workload log and imported vet notes.
    horse_db = tm.add(
        tg.DataStore(
            "Horse records database",
            stores={horse_records, vet_notes},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Builds the proposal for each lesson from the model's scores and the hard rules.
    allocator = tm.add(
        tg.Service(
            "Allocation service",
            description="Matches riders to horses for a lesson and sends the proposal to the yard.",
            controls={
                tg.controls.PolicyEnforcement(
                    rules="no horse above its daily lesson cap or given a rider over its maximum weight"
                ),
                tg.controls.HumanInTheLoop(approver="the lesson's instructor on the yard tablet"),
            },
        )
    )
    # Scores how well each rider suits each available horse.
    model = tm.add(
        tg.Model(
            "Horse allocation model",
            task="ranker",
            origin="in-house",
            returns_scores=True,
            description="Gradient-boosted ranker over rider weight and ability and horse workload.",
        )
    )
    # Pulls new vet notes from the practice every hour.
    vet_sync = tm.add(
        tg.Service(
            "Vet notes sync",
            description="Hourly pull of visit notes from the practice's API with an API key.",
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Confirmed allocations and instructor changes, kept as training data.
        history = tm.add(tg.Dataset("Allocation history set", stores={allocation_history}))
        # Monthly retraining of the ranker on the history set.
        retraining = tm.add(tg.Pipeline("Monthly retraining", stage="training"))

with tm.boundary("Stable yard", trust=tg.Trust.INTERNAL):
    # Instructors run lessons and confirm or change each allocation.
    instructor = tm.add(tg.Actor("Instructor", role="instructor"))
    # A tablet in the tack room on the yard's broadband, shared by instructors.
    tablet = tm.add(
        tg.Device(
            "Yard tablet",
            fleet=False,
            controls={tg.controls.Authentication(method="yard PIN shared by instructors")},
        )
    )

# ---------------------------------------------------------------- flows
# booking
tm.flow(rider, booking_api, booking_request, rider_profile, protocol="https")
tm.flow(booking_api, rider, booking_confirmation, rider_profile, protocol="https")
tm.flow(booking_api, booking_service, booking_request, rider_profile)
tm.flow(booking_service, booking_api, booking_confirmation, rider_profile)
tm.flow(booking_service, rider_db, booking_request, rider_profile)
tm.flow(rider_db, booking_service, booking_request, rider_profile)

# vet notes
tm.flow(vet_system, vet_sync, vet_notes, protocol="https", label="hourly pull")
tm.flow(vet_sync, horse_db, vet_notes)

# allocation
tm.flow(booking_service, allocator, lesson_roster, label="lesson roster")
tm.flow(rider_db, allocator, rider_profile, label="weight and ability")
tm.flow(horse_db, allocator, horse_records, vet_notes, label="workload and restrictions")
tm.flow(allocator, model, pair_features)
tm.flow(model, allocator, pair_scores)
tm.flow(allocator, tablet, proposed_allocation, protocol="https")
tm.flow(tablet, instructor, proposed_allocation, label="on the touchscreen")
tm.flow(instructor, tablet, confirmed_allocation, label="on the touchscreen")
tm.flow(tablet, allocator, confirmed_allocation, protocol="https")
tm.flow(allocator, horse_db, workload_update)
tm.flow(allocator, booking_service, confirmed_allocation)
tm.flow(booking_service, mailer, confirmation_email, protocol="https")
tm.flow(mailer, rider, confirmation_email, protocol="smtp")

# retraining
tm.flow(allocator, history, allocation_history)
tm.flow(history, retraining, allocation_history)
tm.flow(retraining, model, model_artifact, label="deploy")
