"""Fish market auction grading vision: the first design, before any security review.

At a fishing port's auction hall every landed box of fish passes a grading line:
a camera photographs it and a scale weighs it, and an in-house vision model
estimates species, size class and freshness grade. The grade and weight set the
box's reserve price in the port's electronic auction, where registered buyers bid
online through the buyer portal. Fishermen declare their landings and follow the
grades and sale prices of their boxes in the port app; port staff can override a
grade on the hall tablets, and every override is logged. Landing records are sent
to the national fisheries authority for quota accounting. The model is retrained
each month from archived box images, using staff overrides as corrected labels,
and versioned in a registry. App and portal users sign in with passwords (buyers
also with an SMS code); the grading line sits on the hall's own network segment.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Fish market auction grading vision",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Camera grading of fish boxes that sets reserve prices in the port's electronic auction.",
)

# ---------------------------------------------------------------- data assets
landing_declaration = tg.Data(
    "Landing declaration",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Vessel, skipper, fishing area, trip and the boxes landed.",
)
box_image = tg.Data("Fish box image", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
box_weight = tg.Data("Box weight reading", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
grade = tg.Data(
    "Box grade",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Species, size class and freshness grade per box.",
)
grade_override = tg.Data(
    "Grade override",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
landing_record = tg.Data(
    "Landing record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Declaration with graded boxes, weights and sale prices, per vessel.",
)
lot = tg.Data(
    "Auction lot with reserve price",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
bid = tg.Data("Buyer bid", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
sale_result = tg.Data("Sale result", kind="records", sensitivity=tg.Sensitivity.PII)
grade_view = tg.Data(
    "Grades and prices per landing", kind="records", sensitivity=tg.Sensitivity.PII
)
training_images = tg.Data(
    "Labelled box images",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Archived box images with model grades and staff overrides as labels.",
)
model_artifact = tg.Data(
    "Grading model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Skippers and vessel owners landing catches at the port.
    fisherman = tm.add(tg.Actor("Fisherman", role="vessel owner"))
    # Fish merchants and processors registered to bid.
    buyer = tm.add(tg.Actor("Buyer", role="registered buyer"))

with tm.boundary("Fisheries authority", trust=tg.Trust.PARTNER):
    # Receives landing records (sales notes) for quota accounting.
    authority = tm.add(tg.ExternalService("National fisheries authority landing service"))

with tm.boundary("Port cloud", trust=tg.Trust.INTERNAL):
    # Fishermen declare landings and see grades and prices of their boxes.
    port_app = tm.add(
        tg.Endpoint(
            "Port app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="vessel account e-mail and password")},
        )
    )
    # Buyers follow the auction and place bids.
    buyer_portal = tm.add(
        tg.Endpoint(
            "Buyer bidding portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="password with SMS code at each sign-in"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Runs the clock auction: turns grades and weights into lots with reserve prices.
    auction = tm.add(tg.Service("Electronic auction"))
    # Landings, grades, overrides, lots and sale results: the record of the market.
    landing_db = tm.add(
        tg.DataStore(
            "Landing and grade database",
            stores={landing_record, grade, grade_override, sale_result},
            controls={
                c.AuditLogging(retention_days=2555, note="grade overrides and who made them")
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Archive of box images with their grades, used for retraining.
        image_archive = tm.add(tg.Dataset("Labelled box image archive", stores={training_images}))
        # Monthly retraining on the archived images.
        retraining = tm.add(
            tg.Pipeline(
                "Monthly retraining pipeline",
                stage=tg.Stage.TRAINING,
                controls={c.ModelValidation(note="accuracy on a held-out month must not drop")},
            )
        )
        # Versioned model artifacts the grading service loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Auction hall network", trust=tg.Trust.INTERNAL):
    # Overhead camera over the grading line, one per line.
    camera = tm.add(tg.Device("Grading line camera"))
    # Scale on the grading line weighing each box.
    scale = tm.add(tg.Device("Grading line scale"))
    # Edge server in the hall: gets image and weight, calls the model, writes the grade.
    grading_service = tm.add(tg.Service("Box grading service"))
    # The vision model: species, size class and freshness from one image.
    grading_model = tm.add(
        tg.Model(
            "Fish grading model",
            task=tg.Task.CLASSIFIER,
            high_stakes=True,
            description="Fine-tuned CNN; its grade sets the box's reserve price.",
        )
    )
    # Port staff at the grading line and the auction desk.
    port_staff = tm.add(tg.Actor("Port staff", role="grader"))
    # Hall tablets where staff check and override grades.
    grading_console = tm.add(
        tg.Service(
            "Grade override console",
            controls={c.Authentication(method="shared staff login on the hall tablets")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(fisherman, port_app, landing_declaration, protocol="https")
tm.flow(port_app, landing_db, landing_declaration)
tm.flow(landing_db, port_app, grade_view)
tm.flow(port_app, fisherman, grade_view, protocol="https")

tm.flow(camera, grading_service, box_image, protocol="rtsp")
tm.flow(scale, grading_service, box_weight, protocol="tcp")
tm.flow(grading_service, grading_model, box_image)
tm.flow(grading_model, grading_service, grade)
tm.flow(grading_service, landing_db, grade, box_weight, protocol="https")
tm.flow(grading_service, image_archive, box_image, label="archived with its grade")

tm.flow(landing_db, grading_console, grade)
tm.flow(grading_console, port_staff, grade, label="on the hall tablet")
tm.flow(port_staff, grading_console, grade_override, label="on the hall tablet")
tm.flow(grading_console, landing_db, grade_override, protocol="https")

tm.flow(landing_db, auction, grade, box_weight)
tm.flow(auction, buyer_portal, lot)
tm.flow(buyer_portal, buyer, lot, protocol="wss")
tm.flow(buyer, buyer_portal, bid, protocol="wss")
tm.flow(buyer_portal, auction, bid)
tm.flow(auction, landing_db, sale_result)

tm.flow(landing_db, authority, landing_record, protocol="https")

tm.flow(landing_db, image_archive, grade_override, label="corrected labels")
tm.flow(image_archive, retraining, training_images)
tm.flow(retraining, registry, model_artifact)
tm.flow(registry, grading_model, model_artifact, label="deploy")
