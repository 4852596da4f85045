"""Acoustic leak detection for a water utility: the first design, before any security review.

Battery-powered acoustic loggers clipped to valves and hydrants on the distribution
mains record pipe noise between 02:00 and 04:00 and upload it over cellular to the
logger vendor's head-end, which we poll through its API. District metered area
flow meters report to the SCADA system over the telemetry network, and the SCADA
historian is read by the analytics platform through the historian's web API.
Every night an ingestion job merges the two feeds into the sensor data lake and an
in-house model scores each pipe segment for a likely leak. High-scoring segments
become repair jobs in the work management system, which field crews pick up on
their tablets, and the control room sees an alert on its leak dashboard. Crews
record what they found, and those outcomes label the data for monthly retraining.
Controls in this design: vendor API keys, schema checks on ingestion, encryption of
the data lake, SSO and roles in work management, and versioned models in a registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Acoustic water leak detection",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Overnight leak localisation from acoustic loggers, DMA flow meters and the "
        "SCADA historian, raising repair jobs and control-room alerts."
    ),
)

# ---------------------------------------------------------------- data assets
noise = tg.Data(
    "Acoustic noise recordings",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Overnight noise levels, spectra and short audio snippets per logger.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
flow_readings = tg.Data(
    "DMA flow readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
scada_tags = tg.Data(
    "Historian tags",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Pressures, pump and valve states and flows for the network; critical-infrastructure detail.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
vendor_key = tg.Data("Vendor API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
features = tg.Data(
    "Pipe segment features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
candidates = tg.Data(
    "Leak candidates",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Segment, estimated position along the main and a leak score.",
)
alert = tg.Data("Leak alert", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
repair_job = tg.Data(
    "Repair job",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Location, priority, affected properties and customer contacts for supply interruptions.",
)
outcome = tg.Data(
    "Dig outcome",
    kind="feedback",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Whether a leak was found at the marked spot, its type and size.",
)
training_set = tg.Data(
    "Labelled leak history",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Leak model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Distribution network field", trust=tg.Trust.UNTRUSTED):
    # Thousands of loggers in public chambers and hydrants, reachable by anyone with a key.
    loggers = tm.add(
        tg.Device(
            "Acoustic loggers",
            fleet=True,
            description="Clip-on hydrophone loggers with cellular modems.",
        )
    )
    # Field crews work from ruggedised tablets over mobile data.
    crew = tm.add(tg.Actor("Field crew", role="repair crew"))

with tm.boundary("Logger vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor's head-end receives logger uploads; we only see its API.
    head_end = tm.add(
        tg.ExternalService(
            "Logger vendor head-end",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="SaaS platform that collects logger uploads and exposes them by REST API.",
        )
    )

with tm.boundary("OT network", trust=tg.Trust.RESTRICTED):
    # District metered area meters report through telemetry outstations.
    flow_meters = tm.add(tg.Device("DMA flow meters", fleet=True))
    # Existing SCADA historian: the source of truth for network hydraulics.
    historian = tm.add(tg.DataStore("SCADA historian", stores={flow_readings, scada_tags}))

with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL):
    # Nightly job that polls the vendor and the historian and normalises both feeds.
    ingestion = tm.add(
        tg.Pipeline(
            "Telemetry ingestion",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(), c.SecretsManagement()},
        )
    )
    # Holds raw recordings, readings and the computed per-segment features.
    lake = tm.add(
        tg.DataStore(
            "Sensor data lake",
            stores={noise, flow_readings, scada_tags, features},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Correlates noise and night flow to score and locate leaks per pipe segment.
    leak_model = tm.add(
        tg.Model(
            "Leak localisation model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            description="Gradient-boosted model run as a batch job at 05:00.",
        )
    )
    # Confirmed and false-alarm digs joined to the sensor data for retraining.
    leak_history = tm.add(tg.Dataset("Labelled leak history", stores={training_set}))
    # Monthly retraining, run by the data science team.
    training = tm.add(tg.Pipeline("Model retraining", stage=tg.Stage.TRAINING))
    # Where the batch job loads the current model version from.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )

with tm.boundary("Corporate IT", trust=tg.Trust.INTERNAL):
    # The utility's existing work management system, extended with a leak job type.
    work_mgmt = tm.add(
        tg.Service(
            "Work management system",
            controls={c.Authentication(method="corporate SSO"), c.RBAC(), c.AuditLogging()},
        )
    )
    # Map view in the control room showing tonight's leak candidates.
    dashboard = tm.add(tg.Service("Leak alert dashboard"))
    control_room = tm.add(tg.Actor("Control room operator", role="network controller"))
    data_scientist = tm.add(tg.Actor("Data scientist", role="data science", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(loggers, head_end, noise, protocol="https", label="overnight upload")
tm.flow(ingestion, head_end, vendor_key, protocol="https", label="poll with API key")
tm.flow(head_end, ingestion, noise, protocol="https")

tm.flow(flow_meters, historian, flow_readings, protocol="dnp3")
tm.flow(
    historian, ingestion, flow_readings, scada_tags, protocol="https", label="historian web API"
)

tm.flow(ingestion, lake, noise, flow_readings, scada_tags, features)
tm.flow(lake, leak_model, features, label="nightly batch")
tm.flow(registry, leak_model, model_artifact, label="load current version")

tm.flow(leak_model, work_mgmt, candidates, label="auto-create repair jobs")
tm.flow(leak_model, dashboard, alert)
tm.flow(dashboard, control_room, alert, protocol="https")
tm.flow(control_room, work_mgmt, repair_job, label="re-prioritise or cancel jobs")

tm.flow(work_mgmt, crew, repair_job, protocol="https", label="job dispatch to tablet")
tm.flow(crew, work_mgmt, outcome, protocol="https", label="dig result")
tm.flow(work_mgmt, leak_history, outcome)
tm.flow(lake, leak_history, features, label="features for dug segments")
tm.flow(leak_history, training, training_set)
tm.flow(data_scientist, training, label="starts retraining")
tm.flow(training, registry, model_artifact)
