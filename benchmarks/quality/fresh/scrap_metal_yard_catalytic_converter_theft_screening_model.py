"""Catalytic converter theft screening: the first design, before any security review.

A licensed scrap metal yard must record who sells it each catalytic converter. At
the weighbridge counter the seller places the converter and their photo ID under a
fixed IP camera; the operator enters the seller's details and the weight in the
intake app on the weighbridge office PC. The app sends each intake to our cloud
intake API with a per-site API key over TLS. A scoring service reads the serial
numbers and stamp marks from the photos, looks them up in a partner's register of
marked and reported-stolen converters, pulls the seller's past intakes and asks an
in-house theft-risk model for a score. High scores are held at the terminal and go
to the yard manager's dashboard (e-mail and password sign-in), where the manager
accepts, refuses or decides to report the sale; payment runs in the yard's existing
accounts package, outside this system. Intake records are kept encrypted in the
cloud database, and manager decisions are exported monthly to retrain the model.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Catalytic converter theft screening",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Weighbridge intake photographs converters and seller ID; a model scores theft "
        "risk for the yard manager."
    ),
)

# ---------------------------------------------------------------- data assets
converter_photos = tg.Data(
    "Converter photos",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Stills of the converter body, shell stamps and any etched marking.",
)
id_image = tg.Data(
    "Seller photo ID image",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Driving licence or passport photographed at the counter.",
)
seller_details = tg.Data(
    "Seller details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, vehicle registration and weight as entered by the operator.",
)
intake_record = tg.Data(
    "Intake records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Statutory record of each purchase: seller, ID image, photos, weight.",
)
serial_query = tg.Data("Serial number lookup", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
register_match = tg.Data(
    "Register match result", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
seller_history = tg.Data("Seller intake history", kind="records", sensitivity=tg.Sensitivity.PII)
risk_features = tg.Data(
    "Theft risk features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Photo embeddings, OCR'd serials, register match and seller history counts.",
)
risk_score = tg.Data(
    "Theft risk score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
intake_status = tg.Data(
    "Intake status",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Clear to pay, or held for the manager.",
)
manager_decision = tg.Data(
    "Manager decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Accept, refuse or report to police, with a reason.",
)
training_rows = tg.Data(
    "Labelled intake history", kind="training-data", sensitivity=tg.Sensitivity.PII
)
weights = tg.Data(
    "Theft risk model artifact",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="joblib file: image embedding head plus gradient-boosted trees.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Weighbridge counter", trust=tg.Trust.UNTRUSTED):
    # Anyone who turns up with a converter to sell: trade, garages, members of the public.
    seller = tm.add(tg.Actor("Seller", role="member of the public or trade seller"))

with tm.boundary("Yard site network", trust=tg.Trust.INTERNAL):
    # Yard staff who run the weighbridge and take the seller's details.
    operator = tm.add(tg.Actor("Weighbridge operator", role="yard staff"))
    # The yard owner's manager who decides on held intakes.
    manager = tm.add(tg.Actor("Yard manager", role="yard manager", privileged=True))
    # Fixed IP camera over the counter, photographing converter and ID.
    camera = tm.add(tg.Device("Counter camera", fleet=False))
    # Intake application on the weighbridge office PC.
    intake_app = tm.add(
        tg.Service(
            "Weighbridge intake app",
            description="Windows desktop app on the weighbridge office PC.",
        )
    )

with tm.boundary("Stolen converter register", trust=tg.Trust.PARTNER):
    # Partner database of marked converters and those reported stolen.
    marked_register = tm.add(
        tg.ExternalService(
            "Marked converter register",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Lookup by serial or marking code; subscription API key.",
        )
    )

with tm.boundary("Screening cloud", trust=tg.Trust.INTERNAL):
    # Receives intakes from the yard's terminals.
    intake_api = tm.add(
        tg.Endpoint(
            "Intake API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="per-site API key"),
                c.EncryptionInTransit(protocol="TLS 1.2"),
            },
        )
    )
    # Reads serials from the photos, gathers evidence, calls the model, sets the hold.
    scoring = tm.add(
        tg.Service(
            "Risk scoring service",
            description="OCR of shell stamps, register lookup, seller history, model call.",
        )
    )
    # The theft-risk model; the manager decides every held intake.
    model = tm.add(
        tg.Model(
            "Converter theft risk model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            controls={c.HumanInTheLoop(approver="the yard manager decides every held intake")},
        )
    )
    # Statutory intake records, seller history and decisions.
    records_db = tm.add(
        tg.DataStore(
            "Intake records database",
            stores={intake_record, seller_history, manager_decision, risk_score},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Web dashboard the manager uses from the yard office or a phone.
    dashboard = tm.add(
        tg.Endpoint(
            "Manager dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

    with tm.boundary("Training workspace", trust=tg.Trust.INTERNAL):
        # Past intakes labelled with the manager's decision and police outcomes.
        train_set = tm.add(tg.Dataset("Labelled intake dataset", stores={training_rows}))
        # Retrains the model monthly.
        training = tm.add(tg.Pipeline("Monthly model retraining", stage=tg.Stage.TRAINING))
        # Holds model versions; the newest is loaded by the model server.
        registry = tm.add(tg.ModelRegistry("Model bucket", stores={weights}))

# ---------------------------------------------------------------- flows
tm.flow(seller, camera, converter_photos, id_image, label="placed under the counter camera")
tm.flow(seller, operator, seller_details, label="given in person at the counter")
tm.flow(camera, intake_app, converter_photos, id_image, protocol="rtsp")
tm.flow(operator, intake_app, seller_details, label="typed at the weighbridge terminal")
tm.flow(intake_app, intake_api, converter_photos, id_image, seller_details, protocol="https")
tm.flow(intake_api, intake_app, intake_status, protocol="https")
tm.flow(intake_app, operator, intake_status, label="on the terminal screen")

tm.flow(intake_api, records_db, intake_record)
tm.flow(intake_api, scoring, converter_photos, seller_details)
tm.flow(scoring, marked_register, serial_query, protocol="https")
tm.flow(marked_register, scoring, register_match, protocol="https")
tm.flow(records_db, scoring, seller_history)
tm.flow(scoring, model, risk_features)
tm.flow(model, scoring, risk_score)
tm.flow(scoring, records_db, risk_score)
tm.flow(scoring, intake_api, intake_status)

tm.flow(records_db, dashboard, intake_record, risk_score, seller_history)
tm.flow(dashboard, manager, intake_record, risk_score, seller_history, protocol="https")
tm.flow(manager, dashboard, manager_decision, protocol="https")
tm.flow(dashboard, records_db, manager_decision)

tm.flow(records_db, train_set, training_rows, label="monthly export")
tm.flow(train_set, training, training_rows)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="loads newest version")
