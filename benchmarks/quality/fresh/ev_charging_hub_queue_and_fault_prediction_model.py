"""EV charging hub queue and fault prediction: the first design, before any security review.

Our motorway service-area charging hubs each have a row of rapid chargers that talk
OCPP to a charge point management system (CPMS) hosted by the charger vendor. An
ingestion pipeline in our cloud polls the CPMS API for charger telemetry and charging
sessions, adds the roads authority's open traffic-flow feed, drops drivers' contract
ids and writes features to a feature store. A scoring job runs every five minutes:
a fault model estimates each charger's risk of failing in the next 24 hours and a
queue model estimates the wait at each hub. Queue times are shown to drivers in our
public app through a rate-limited API; fault risk is shown in the operations console,
where a controller (company SSO with MFA, role-based access) confirms a dispatch and
the console sends a work order to the maintenance contractor's field-service system,
which posts job close-outs back. Close-outs become fault labels for a weekly
retraining job, which validates each candidate against the live model before
registering it; the scoring job loads the latest registered version.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "EV charging hub queue and fault prediction",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Charger fault risk and hub queue-time predictions for drivers and maintenance dispatch.",
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Charger telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="OCPP status notifications, meter values, error codes and temperatures.",
)
sessions = tg.Data(
    "Charging session records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Start and stop times, energy delivered and the driver's contract id or RFID tag.",
)
traffic = tg.Data("Motorway traffic flow", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
features = tg.Data(
    "Charger and hub features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-charger error history and utilisation, per-hub arrivals and traffic.",
)
fault_risk = tg.Data(
    "Charger fault risk scores", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
queue_times = tg.Data(
    "Hub queue-time estimates", kind="model-output", sensitivity=tg.Sensitivity.PUBLIC
)
status_request = tg.Data("Hub status request", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
dispatch = tg.Data("Dispatch confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
work_orders = tg.Data(
    "Technician work orders",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Hub, charger, predicted fault and site access instructions.",
)
close_outs = tg.Data(
    "Job close-out reports",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Technician's name, what was found and replaced, charger back in service.",
)
fault_labels = tg.Data(
    "Fault labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
model_artifacts = tg.Data(
    "Fault and queue model artifacts", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Drivers check the wait at a hub before pulling in; no sign-in needed.
    driver = tm.add(tg.Actor("Driver", role="public app user"))
    # Roads authority's open data API: live flows on the motorway sections near each hub.
    traffic_feed = tm.add(
        tg.DataSource("Motorway traffic feed", origin=tg.Origin.PUBLIC_WEB, provides={traffic})
    )

with tm.boundary(
    "Hub forecourt",
    trust=tg.Trust.INTERNAL,
    description="Chargers on public forecourts, connected over the vendor's cellular APN.",
):
    # The rapid chargers themselves: the source of every status and error code.
    chargers = tm.add(tg.Device("Rapid chargers", fleet=True))

with tm.boundary("Charger vendor cloud", trust=tg.Trust.PARTNER):
    # Vendor-hosted CPMS: the chargers' OCPP back office and our only source of telemetry.
    cpms = tm.add(
        tg.ExternalService(
            "Charge point management system",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("Maintenance contractor", trust=tg.Trust.PARTNER):
    # The contractor's field-service system: assigns our work orders to its technicians.
    contractor = tm.add(tg.ExternalService("Contractor field-service system"))

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # Polls the CPMS and the traffic feed every minute and builds features.
    ingestion = tm.add(
        tg.Pipeline(
            "Telemetry ingestion pipeline",
            stage=tg.Stage.INGESTION,
            controls={
                c.DataMinimization(note="contract ids and RFID tags dropped before features"),
                c.SecretsManagement(note="CPMS API key in the cloud secret manager"),
            },
        )
    )
    # Online and offline features for scoring and retraining.
    feature_store = tm.add(
        tg.FeatureStore(
            "Feature store",
            stores={features},
            online=True,
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Runs every five minutes over all hubs and pushes the results out.
    scoring = tm.add(tg.Service("Hub scoring job"))
    # Probability that a charger faults in the next 24 hours.
    fault_model = tm.add(
        tg.Model("Charger fault model", task=tg.Task.CLASSIFIER, returns_scores=True)
    )
    # Expected wait in minutes per hub for the next hour.
    queue_model = tm.add(tg.Model("Queue time model", task=tg.Task.REGRESSOR))
    # Public API behind the driver app; serves the latest queue estimates from cache.
    driver_api = tm.add(
        tg.Endpoint(
            "Driver app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=120, note="API gateway, per client IP")},
        )
    )
    # Staff web app: charger health, fault risk, dispatch and close-outs.
    console = tm.add(
        tg.Service(
            "Operations console",
            controls={
                c.Authentication(method="company SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="the duty operations controller"),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Every work order and its outcome: the source of fault labels.
        maintenance_db = tm.add(
            tg.DataStore(
                "Maintenance history database", stores={work_orders, close_outs, fault_labels}
            )
        )
        # Weekly retraining of both models.
        training = tm.add(
            tg.Pipeline(
                "Weekly retraining job",
                stage=tg.Stage.TRAINING,
                controls={
                    c.ModelValidation(note="candidate must beat the live model on the last 4 weeks")
                },
            )
        )
        # Versioned model artifacts the scoring job loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifacts}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Operations centre", trust=tg.Trust.INTERNAL):
    # Watches the estate and decides which faults get a technician.
    controller = tm.add(tg.Actor("Operations controller", role="operations staff"))

# ---------------------------------------------------------------- flows
tm.flow(chargers, cpms, telemetry, sessions, protocol="wss", label="OCPP 1.6J")
tm.flow(cpms, ingestion, telemetry, sessions, protocol="https", label="CPMS API poll")
tm.flow(traffic_feed, ingestion, traffic, protocol="https")
tm.flow(ingestion, feature_store, features)

tm.flow(feature_store, scoring, features, label="online lookup")
tm.flow(scoring, fault_model, features)
tm.flow(fault_model, scoring, fault_risk)
tm.flow(scoring, queue_model, features)
tm.flow(queue_model, scoring, queue_times)
tm.flow(registry, scoring, model_artifacts, label="load latest version")

tm.flow(scoring, driver_api, queue_times)
tm.flow(driver, driver_api, status_request, protocol="https")
tm.flow(driver_api, driver, queue_times, protocol="https")

tm.flow(scoring, console, fault_risk)
tm.flow(console, controller, fault_risk, protocol="https")
tm.flow(controller, console, dispatch, protocol="https")
tm.flow(console, contractor, work_orders, protocol="https")
tm.flow(contractor, console, close_outs, protocol="https", label="job close-out webhook")
tm.flow(console, maintenance_db, work_orders, close_outs)

tm.flow(maintenance_db, training, fault_labels)
tm.flow(feature_store, training, features, label="offline snapshot")
tm.flow(training, registry, model_artifacts)
