"""Free-flow toll road plate billing: the first design, before any security review.

A barrier-free toll road. Gantry cameras over each lane photograph the plate of every
passing vehicle; a roadside unit at each gantry buffers the images and uploads passages
to the tolling back office over the operator's WAN. An in-house plate recognition model
reads the plate and the trip charging service charges the matching account's card token
through a payment service provider. Low-confidence reads wait for a back-office
reviewer, whose corrections feed retraining. A nightly job takes trips unpaid after the
payment window, looks up the registered keeper at the vehicle licensing agency and sends
a penalty notice through a print and mail house. Road users register vehicles, pay and
dispute notices in a web portal (e-mail and password; cards go to the provider's hosted
page). Controls: TLS on links leaving each site, encryption at rest of accounts and
trips, SSO with MFA and roles for reviewers, review of low-confidence reads, appeals.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Free-flow toll road plate billing",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Barrier-free tolling: plate reads at gantries charge accounts or raise penalty notices.",
)

# ---------------------------------------------------------------- data assets
plate_images = tg.Data(
    "Plate images",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Front and rear plate crops plus an overview frame of each vehicle.",
)
passages = tg.Data(
    "Passage records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Gantry id, lane, timestamp and vehicle class of each passage.",
)
plate_read = tg.Data(
    "Plate read",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Recognised plate string and country with a confidence score.",
)
trips = tg.Data(
    "Trip charges",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Each chargeable trip, its toll amount and its paid or unpaid status.",
)
accounts = tg.Data(
    "Road user accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Name, postal address, e-mail, registered plates of each account holder.",
)
card_token = tg.Data(
    "Saved card token", kind="credentials", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
sign_in = tg.Data(
    "Portal sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
charge_request = tg.Data(
    "Toll charge request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
payment_result = tg.Data("Payment result", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
review_case = tg.Data(
    "Review cases",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Low-confidence reads and disputed trips, with their images.",
)
confirmed_read = tg.Data(
    "Reviewer-confirmed plate read", kind="records", sensitivity=tg.Sensitivity.PII
)
corrections = tg.Data(
    "Plate read corrections",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    description="Reviewer-corrected plate strings paired with their images.",
)
weights = tg.Data("Plate model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
unpaid = tg.Data("Unpaid trips", kind="records", sensitivity=tg.Sensitivity.PII)
keeper_query = tg.Data("Keeper lookup request", kind="records", sensitivity=tg.Sensitivity.PII)
keeper = tg.Data(
    "Registered keeper details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name and address of the registered keeper of a plate.",
)
notice = tg.Data(
    "Penalty notice",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Unpaid toll plus penalty charge, with the passage images as evidence.",
)
dispute = tg.Data("Penalty dispute", kind="records", sensitivity=tg.Sensitivity.PII)
history = tg.Data("Trip history and notices", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Drivers and registered keepers: account holders and people who never registered.
    road_user = tm.add(tg.Actor("Road user", role="driver or registered keeper"))

with tm.boundary("Roadside gantry network", trust=tg.Trust.INTERNAL):
    # The sensor: photographs every vehicle in its lane, day and night.
    camera = tm.add(
        tg.Device(
            "Gantry ANPR camera",
            fleet=True,
            description="Infrared plate cameras mounted over each lane of every gantry.",
        )
    )
    # Buffers passages when the WAN is down and stamps them with gantry and time.
    roadside_unit = tm.add(
        tg.Service(
            "Gantry roadside unit",
            description="Cabinet computer at each gantry; queues and uploads passages.",
        )
    )

with tm.boundary("Tolling back office", trust=tg.Trust.INTERNAL):
    # Turns each image into a plate string; its read decides who is charged.
    plate_model = tm.add(
        tg.Model(
            "Plate recognition model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Locates and reads plates; returns the plate string and a confidence.",
        )
    )
    # The core of the design: plate read -> account match -> charge or unpaid trip.
    trip_service = tm.add(
        tg.Service(
            "Trip charging service",
            description=(
                "Matches each plate read to a registered account and charges it; "
                "trips with no account stay unpaid until paid in the portal."
            ),
            controls={
                c.HumanInTheLoop(
                    approver="back-office reviewer",
                    note="reads below the confidence threshold wait for a reviewer; the rest are charged automatically",
                )
            },
        )
    )
    # Evidence and billing record for every passage.
    trip_store = tm.add(
        tg.DataStore(
            "Trip and image store",
            stores={passages, plate_images, trips, dispute},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Where reviewers confirm unreadable plates and examine disputes.
    review_console = tm.add(
        tg.Endpoint(
            "Plate review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(),
            },
        )
    )
    # Chases trips still unpaid after the payment window.
    penalty_job = tm.add(
        tg.Service(
            "Nightly penalty notice job",
            description="Looks up the keeper of each unpaid trip's plate and issues a penalty notice.",
            controls={
                c.Contestability(
                    note="the notice explains how to dispute it in the portal; a reviewer re-examines the images"
                )
            },
        )
    )
    # Reviewer corrections collected as labelled examples for retraining.
    label_set = tm.add(
        tg.Dataset("Labelled plate image set", stores={corrections}, purpose="training")
    )
    # Periodic retraining of the plate model; the artifact is deployed directly.
    training = tm.add(tg.Pipeline("Plate model training", stage=tg.Stage.TRAINING))
    # Self-service for road users: vehicles, payments, notices, disputes.
    portal = tm.add(
        tg.Endpoint(
            "Customer account portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(),
            },
        )
    )

    with tm.boundary("Customer data tier", trust=tg.Trust.RESTRICTED):
        # Accounts, registered plates and card tokens.
        account_db = tm.add(
            tg.DataStore(
                "Road user account database",
                stores={accounts, card_token},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Operations staff who check reads and handle disputes.
    reviewer = tm.add(tg.Actor("Back-office reviewer", role="toll operations reviewer"))

with tm.boundary("Suppliers", trust=tg.Trust.PARTNER):
    # Takes card payments; the portal never sees the card number.
    psp = tm.add(tg.ExternalService("Payment service provider"))
    # Prints and posts penalty notices.
    print_house = tm.add(tg.ExternalService("Notice print and mail house"))

with tm.boundary("Government", trust=tg.Trust.PARTNER):
    # Source of the registered keeper's name and address for a plate.
    licensing = tm.add(
        tg.ExternalService(
            "Vehicle licensing agency",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

# ---------------------------------------------------------------- flows
# Capture at the roadside
tm.flow(camera, roadside_unit, plate_images, passages, protocol="rtsp")
tm.flow(
    roadside_unit, trip_service, plate_images, passages, protocol="https", label="passage upload"
)

# Reading and charging
tm.flow(trip_service, plate_model, plate_images)
tm.flow(plate_model, trip_service, plate_read)
tm.flow(trip_service, trip_store, passages, plate_images, trips)
tm.flow(trip_service, account_db, plate_read, label="account lookup by plate")
tm.flow(account_db, trip_service, accounts, card_token)
tm.flow(trip_service, psp, charge_request, card_token, protocol="https")
tm.flow(psp, trip_service, payment_result, protocol="https")

# Manual review of low-confidence reads and disputes
tm.flow(trip_service, review_console, review_case, label="low-confidence reads")
tm.flow(trip_store, review_console, review_case, label="disputed trips")
tm.flow(review_console, reviewer, review_case, protocol="https")
tm.flow(reviewer, review_console, confirmed_read, protocol="https")
tm.flow(review_console, trip_service, confirmed_read)
tm.flow(review_console, label_set, corrections)

# Retraining
tm.flow(label_set, training, corrections)
tm.flow(training, plate_model, weights, label="deploy")

# Penalty notices
tm.flow(trip_store, penalty_job, unpaid, label="nightly unpaid-trip batch")
tm.flow(penalty_job, licensing, keeper_query, protocol="https")
tm.flow(licensing, penalty_job, keeper, protocol="https")
tm.flow(penalty_job, trip_store, trips, label="notice issued")
tm.flow(penalty_job, print_house, notice, protocol="sftp")
tm.flow(print_house, road_user, notice, label="printed notice by post")

# Road user portal
tm.flow(road_user, portal, sign_in, accounts, dispute, protocol="https")
tm.flow(portal, road_user, history, protocol="https")
tm.flow(road_user, psp, card_details, protocol="https", label="hosted payment page")
tm.flow(psp, portal, card_token, protocol="https", label="hosted payment page result")
tm.flow(portal, account_db, accounts, card_token)
tm.flow(account_db, portal, accounts)
tm.flow(portal, trip_store, dispute)
tm.flow(trip_store, portal, trips, plate_images, label="trip history")
tm.flow(portal, trip_service, trips, label="pay unpaid trips")
