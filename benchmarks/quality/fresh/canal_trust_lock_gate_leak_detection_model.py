"""Lock gate leak detection: the first design, before any security review.

Water-level loggers above and below the trust's locks push readings over the
mobile network to the logger vendor's cloud; an ingestion pipeline in our cloud
tenancy pulls them every 15 minutes into a time-series store. Volunteer
lock-keepers photograph gates on their rounds and upload them from their phones.
A nightly job combines level drops, photos and asset criticality, has an
in-house leak detection model score each gate, and publishes a ranked repair
list on a dashboard that asset engineers and crew leaders use to plan and record
repairs. The model is retrained quarterly on confirmed leaks. Controls so far:
volunteer sign-in and file checks on uploads, SSO with MFA and roles on the
dashboard, schema checks on readings, encrypted stores, versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Lock gate leak detection",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Scores lock gates for leaks and failure from level loggers and volunteer "
    "photos, and ranks them for repair crews.",
)

# ---------------------------------------------------------------- data assets
levels = tg.Data(
    "Lock water-level readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Upper and lower pound levels every 5 minutes, per logger.",
)
photos = tg.Data(
    "Volunteer gate photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Geotagged photos of gates and cills; boaters and passers-by may be in shot.",
)
photo_report = tg.Data(
    "Photo report details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Lock id, volunteer id, time and a free-text note about the gate.",
)
features = tg.Data("Gate leak features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
scores = tg.Data("Gate leak scores", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
assets = tg.Data(
    "Lock gate asset records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Gate age, criticality rating, repair history and stoppage records.",
)
labels = tg.Data(
    "Confirmed leak labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
priorities = tg.Data("Repair priority list", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
work_orders = tg.Data(
    "Repair work orders",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Gate, job, assigned crew leader and contact number.",
)
outcomes = tg.Data("Inspection outcomes", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
artifact = tg.Data("Leak model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Towpath field sites", trust=tg.Trust.UNTRUSTED):
    # Battery loggers bolted to lock walls on public towpaths, one per pound.
    logger = tm.add(
        tg.Device(
            "Water-level logger",
            fleet=True,
            description="Pressure transducer loggers with a cellular modem, about 400 of them.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Volunteers report on their rounds from their own phones.
    volunteer = tm.add(tg.Actor("Volunteer lock-keeper", role="volunteer"))
    # Crew leaders open the dashboard from phones in the field.
    crew = tm.add(tg.Actor("Repair crew leader", role="field staff"))

with tm.boundary("Logger vendor cloud", trust=tg.Trust.PARTNER):
    # The logger vendor's platform receives the readings and exposes them by API.
    telemetry = tm.add(
        tg.ExternalService("Logger telemetry platform", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Trust cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where volunteer photos come in.
    upload_api = tm.add(
        tg.Endpoint(
            "Photo upload API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="volunteer portal e-mail and password"),
                c.InputValidation(note="JPEG/HEIC only, 15 MB limit"),
            },
        )
    )
    # Keeps the photos for the model and for engineers to look at.
    photo_store = tm.add(
        tg.DataStore(
            "Gate photo store",
            stores={photos, photo_report},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Pulls readings from the vendor API every 15 minutes.
    ingestion = tm.add(
        tg.Pipeline(
            "Telemetry ingestion pipeline",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="logger id, timestamp and level range checked")},
        )
    )
    # Time series of every logger's readings.
    level_store = tm.add(
        tg.DataStore(
            "Water-level time-series store",
            stores={levels},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Builds features per gate, calls the model, ranks by score and criticality.
    prioritiser = tm.add(
        tg.Service(
            "Nightly repair prioritisation job",
            description="Runs at 02:00 over every gate with a logger or a new photo.",
        )
    )
    # Scores each gate for a leak or failing seal from level drops and photo features.
    model = tm.add(
        tg.Model(
            "Lock gate leak detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Gradient-boosted trees on level-drop features plus a CNN photo embedding.",
        )
    )
    # Where engineers and crew leaders see the ranked list and record outcomes.
    dashboard = tm.add(
        tg.Endpoint(
            "Repair planning dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="Entra ID SSO with MFA"),
                c.RBAC(note="engineers plan, crew leaders see their own jobs"),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Quarterly retraining on past readings, photos and confirmed leaks.
        training = tm.add(tg.Pipeline("Quarterly retraining", stage=tg.Stage.TRAINING))
        # Holds the trained model versions the job loads.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
        )

with tm.boundary("Trust corporate network", trust=tg.Trust.INTERNAL):
    # The existing system of record for lock assets and repairs.
    asset_register = tm.add(
        tg.DataStore(
            "Asset register",
            stores={assets, labels, outcomes},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )
    # Plans repairs from the ranked list and assigns crews.
    engineer = tm.add(tg.Actor("Asset engineer", role="engineer"))

# ---------------------------------------------------------------- flows
tm.flow(logger, telemetry, levels, protocol="mqtt+tls", label="cellular push")
tm.flow(telemetry, ingestion, levels, protocol="https", label="15-minute API pull")
tm.flow(ingestion, level_store, levels)

tm.flow(volunteer, upload_api, photos, photo_report, protocol="https")
tm.flow(upload_api, photo_store, photos, photo_report)

tm.flow(level_store, prioritiser, levels, label="nightly batch read")
tm.flow(photo_store, prioritiser, photos, photo_report, label="nightly batch read")
tm.flow(asset_register, prioritiser, assets, label="nightly criticality export")
tm.flow(prioritiser, model, features)
tm.flow(model, prioritiser, scores)
tm.flow(prioritiser, dashboard, priorities, scores)

tm.flow(dashboard, engineer, priorities, photos, protocol="https")
tm.flow(engineer, dashboard, work_orders, protocol="https")
tm.flow(dashboard, crew, work_orders, protocol="https")
tm.flow(crew, dashboard, outcomes, protocol="https")
tm.flow(dashboard, asset_register, outcomes, protocol="https")

tm.flow(asset_register, training, labels)
tm.flow(level_store, training, levels)
tm.flow(photo_store, training, photos)
tm.flow(training, registry, artifact)
tm.flow(registry, model, artifact, label="load latest version")
