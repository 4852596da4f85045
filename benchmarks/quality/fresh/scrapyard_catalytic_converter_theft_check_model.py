"""Catalytic converter theft check for a licensed scrap metal dealer: first design.

When someone brings catalytic converters to the yard counter to sell, the
weighbridge clerk photographs each converter (shell, stampings, serial and any
police marking) and records the seller's ID and vehicle details on a yard tablet,
as the Scrap Metal Dealers Act requires. The tablet sends these to an intake API
in the dealer's cloud tenant. A theft check service runs an in-house image model
that identifies the converter and reads its markings, looks the registration up
with a vehicle data provider and the part identifiers up in a stolen-parts
register, and writes the result to the purchase register. Suspect converters are
held and shown to the yard manager on a review dashboard, who decides whether to
buy, refuse or report them; unflagged purchases go ahead. The manager's decisions
label photos for periodic retraining. Controls so far: staff sign-in on the tablet
app and dashboard, TLS everywhere, encrypted storage, and the manager's review.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Scrapyard catalytic converter theft check",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Flags catalytic converters offered for sale that may be stolen, "
    "for the yard manager to decide on.",
)

# ---------------------------------------------------------------- data assets
seller_details = tg.Data(
    "Seller ID and vehicle details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, photo of the ID document, the seller's vehicle "
    "registration and the registration of the vehicle the part is said to come from.",
)
converter_photos = tg.Data(
    "Converter photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Photos of the shell, stampings, serial number and any marking paint.",
)
identification = tg.Data(
    "Converter identification",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Predicted make and part number, serial as read, marking found, confidence.",
)
reg_query = tg.Data("Registration lookup", kind="records", sensitivity=tg.Sensitivity.PII)
vehicle_record = tg.Data(
    "Vehicle record",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Make, model, engine and the converter fitted as standard.",
)
part_query = tg.Data("Part identifier lookup", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
stolen_matches = tg.Data(
    "Stolen part report matches",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Reported thefts matching the serial or marking code, with crime reference.",
)
check_result = tg.Data(
    "Theft check result",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pass or held for the manager, with the reasons found.",
)
purchase_record = tg.Data(
    "Purchase record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="The statutory record of each purchase: seller, items, weight, payment.",
)
manager_decision = tg.Data("Manager decision", kind="records", sensitivity=tg.Sensitivity.PII)
labelled_photos = tg.Data(
    "Labelled converter photos", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
model_weights = tg.Data(
    "Converter model weights",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PyTorch checkpoint.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Yard counter", trust=tg.Trust.UNTRUSTED):
    # Anyone can walk in with a converter to sell, thieves included.
    seller = tm.add(tg.Actor("Seller", role="member of the public"))

with tm.boundary("Yard premises", trust=tg.Trust.INTERNAL):
    # Takes the photos and the seller's details at the counter.
    clerk = tm.add(tg.Actor("Weighbridge clerk", role="yard staff"))
    # The shared counter tablet running the intake app; its camera takes the photos.
    tablet = tm.add(tg.Device("Counter tablet", fleet=False))
    # Decides on every held converter: buy, refuse or report to the police.
    manager = tm.add(tg.Actor("Yard manager", role="yard manager", privileged=True))

with tm.boundary("Dealer cloud tenant", trust=tg.Trust.INTERNAL):
    # Receives intake submissions from the counter tablet.
    intake_api = tm.add(
        tg.Endpoint(
            "Intake API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="staff username and password in the tablet app")},
        )
    )
    # Runs the checks and decides whether a purchase is held for the manager.
    check_service = tm.add(
        tg.Service(
            "Theft check service",
            description="Combines the model's reading with the vehicle record and "
            "stolen-part matches; holds suspect converters.",
            controls={
                c.HumanInTheLoop(
                    approver="yard manager",
                    note="only flagged converters wait; unflagged purchases proceed",
                )
            },
        )
    )
    # Identifies the converter and reads its stampings from the photos.
    converter_model = tm.add(
        tg.Model(
            "Converter recognition model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Vision model fine-tuned on the yard's own photos.",
        )
    )
    # Keeps every photo taken at the counter.
    photo_store = tm.add(
        tg.DataStore(
            "Photo store",
            stores={converter_photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The dealer's statutory register of purchases, with check results and decisions.
    register = tm.add(
        tg.DataStore(
            "Purchase register",
            stores={purchase_record, seller_details, check_result, manager_decision},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Where the manager sees held converters and records the decision.
    dashboard = tm.add(
        tg.Endpoint(
            "Review dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="OIDC with the yard's Microsoft 365 accounts")},
        )
    )
    # Photos with the manager's confirmed identification, for retraining.
    training_set = tm.add(tg.Dataset("Labelled photo set", stores={labelled_photos}))
    # Retrains the recognition model every few months and deploys the new weights.
    retraining = tm.add(tg.Pipeline("Retraining job", stage=tg.Stage.TRAINING))

with tm.boundary("Data providers", trust=tg.Trust.PARTNER):
    # Commercial vehicle data service: what the registration says the car is.
    vehicle_api = tm.add(
        tg.ExternalService("Vehicle data API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # Industry and police register of stolen and marked converters.
    stolen_register = tm.add(
        tg.ExternalService("Stolen parts register", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(seller, tablet, seller_details, label="ID shown and photographed at the counter")
tm.flow(clerk, tablet, converter_photos, label="photographs each converter")
tm.flow(tablet, intake_api, seller_details, converter_photos, protocol="https")
tm.flow(intake_api, tablet, check_result, protocol="https", label="pass or held")

tm.flow(intake_api, check_service, seller_details, converter_photos)
tm.flow(check_service, intake_api, check_result)
tm.flow(check_service, photo_store, converter_photos)
tm.flow(check_service, converter_model, converter_photos)
tm.flow(converter_model, check_service, identification)
tm.flow(check_service, vehicle_api, reg_query, protocol="https", controls={tls})
tm.flow(vehicle_api, check_service, vehicle_record, protocol="https", controls={tls})
tm.flow(check_service, stolen_register, part_query, protocol="https", controls={tls})
tm.flow(stolen_register, check_service, stolen_matches, protocol="https", controls={tls})
tm.flow(check_service, register, purchase_record, seller_details, check_result)

tm.flow(register, dashboard, purchase_record, seller_details, check_result, label="held converters")
tm.flow(photo_store, dashboard, converter_photos)
tm.flow(dashboard, manager, purchase_record, converter_photos, check_result, protocol="https")
tm.flow(manager, dashboard, manager_decision, protocol="https")
tm.flow(dashboard, register, manager_decision)
tm.flow(dashboard, check_service, manager_decision, label="release or refuse the held purchase")

tm.flow(dashboard, training_set, labelled_photos, label="confirmed identifications")
tm.flow(photo_store, training_set, converter_photos)
tm.flow(training_set, retraining, labelled_photos)
tm.flow(retraining, converter_model, model_weights, label="deploy")
