"""Reindeer farm: visitor bookings and herd health flags, the first design.

A family reindeer farm in Finnish Lapland sells winter experiences (sleigh rides,
feeding visits, herding days) to tourists through its own booking website; card
payments go through a payment provider's hosted checkout, which calls us back when
a payment succeeds. The herd wears LoRaWAN collar sensors (activity, position,
rumination) whose readings arrive through a network operator, and animals are
weighed on a corral scale that uploads over the farm's 4G router. A nightly job
scores every animal with an in-house health model trained on past weighings,
readings and the herder's treatment notes, and flags likely sick animals in the
herder's app. Each morning the herder marks which animals are fit to meet visitors,
and the booking service takes that list to plan the day's experiences.
Controls: HTTPS links, herder sign-in by e-mail and password, signed payment
callbacks, booking form validation, an encrypted booking database, daily herd
data backups, and retrained models checked against vet-confirmed cases.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Reindeer farm visitor booking and herd health model",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Online booking of winter reindeer experiences, and a nightly model that flags "
        "sick animals to the herder from collar readings and weighings."
    ),
)

# ---------------------------------------------------------------- data assets
booking_request = tg.Data(
    "Booking request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, e-mail, phone, party size, children's ages, language, dietary needs.",
)
booking_confirmation = tg.Data(
    "Booking confirmation", kind="records", sensitivity=tg.Sensitivity.PII
)
bookings = tg.Data(
    "Visitor bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="high"),
)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_request = tg.Data("Checkout request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
payment_result = tg.Data("Payment result", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
collar_readings = tg.Data(
    "Collar readings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Activity, rumination and GPS position of each animal every 15 minutes.",
)
weighings = tg.Data("Animal weighings", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
health_features = tg.Data(
    "Animal health features", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
sickness_flags = tg.Data(
    "Sickness flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
treatment_notes = tg.Data(
    "Treatment notes",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="What the herder or vet found and treated; the model's training labels.",
)
fit_list = tg.Data(
    "Daily list of animals fit to meet visitors",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
model_artifact = tg.Data(
    "Herd health model file", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Tourists booking from anywhere, usually on a phone.
    visitor = tm.add(tg.Actor("Visitor", role="tourist"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: card details never touch our servers.
    payments = tm.add(
        tg.ExternalService("Payment provider checkout", description="Hosted card checkout page.")
    )

with tm.boundary("LoRaWAN network operator", trust=tg.Trust.PARTNER):
    # The operator's gateways on the fells and network server relay collar uplinks to us.
    lns = tm.add(
        tg.ExternalService(
            "LoRaWAN network server",
            description="Receives collar uplinks and forwards them by HTTPS integration.",
        )
    )

with tm.boundary("Farm pastures and corrals", trust=tg.Trust.INTERNAL):
    # Collars on the animals, out on the open fells.
    collars = tm.add(tg.Device("Reindeer collar sensors", fleet=True))
    # Platform scale in the corral, uploads through the farm's 4G router.
    scale = tm.add(tg.Device("Corral weighing scale", fleet=False))
    # The herder, who checks flagged animals and decides which meet visitors.
    herder = tm.add(tg.Actor("Herder", role="herder"))

with tm.boundary("Farm cloud account", trust=tg.Trust.INTERNAL):
    # Public booking pages and API.
    booking_site = tm.add(
        tg.Endpoint(
            "Booking website",
            purpose=tg.EndpointPurpose.API,
            controls={c.InputValidation(note="form fields checked for type and length")},
        )
    )
    # Plans experiences against capacity and the day's fit animals, takes payments.
    booking_service = tm.add(
        tg.Service(
            "Booking service",
            description="Schedules experiences, starts checkouts, records paid bookings.",
        )
    )
    # Visitor bookings and their payment status.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings, payment_result, fit_list},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Receives collar uplinks and scale uploads.
    ingestion = tm.add(
        tg.Service(
            "Herd data ingestion",
            controls={c.Authentication(method="shared API key per integration")},
        )
    )
    # Everything known about each animal: readings, weights, notes, flags, fit list.
    herd_db = tm.add(
        tg.DataStore(
            "Herd database",
            stores={collar_readings, weighings, treatment_notes, sickness_flags, fit_list},
            controls={c.DataVersioning(note="daily snapshot backups")},
        )
    )
    # Nightly batch that builds features and scores every animal.
    scoring_job = tm.add(tg.Service("Nightly health scoring job"))
    # Gradient-boosted classifier: probability an animal is unwell.
    health_model = tm.add(
        tg.Model(
            "Herd health model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Flags animals whose activity, rumination or weight trend looks like illness.",
        )
    )
    # Retrains the model before each season from the herd history.
    training = tm.add(
        tg.Pipeline(
            "Model retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="checked against last season's vet-confirmed cases")},
        )
    )
    # The herder's phone web app: flags, treatment notes, the fit list.
    herder_app = tm.add(
        tg.Endpoint(
            "Herder app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

# ---------------------------------------------------------------- flows
# Visitor bookings and payment
tm.flow(visitor, booking_site, booking_request, protocol="https")
tm.flow(booking_site, visitor, booking_confirmation, protocol="https")
tm.flow(booking_site, booking_service, booking_request)
tm.flow(booking_service, booking_site, booking_confirmation)
tm.flow(booking_service, booking_db, bookings)
tm.flow(booking_db, booking_service, bookings, fit_list)
tm.flow(booking_service, payments, payment_request, protocol="https")
tm.flow(visitor, payments, card_details, protocol="https", label="hosted checkout")
tm.flow(
    payments,
    booking_service,
    payment_result,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider signature verified")},
)
tm.flow(booking_service, booking_db, payment_result, label="paid status")

# Herd telemetry
tm.flow(collars, lns, collar_readings, protocol="lorawan")
tm.flow(lns, ingestion, collar_readings, protocol="https")
tm.flow(scale, ingestion, weighings, protocol="https", label="upload over 4G")
tm.flow(ingestion, herd_db, collar_readings, weighings)

# Nightly scoring
tm.flow(herd_db, scoring_job, collar_readings, weighings, label="nightly batch read")
tm.flow(scoring_job, health_model, health_features)
tm.flow(health_model, scoring_job, sickness_flags)
tm.flow(scoring_job, herd_db, sickness_flags)

# Herder
tm.flow(herd_db, herder_app, sickness_flags, collar_readings, weighings)
tm.flow(herder_app, herder, sickness_flags, collar_readings, weighings, protocol="https")
tm.flow(herder, herder_app, treatment_notes, fit_list, protocol="https")
tm.flow(herder_app, herd_db, treatment_notes, fit_list)

# Fit list to bookings
tm.flow(herd_db, booking_db, fit_list, label="daily sync")

# Retraining
tm.flow(herd_db, training, collar_readings, weighings, treatment_notes)
tm.flow(training, health_model, model_artifact, label="deploy")
