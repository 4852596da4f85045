"""Toll road plate misread correction: the first design, before any security review.

A European motorway operator charges vehicles by number plate as they pass under
free-flow gantries. The roadside ANPR cameras send each passage's plate read (text,
confidence, alternative readings) with the overview and plate images to a passage
processing service in the toll back office. That service has an in-house classifier
predict the vehicle's make and colour from the overview image, asks the national
vehicle registry for the make and colour registered to each candidate plate, and a
correction model scores the candidates to pick the plate most likely meant. Confident
corrections go straight to billing; doubtful ones land in a review queue that the
operator's review team works through in a web console. Bills are shown to road users
in a customer portal, where they can also dispute them. Review decisions are exported
weekly to retrain the correction model. Controls in this design: TLS and a registry-
issued client certificate, SSO with MFA and audit logs on the review console, an
encrypted passage database, a review threshold, and a dispute route for every bill.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Toll road plate misread correction",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Corrects likely ANPR misreads using vehicle make and colour before toll bills are sent.",
)

# ---------------------------------------------------------------- data assets
plate_read = tg.Data(
    "Plate read",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="OCR plate text, confidence, alternative readings, gantry id and timestamp.",
)
passage_images = tg.Data(
    "Passage images",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Overview image of the vehicle and the cropped plate image.",
)
vehicle_attributes = tg.Data(
    "Predicted make and colour",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
candidate_plates = tg.Data(
    "Candidate plate lookup",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The read plate and its likely misread variants (O/0, B/8, I/1...).",
)
registered_vehicle = tg.Data(
    "Registered vehicle details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Registered make, colour and keeper name and address for each candidate plate.",
)
correction_features = tg.Data(
    "Correction features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Per candidate: OCR confidence, character confusion cost, make and colour match.",
)
corrected_plate = tg.Data(
    "Corrected plate and score",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
passage_record = tg.Data(
    "Passage record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Passage with the billed plate, keeper, images and how the plate was decided.",
)
review_case = tg.Data("Review case", kind="records", sensitivity=tg.Sensitivity.PII)
review_decision = tg.Data(
    "Review decision",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="The plate the reviewer confirmed, or 'unreadable'.",
)
billable_passage = tg.Data("Billable passage", kind="records", sensitivity=tg.Sensitivity.PII)
toll_bill = tg.Data("Toll bill", kind="documents", sensitivity=tg.Sensitivity.PII)
bill_dispute = tg.Data("Bill dispute", kind="records", sensitivity=tg.Sensitivity.PII)
portal_sign_in = tg.Data(
    "Bill reference and plate", kind="credentials", sensitivity=tg.Sensitivity.PII
)
training_set = tg.Data(
    "Correction training examples",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Correction features joined to the reviewers' decisions.",
)
model_artifact = tg.Data(
    "Correction model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
release_approval = tg.Data("Model release approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Drivers and registered keepers who receive and pay the bills.
    road_user = tm.add(tg.Actor("Road user", role="vehicle keeper"))

with tm.boundary("Roadside network", trust=tg.Trust.INTERNAL):
    # The plate cameras on every gantry; their built-in OCR makes the first read.
    cameras = tm.add(
        tg.Device(
            "Gantry ANPR cameras",
            fleet=True,
            description="Vendor cameras with on-board OCR, on the operator's roadside fibre.",
        )
    )

with tm.boundary("National vehicle registry", trust=tg.Trust.PARTNER):
    # The only source of what make and colour a plate is registered to, and of the keeper.
    registry_api = tm.add(
        tg.ExternalService(
            "Vehicle registry API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Government keeper lookup service for toll operators.",
        )
    )

with tm.boundary("Toll back office", trust=tg.Trust.INTERNAL):
    # Orchestrates each passage: classifier, registry lookup, correction, routing.
    processing = tm.add(
        tg.Service(
            "Passage processing service",
            controls={
                c.SchemaEnforcement(note="passage events must match the gantry event schema")
            },
        )
    )
    # Predicts make and colour from the overview image, to compare with the registry.
    attribute_model = tm.add(
        tg.Model(
            "Vehicle make and colour classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights image classifier fine-tuned on the operator's own images.",
        )
    )
    # Scores candidate plates; its choice decides whom the bill goes to.
    correction_model = tm.add(
        tg.Model(
            "Plate misread correction model",
            task=tg.Task.RANKER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted ranker over candidate plates; the top score is billed.",
            controls={
                c.HumanInTheLoop(
                    approver="review team",
                    note="only passages whose top score is below 0.85 go to the review queue; "
                    "the rest are billed automatically",
                )
            },
        )
    )
    # System of record for every passage and the review queue.
    passage_db = tm.add(
        tg.DataStore(
            "Passage database",
            stores={passage_record, passage_images, review_case, review_decision},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Where the review team settles doubtful reads and disputed bills.
    review_console = tm.add(
        tg.Endpoint(
            "Review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Turns billable passages into bills for the registered keeper.
    billing = tm.add(
        tg.Service(
            "Billing service",
            controls={
                c.Contestability(
                    note="every bill can be disputed in the portal and is then reviewed by a person"
                )
            },
        )
    )
    # Where road users see their bills and passage images and raise disputes.
    portal = tm.add(
        tg.Endpoint(
            "Customer portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="bill reference and number plate"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Weekly export of reviewed passages used to retrain the correction model.
        dataset = tm.add(tg.Dataset("Correction training set", stores={training_set}))
        # Retrains the correction model on the latest reviewed cases.
        retraining = tm.add(tg.Pipeline("Correction model retraining", stage=tg.Stage.TRAINING))
        # Holds model versions; the serving model is loaded from here.
        model_registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Operator staff who confirm or correct doubtful plate reads.
    reviewer = tm.add(tg.Actor("Review team", role="plate reviewer"))
    # Owns the models and releases new versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(cameras, processing, plate_read, passage_images, protocol="https")

tm.flow(processing, attribute_model, passage_images)
tm.flow(attribute_model, processing, vehicle_attributes)
tm.flow(processing, registry_api, candidate_plates, protocol="mtls")
tm.flow(registry_api, processing, registered_vehicle, protocol="mtls")
tm.flow(processing, correction_model, correction_features)
tm.flow(correction_model, processing, corrected_plate)

tm.flow(processing, passage_db, passage_record, passage_images, review_case)
tm.flow(processing, billing, billable_passage, label="score at or above 0.85")

tm.flow(reviewer, review_console, review_decision, protocol="https")
tm.flow(review_console, reviewer, review_case, passage_images, protocol="https")
tm.flow(passage_db, review_console, review_case, passage_images)
tm.flow(review_console, passage_db, review_decision)
tm.flow(review_console, billing, billable_passage, label="confirmed by reviewer")

tm.flow(billing, passage_db, passage_record, label="bill issued")
tm.flow(billing, portal, toll_bill, passage_images)
tm.flow(road_user, portal, portal_sign_in, bill_dispute, protocol="https")
tm.flow(portal, road_user, toll_bill, passage_images, protocol="https")
tm.flow(portal, review_console, bill_dispute)

tm.flow(passage_db, dataset, training_set, label="weekly export of reviewed passages")
tm.flow(dataset, retraining, training_set)
tm.flow(retraining, model_registry, model_artifact)
tm.flow(ml_engineer, model_registry, release_approval, label="approves release")
tm.flow(model_registry, correction_model, model_artifact, label="deploy")
