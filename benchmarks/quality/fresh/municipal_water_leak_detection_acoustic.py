"""Municipal water leak detection (acoustic): the first design, before any security review.

The city water utility is fitting battery acoustic loggers to valves and hydrants across
the distribution network. Each night they record pipe noise and upload short recordings
and telemetry over LTE-M (MQTT over TLS) to an ingest endpoint in the utility's cloud
tenant; the logger vendor's device management service configures them and pushes
firmware. An in-house leak detection model scores each recording, and a correlation
service compares neighbouring loggers against the GIS pipe network to place a leak.
Network operators see suspected leaks on a dashboard and decide which become work
orders in the on-premises work management system; field crews confirm or dismiss each
leak on site, and those outcomes label recordings for quarterly retraining. Nothing
here operates valves or pumps. Controls: per-device keys and TLS from the loggers,
council SSO with MFA and roles on the dashboard, provider-managed encryption of the
recording store, and versioned training data.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Municipal water leak detection (acoustic)",
    profile=tg.RiskProfile.LOW,
    description="Acoustic loggers and a leak detection model that direct repair crews.",
)

# ---------------------------------------------------------------- data assets
recordings = tg.Data(
    "Acoustic recordings",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Nightly pipe-noise clips and spectra from each logger.",
)
telemetry = tg.Data(
    "Logger telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Battery, signal strength, noise level and the logger's position.",
)
device_config = tg.Data(
    "Logger configuration and firmware",
    kind="code",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
leak_score = tg.Data("Leak probability", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
pipe_network = tg.Data(
    "GIS pipe network",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Pipe routes, materials, diameters and the locations of valves and mains.",
)
leak_alerts = tg.Data(
    "Suspected leak alerts",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Estimated leak position on the network with its confidence.",
)
work_orders = tg.Data(
    "Leak work orders",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Street location, priority and crew assignment.",
)
outcomes = tg.Data(
    "Site investigation outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Leak confirmed or not found, recorded by the crew when closing the order.",
)
training_set = tg.Data(
    "Labelled recordings", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data("Leak model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="savedmodel")

# ---------------------------------------------------------------- elements
with tm.boundary("Distribution network", trust=tg.Trust.UNTRUSTED):
    # Battery loggers clamped to valves and hydrants in street chambers.
    loggers = tm.add(
        tg.Device(
            "Acoustic loggers",
            fleet=True,
            description="About 4,000 loggers with LTE-M modems, in unlocked street chambers.",
        )
    )

with tm.boundary("Logger vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor's service that configures the loggers and delivers firmware updates.
    vendor_dm = tm.add(
        tg.ExternalService(
            "Vendor device management service",
            description="Sets recording schedules and pushes firmware over the air.",
        )
    )

with tm.boundary("Utility cloud tenant", trust=tg.Trust.INTERNAL):
    # Receives the nightly uploads from the loggers.
    ingest = tm.add(
        tg.Endpoint(
            "Logger ingest endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-device key provisioned by the vendor")},
        )
    )
    # Raw recordings and telemetry, kept for two years.
    recording_store = tm.add(
        tg.DataStore(
            "Recording store",
            stores={recordings, telemetry},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Scores each recording for leak noise.
    leak_model = tm.add(
        tg.Model(
            "Leak detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="A CNN over spectrograms; runs after the nightly uploads arrive.",
        )
    )
    # Cross-correlates neighbouring loggers over the pipe network to place the leak.
    correlator = tm.add(
        tg.Service(
            "Leak correlation service",
            description="Combines model scores and time-of-arrival differences along pipes.",
        )
    )
    # Copy of the GIS pipe network, synced from the asset team's GIS.
    gis = tm.add(tg.DataStore("GIS pipe network store", stores={pipe_network}))
    # Map and list of suspected leaks for network operators.
    dashboard = tm.add(
        tg.Endpoint(
            "Leak dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="council SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="network operator"),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Recordings joined with crew outcomes.
        label_set = tm.add(
            tg.Dataset(
                "Labelled recordings dataset",
                stores={training_set},
                controls={c.DataVersioning()},
            )
        )
        # Quarterly retraining of the leak model.
        training = tm.add(
            tg.Pipeline("Leak model retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Model versions; the scoring job loads the current one.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))

with tm.boundary("Utility corporate network", trust=tg.Trust.INTERNAL):
    # Control-room staff who triage suspected leaks.
    operator = tm.add(tg.Actor("Network operator", role="operations staff"))
    # The existing on-premises work management system that dispatches crews.
    wms = tm.add(tg.Service("Work management system"))

with tm.boundary("Field", trust=tg.Trust.UNTRUSTED):
    # Repair crews who confirm leaks with a ground microphone and close the order.
    crew = tm.add(tg.Actor("Field crew", role="field technician"))

# ---------------------------------------------------------------- flows
tm.flow(loggers, ingest, recordings, telemetry, protocol="mqtts", label="nightly upload")
tm.flow(vendor_dm, loggers, device_config, protocol="lte-m", label="configuration and firmware")
tm.flow(loggers, vendor_dm, telemetry, protocol="lte-m", label="device health")

tm.flow(ingest, recording_store, recordings, telemetry)
tm.flow(recording_store, leak_model, recordings)
tm.flow(leak_model, correlator, leak_score)
tm.flow(recording_store, correlator, recordings, telemetry, label="neighbouring loggers")
tm.flow(gis, correlator, pipe_network)
tm.flow(correlator, dashboard, leak_alerts)

tm.flow(dashboard, operator, leak_alerts, pipe_network, protocol="https")
tm.flow(operator, dashboard, work_orders, protocol="https", label="raise work order")
tm.flow(dashboard, wms, work_orders, protocol="https")
tm.flow(wms, crew, work_orders, protocol="https", label="crew mobile app")
tm.flow(crew, wms, outcomes, protocol="https", label="close order")
tm.flow(wms, dashboard, outcomes, protocol="https", label="order status")

tm.flow(wms, label_set, outcomes, label="quarterly export")
tm.flow(recording_store, label_set, recordings)
tm.flow(label_set, training, training_set)
tm.flow(training, registry, weights)
tm.flow(registry, leak_model, weights, label="deploy")
