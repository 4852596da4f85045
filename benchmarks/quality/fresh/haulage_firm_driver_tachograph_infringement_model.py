"""Tachograph infringement forecasting: the first design, before any security review.

An Irish haulage firm (about 120 trucks) must download and keep its drivers' digital
tachograph data and answer for drivers' hours breaches at roadside checks. Each truck's
telematics unit remote-downloads the vehicle unit and the inserted driver card and sends
the signed .ddd files to the telematics vendor's platform; our ingestion service pulls
them from the vendor API (key in Azure Key Vault), checks each file's tachograph
signature and format and archives it, encrypted, for the legally required period. A
parsing pipeline turns the files into duty, driving and rest periods, applies the EU
561/2006 rules to find past infringements, joins the planned jobs from our transport
management system and writes per-driver features. An in-house gradient-boosted model,
retrained weekly from those features and from the transport manager's review outcomes,
scores each driver's risk of an hours infringement over the coming fortnight. The
transport manager sees the scores in a compliance portal (Microsoft 365 sign-in, role
based access) and decides any follow-up with the driver; nothing happens automatically.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Haulage tachograph infringement forecasting",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Downloads drivers' tachograph data and predicts drivers' hours infringements for the transport manager.",
)

# ---------------------------------------------------------------- data assets
card_activity = tg.Data(
    "Driver card activity",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Driving, other work, availability and rest entered on the tachograph with the driver's card.",
)
tacho_files = tg.Data(
    "Tachograph download files",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Signed .ddd files from vehicle units and driver cards: activities, places, speeds, card holder.",
)
activity_records = tg.Data(
    "Driver duty periods",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Parsed driving, work and rest periods per driver and day.",
)
detected_infringements = tg.Data(
    "Detected past infringements",
    sensitivity=tg.Sensitivity.PII,
    kind="labels",
    description="Breaches of EU 561/2006 found by the rules check in downloaded data.",
)
schedules = tg.Data(
    "Planned jobs and driver rosters",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
)
driver_features = tg.Data("Driver hours features", sensitivity=tg.Sensitivity.PII, kind="features")
risk_score = tg.Data("Infringement risk score", sensitivity=tg.Sensitivity.PII, kind="model-output")
review_outcomes = tg.Data(
    "Review outcomes and roadside check results",
    sensitivity=tg.Sensitivity.PII,
    kind="labels",
    description="The transport manager's decision on each flagged driver, and the outcome of any roadside check.",
)
model_artifact = tg.Data(
    "Infringement model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Fleet vehicles",
    trust=tg.Trust.UNTRUSTED,
    description="Our trucks, out on the road and parked at customers' sites and ferry ports.",
):
    # The drivers whose hours are recorded and forecast.
    driver = tm.add(tg.Actor("HGV driver", role="driver"))
    # Tachograph with the telematics box that remote-downloads it.
    tacho_unit = tm.add(
        tg.Device(
            "Tachograph and telematics unit",
            description="Digital tachograph vehicle unit with the vendor's remote-download telematics box.",
        )
    )

with tm.boundary("Telematics vendor", trust=tg.Trust.PARTNER):
    # The vendor's cloud that collects remote downloads from the whole fleet.
    vendor = tm.add(
        tg.ExternalService(
            "Telematics vendor platform",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("Compliance platform (Azure)", trust=tg.Trust.INTERNAL):
    # Pulls the files from the vendor and checks them before archiving.
    ingestion = tm.add(
        tg.Service(
            "Tachograph ingestion service",
            controls={
                c.InputValidation(
                    note="checks each .ddd file's format and tachograph signature; bad files are quarantined"
                ),
                c.SecretsManagement(note="vendor API key in Azure Key Vault"),
            },
        )
    )
    # The legal archive of raw downloads.
    archive = tm.add(
        tg.DataStore(
            "Tachograph file archive",
            stores={tacho_files},
            controls={
                c.EncryptionAtRest(key_management="Azure Storage service-managed keys"),
                c.RetentionLimits(days=400, note="the legal minimum of one year plus a margin"),
            },
        )
    )
    # Parses files, runs the hours rules check and builds per-driver features.
    parser = tm.add(tg.Pipeline("Parsing and feature pipeline", stage=tg.Stage.PREPROCESSING))
    # Per-driver duty periods, detected infringements and features.
    feature_store = tm.add(
        tg.FeatureStore(
            "Driver feature store",
            stores={activity_records, detected_infringements, driver_features},
        )
    )
    # The forecast model, loaded from the registry and called by the portal.
    model = tm.add(
        tg.Model(
            "Infringement risk model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees: probability of a drivers' hours infringement per driver over 14 days.",
        )
    )
    # Where the transport manager reviews drivers' scores and records decisions.
    portal = tm.add(
        tg.Endpoint(
            "Compliance review portal",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={
                c.Authentication(method="Microsoft 365 single sign-on"),
                c.RBAC(note="transport manager and compliance clerk roles only"),
                c.HumanInTheLoop(
                    approver="transport manager",
                    note="scores are advisory; the manager decides any follow-up",
                ),
            },
        )
    )
    # The manager's decisions and roadside check outcomes.
    review_store = tm.add(tg.DataStore("Review records", stores={review_outcomes}))

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Weekly snapshot used for training.
        training_set = tm.add(
            tg.Dataset(
                "Infringement training set",
                stores={driver_features, detected_infringements, review_outcomes},
            )
        )
        # Weekly retraining job.
        training = tm.add(tg.Pipeline("Weekly retraining", stage=tg.Stage.TRAINING))
        # Holds the trained model versions; the model service loads the latest.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # Existing transport management system with planned jobs and rosters.
    tms = tm.add(tg.DataStore("Transport management system", stores={schedules}))
    # The firm's transport manager, legally responsible for drivers' hours compliance.
    manager = tm.add(tg.Actor("Transport manager", role="transport manager"))

# ---------------------------------------------------------------- flows
tm.flow(driver, tacho_unit, card_activity, label="card inserted, activities entered in person")
tm.flow(tacho_unit, vendor, tacho_files, protocol="https", label="remote download over cellular")
tm.flow(
    vendor,
    ingestion,
    tacho_files,
    protocol="https",
    label="scheduled pull from vendor API",
    controls={c.MessageIntegrity(note="files carry the tachograph's own EU PKI signature")},
)
tm.flow(ingestion, archive, tacho_files)
tm.flow(archive, parser, tacho_files)
tm.flow(tms, parser, schedules, protocol="https", label="nightly export")
tm.flow(parser, feature_store, activity_records, detected_infringements, driver_features)

tm.flow(feature_store, portal, driver_features, activity_records, label="online lookup")
tm.flow(portal, model, driver_features)
tm.flow(model, portal, risk_score)
tm.flow(portal, manager, risk_score, activity_records, protocol="https")
tm.flow(manager, portal, review_outcomes, protocol="https")
tm.flow(portal, review_store, review_outcomes)

tm.flow(
    feature_store, training_set, driver_features, detected_infringements, label="weekly snapshot"
)
tm.flow(review_store, training_set, review_outcomes, label="weekly snapshot")
tm.flow(training_set, training, driver_features, detected_infringements, review_outcomes)
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="loads latest version")
