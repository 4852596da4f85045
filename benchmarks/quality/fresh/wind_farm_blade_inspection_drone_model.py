"""Wind turbine blade inspection by drone: the first design, before any security review.

Our in-house drone team flies an inspection drone around each turbine on an onshore
wind farm; the drone photographs every blade face. After each flight the pilot
copies the images from the drone to a field tablet, which uploads them over 4G to
the inspection upload API in our cloud account. A detection service runs an
in-house defect model (erosion, cracks, lightning damage) over the images and writes
candidate defects to the defect register. Reliability engineers confirm or reject
each defect and grade its severity in the inspection review app. A campaign planner
groups confirmed defects into repair campaigns, using a weather provider's wind
forecast to pick rope-access windows; an engineer approves each campaign before it
is published to the maintenance contractors' portal, where contractors accept work
orders and upload repair reports. Confirmed defects are used to retrain the model
each quarter. Staff sign in with company SSO; contractors have portal accounts.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wind farm blade inspection",
    profile=tg.RiskProfile.HIGH,
    description="Drone images of turbine blades, a defect detection model, and repair "
    "campaigns scheduled with maintenance contractors.",
)

# ---------------------------------------------------------------- data assets
flight_plan = tg.Data(
    "Flight plan",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Turbine id, blade positions and the inspection path.",
)
blade_images = tg.Data(
    "Blade images",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="High-resolution photos of each blade face, geotagged, with turbine id.",
)
flight_log = tg.Data("Flight log", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
candidate_defects = tg.Data(
    "Candidate defects",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Defect class, bounding box, blade position and confidence per image.",
)
defect_review = tg.Data(
    "Engineer defect review",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Confirmed or rejected defect with severity grade 1-5.",
)
defect_records = tg.Data(
    "Blade defect records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
wind_forecast = tg.Data("Wind forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
campaign_plan = tg.Data(
    "Repair campaign plan",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Turbines, defects, dates and crew requirements per campaign.",
)
campaign_approval = tg.Data(
    "Campaign approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
work_orders = tg.Data(
    "Work orders",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Site access details, turbine, defect images and repair scope.",
)
repair_reports = tg.Data(
    "Repair reports",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PDF report and after-repair photos from the contractor.",
)
crew_availability = tg.Data(
    "Contractor crew availability",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Technician names, phone numbers, rope-access certificates and free dates.",
)
weights = tg.Data(
    "Defect model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="onnx",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Wind farm site", trust=tg.Trust.INTERNAL):
    # Our drone pilot, on site for the inspection.
    pilot = tm.add(tg.Actor("Drone pilot", role="drone pilot"))
    # Off-the-shelf inspection drone flying the planned path and storing images on SD card.
    drone = tm.add(tg.Device("Inspection drone", fleet=True))
    # Rugged tablet: plans flights, offloads images and uploads them over 4G.
    tablet = tm.add(
        tg.Device(
            "Field tablet",
            fleet=True,
            controls={c.Authentication(method="company SSO (OIDC) with MFA")},
        )
    )

with tm.boundary("Inspection cloud account", trust=tg.Trust.INTERNAL):
    # Receives image batches from the field.
    upload_api = tm.add(
        tg.Endpoint(
            "Image upload API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="company SSO (OIDC) token")},
        )
    )
    # Object storage for all inspection images.
    image_store = tm.add(
        tg.DataStore(
            "Blade image store",
            stores={blade_images},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Batch job that runs the model over each new flight's images.
    detection = tm.add(tg.Service("Defect detection service"))
    # Object detector for blade defects; misses lead to unrepaired damage.
    defect_model = tm.add(
        tg.Model(
            "Blade defect model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="YOLO-style detector for erosion, cracks and lightning damage.",
        )
    )
    # System of record for blade condition per turbine.
    defect_register = tm.add(
        tg.DataStore(
            "Defect register",
            stores={defect_records, defect_review, repair_reports},
            controls={c.AuditLogging()},
        )
    )
    # Engineers' web app for reviewing candidates and approving campaigns.
    review_app = tm.add(
        tg.Service(
            "Inspection review app",
            controls={c.Authentication(method="company SSO (OIDC) with MFA"), c.RBAC()},
        )
    )
    # Groups defects into campaigns by severity, site and weather window.
    planner = tm.add(
        tg.Service(
            "Repair campaign planner",
            description="Rules and an optimiser over defect severity, forecast and crew "
            "availability; no language model.",
            controls={c.HumanInTheLoop(approver="reliability engineer")},
        )
    )
    # Where contractors see work orders and send reports back.
    contractor_portal = tm.add(
        tg.Endpoint(
            "Contractor portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="per-user e-mail and password"),
                c.RBAC(note="contractor company sees its own work orders"),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Quarterly retraining on engineer-confirmed defects.
        training = tm.add(
            tg.Pipeline(
                "Quarterly retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="recall per defect class on held-out farms")},
            )
        )
        # Versioned model artifacts served to the detection service.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Engineering office", trust=tg.Trust.INTERNAL):
    # Decides which candidate defects are real and how severe.
    engineer = tm.add(tg.Actor("Reliability engineer", role="reliability engineer"))

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Commercial site-specific wind forecast feed.
    weather = tm.add(
        tg.ExternalService("Weather forecast service", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Maintenance contractors", trust=tg.Trust.PARTNER):
    # Rope-access and blade repair companies under framework contracts.
    contractor = tm.add(tg.Actor("Maintenance contractor", role="contractor"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# Field capture and upload.
tm.flow(pilot, tablet, flight_plan)
tm.flow(tablet, drone, flight_plan, protocol="wifi", label="mission upload")
tm.flow(drone, tablet, blade_images, flight_log, label="SD card offload")
tm.flow(tablet, upload_api, blade_images, flight_log, protocol="https", controls={tls})
tm.flow(upload_api, image_store, blade_images)

# Detection.
tm.flow(image_store, detection, blade_images)
tm.flow(detection, defect_model, blade_images)
tm.flow(defect_model, detection, candidate_defects)
tm.flow(detection, defect_register, candidate_defects)

# Engineer review.
tm.flow(defect_register, review_app, candidate_defects, defect_records)
tm.flow(image_store, review_app, blade_images)
tm.flow(review_app, engineer, candidate_defects, blade_images, campaign_plan, protocol="https")
tm.flow(engineer, review_app, defect_review, campaign_approval, protocol="https")
tm.flow(review_app, defect_register, defect_review)

# Campaign planning and contractors.
tm.flow(defect_register, planner, defect_records)
tm.flow(weather, planner, wind_forecast, protocol="https", controls={tls})
tm.flow(planner, review_app, campaign_plan, label="for approval")
tm.flow(review_app, planner, campaign_approval)
tm.flow(planner, contractor_portal, work_orders, label="approved campaigns")
tm.flow(contractor_portal, contractor, work_orders, protocol="https", controls={tls})
tm.flow(
    contractor,
    contractor_portal,
    repair_reports,
    crew_availability,
    protocol="https",
    controls={tls},
)
tm.flow(contractor_portal, defect_register, repair_reports)
tm.flow(contractor_portal, planner, crew_availability)

# Retraining.
tm.flow(defect_register, training, defect_review, label="confirmed defects")
tm.flow(image_store, training, blade_images)
tm.flow(training, registry, weights)
tm.flow(registry, defect_model, weights, label="deploy")
