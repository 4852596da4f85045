"""Bus depot tyre-wear camera inspection: the first design, before any security review.

A city bus operator installs a drive-over camera unit in the fuel lane of each depot.
As buses return at night the unit photographs every tyre and reads the bus's
registration plate. A small edge gateway on the depot network collects the captures
and uploads them over HTTPS to an ingest API in the operator's cloud account, which
authenticates each depot's gateway with its own API key. A scoring service runs an
in-house vision model that estimates tread depth per tyre, and buses below the
company threshold are flagged on a morning-check dashboard; flagged buses get a
manual gauge check before they leave, and defects become work orders in the hosted
fleet maintenance system. Engineers sign in to the dashboard with company SSO and
MFA, and their gauge readings are fed back to retrain the model. The camera supplier
pushes firmware to the units through the gateway. Cloud stores use the platform's
default encryption at rest and models are versioned in a registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bus depot tyre-wear camera inspection",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Drive-over tyre cameras at bus depots; a vision model estimates tread wear "
        "overnight and flags buses for the fleet engineers' morning checks."
    ),
)

# ---------------------------------------------------------------- data assets
tyre_images = tg.Data(
    "Tyre images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Photographs of each tyre's tread taken as the bus drives over the unit.",
)
plate_read = tg.Data(
    "Bus registration read",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Registration plate read by the unit, matched to the fleet number.",
)
tread_estimates = tg.Data(
    "Tread depth estimates",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
wear_flags = tg.Data(
    "Wear flags for morning checks",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Per bus: tyres below the company tread threshold, with images.",
)
gauge_readings = tg.Data(
    "Gauge tread measurements",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Labelled tread images",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
)
weights = tg.Data(
    "Tread model weights",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint written by the training job.",
)
work_orders = tg.Data(
    "Tyre defect work orders", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
firmware = tg.Data("Camera unit firmware", kind="code", sensitivity=tg.Sensitivity.INTERNAL)
unit_health = tg.Data(
    "Camera unit health telemetry", kind="logs", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Depot site network", trust=tg.Trust.INTERNAL):
    # The drive-over unit in each depot's fuel lane: cameras, lighting and a plate reader.
    camera = tm.add(
        tg.Device(
            "Drive-over tyre camera unit",
            fleet=True,
            description="One unit per depot; captures tread images and the registration plate.",
        )
    )
    # Collects captures on the depot LAN and uploads them; also relays supplier firmware.
    gateway = tm.add(
        tg.Service(
            "Depot edge gateway",
            description="Small PC in the depot comms cabinet; buffers captures if the link drops.",
        )
    )

with tm.boundary("Camera supplier", trust=tg.Trust.PARTNER):
    # The supplier maintains the units remotely and ships firmware updates.
    supplier = tm.add(tg.ExternalService("Camera supplier support service"))

with tm.boundary("Operator cloud account", trust=tg.Trust.INTERNAL):
    # Receives uploads from every depot gateway over the internet.
    ingest = tm.add(
        tg.Endpoint(
            "Inspection ingest API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-depot gateway API key")},
        )
    )
    # Keeps the raw captures for the dashboard and for building training sets.
    image_store = tm.add(
        tg.DataStore(
            "Tyre image store",
            stores={tyre_images, plate_read},
            controls={c.EncryptionAtRest(key_management="cloud platform default keys")},
        )
    )
    # Runs the model on each night's captures and applies the tread threshold.
    scorer = tm.add(
        tg.Service(
            "Wear scoring service",
            description="Scores each capture as it lands; flags tyres under 3 mm estimated tread.",
        )
    )
    # The vision model that estimates remaining tread depth per tyre groove.
    model = tm.add(
        tg.Model(
            "Tread wear model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="CNN estimating tread depth in mm; unflagged buses get no gauge check.",
        )
    )
    # Estimates and flags per bus and night, plus the engineers' gauge readings.
    results_db = tm.add(
        tg.DataStore(
            "Inspection results database",
            stores={tread_estimates, wear_flags, gauge_readings},
            controls={c.EncryptionAtRest(key_management="cloud platform default keys")},
        )
    )
    # What the engineers open at the start of the morning shift.
    dashboard = tm.add(
        tg.Endpoint(
            "Morning check dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="company SSO (OIDC) with MFA")},
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Captures paired with gauge readings, rebuilt monthly.
        dataset = tm.add(tg.Dataset("Labelled tread dataset", stores={training_set}))
        # Monthly retraining job run by the data team.
        training = tm.add(tg.Pipeline("Tread model training", stage=tg.Stage.TRAINING))
        # The versioned checkpoints the scoring service loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Fleet maintenance SaaS", trust=tg.Trust.PARTNER):
    # The hosted system where workshop jobs are raised and tracked.
    fleet_system = tm.add(tg.ExternalService("Fleet maintenance system"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Checks flagged buses with a tread gauge before they leave the depot.
    engineer = tm.add(tg.Actor("Fleet engineer", role="depot engineer"))
    # Builds datasets, runs training and publishes model versions.
    ml_engineer = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# capture and upload
tm.flow(camera, gateway, tyre_images, plate_read, protocol="http", label="capture on depot LAN")
tm.flow(gateway, ingest, tyre_images, plate_read, protocol="https")
tm.flow(ingest, image_store, tyre_images, plate_read)

# supplier maintenance
tm.flow(supplier, gateway, firmware, protocol="https", label="firmware updates")
tm.flow(gateway, camera, firmware, protocol="http")
tm.flow(camera, gateway, unit_health, protocol="http")
tm.flow(gateway, supplier, unit_health, protocol="https")

# scoring
tm.flow(image_store, scorer, tyre_images, plate_read)
tm.flow(scorer, model, tyre_images)
tm.flow(model, scorer, tread_estimates)
tm.flow(scorer, results_db, tread_estimates, wear_flags)
tm.flow(registry, scorer, weights, label="load current version")

# morning checks
tm.flow(results_db, dashboard, wear_flags, tread_estimates)
tm.flow(image_store, dashboard, tyre_images)
tm.flow(dashboard, engineer, wear_flags, tyre_images, protocol="https")
tm.flow(engineer, dashboard, gauge_readings, protocol="https", label="gauge readings")
tm.flow(dashboard, results_db, gauge_readings)
tm.flow(dashboard, fleet_system, work_orders, protocol="https", label="raise work order")

# retraining
tm.flow(image_store, dataset, tyre_images)
tm.flow(results_db, dataset, gauge_readings)
tm.flow(dataset, training, training_set)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, training, training_set, label="curates and launches runs")
