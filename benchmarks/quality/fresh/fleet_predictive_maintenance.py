"""Fleet predictive maintenance: the first design, before any security review.

Every truck carries a telematics unit that streams engine telemetry (fault codes,
temperatures, pressures, vibration, GPS position) over the cellular network to an
ingestion endpoint in our cloud account; units authenticate with X.509 device
certificates. A stream processor validates messages against the telemetry schema,
lands them in a telemetry lake and feeds a prediction service, which scores time
windows with an in-house anomaly-detection model (an autoencoder exported to ONNX).
Predicted part failures become work orders in the maintenance management system;
for common parts (filters, belts, brake pads) a parts-ordering integration places
the order on the supplier's web portal with a stored API key. Mechanics confirm or
reject each predicted failure in a tablet app, and the confirmed repairs become
labels that are joined with historical telemetry for monthly retraining on the ML
platform; ML engineers promote new versions through the model registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Fleet predictive maintenance",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Predicts truck part failures from engine telemetry, opens work orders and "
        "auto-orders common parts; mechanics' repair confirmations feed retraining."
    ),
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Engine telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Sensor readings, fault codes, VIN and GPS position, every 10 seconds.",
)
device_config = tg.Data(
    "Telematics configuration",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Sampling rates and which sensor channels to report.",
)
windows = tg.Data(
    "Telemetry feature windows", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="features"
)
anomaly_score = tg.Data(
    "Failure prediction", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
work_order = tg.Data(
    "Work order",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Vehicle, suspected part, urgency and the depot to schedule it at.",
)
parts_order = tg.Data(
    "Parts order",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Part numbers, quantities, delivery depot and the account to bill.",
)
order_confirmation = tg.Data(
    "Order confirmation", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
supplier_key = tg.Data(
    "Supplier portal API key", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
repair_record = tg.Data(
    "Repair confirmation",
    kind="feedback",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Mechanic's verdict: part failed, replaced, or no fault found.",
)
labels = tg.Data(
    "Failure labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Labelled telemetry training set", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="training-data"
)
weights = tg.Data("Anomaly model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
training_config = tg.Data(
    "Training configuration", sensitivity=tg.Sensitivity.INTERNAL, kind="code"
)
approval = tg.Data("Promotion approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Vehicle fleet",
    trust=tg.Trust.UNTRUSTED,
    description="Trucks on the road, reachable over public cellular networks and physically accessible.",
):
    # The data source of the whole system: one unit per truck, about 4,000 of them.
    telematics = tm.add(
        tg.Device(
            "Telematics units",
            fleet=True,
            description="OEM telematics boxes on the CAN bus, with a cellular modem.",
        )
    )

with tm.boundary("Parts supplier", trust=tg.Trust.PARTNER):
    # Where common parts are ordered automatically; the supplier bills our account.
    supplier = tm.add(
        tg.ExternalService(
            "Supplier ordering portal",
            description="The supplier's B2B ordering API, authenticated with one API key per customer.",
        )
    )

with tm.boundary("Fleet cloud", trust=tg.Trust.INTERNAL):
    # The public listener the trucks connect to.
    ingest = tm.add(
        tg.Endpoint(
            "Telemetry ingestion endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="X.509 device certificates")},
        )
    )
    # Decodes, validates and fans out the telemetry stream.
    stream = tm.add(
        tg.Pipeline(
            "Telemetry stream processor",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="protobuf schema registry")},
        )
    )
    # Long-term history that training reads.
    lake = tm.add(
        tg.DataStore(
            "Telemetry lake",
            stores={telemetry},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Scores each telemetry window and turns high scores into work orders.
    predictor = tm.add(tg.Service("Failure prediction service"))
    # The in-house model whose scores drive maintenance and purchasing.
    model = tm.add(
        tg.Model(
            "Part failure anomaly model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Per-part autoencoder; reconstruction error above a threshold predicts failure.",
        )
    )
    # Backend of the mechanics' tablet app, reached from the depots over the internet.
    tablet_api = tm.add(
        tg.Endpoint(
            "Mechanic app backend",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="corporate SSO"), c.RBAC()},
        )
    )
    # Places orders for common parts on the supplier portal.
    ordering = tm.add(
        tg.Service(
            "Parts ordering integration",
            controls={c.SecretsManagement(note="supplier API key in the cloud secrets manager")},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Joins mechanics' confirmations with the telemetry that preceded each repair.
        labeling = tm.add(tg.Pipeline("Repair label builder", stage=tg.Stage.LABELING))
        # The labelled history the model is trained on.
        dataset = tm.add(tg.Dataset("Failure training set", stores={training_set, labels}))
        # Monthly retraining job.
        training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
        # Versions of the model; serving loads the version marked production.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate IT", trust=tg.Trust.INTERNAL):
    # System of record for work orders, repairs and parts inventory.
    cmms = tm.add(
        tg.Service(
            "Maintenance management system",
            controls={c.RBAC(), c.AuditLogging(retention_days=365)},
        )
    )
    # Builds and promotes the model.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Depots", trust=tg.Trust.INTERNAL):
    # Confirms predicted failures at repair time; the source of the labels.
    mechanic = tm.add(tg.Actor("Mechanic", role="mechanic"))

# ---------------------------------------------------------------- flows
# Telemetry in
tm.flow(telematics, ingest, telemetry, protocol="tls", label="MQTT over TLS")
tm.flow(ingest, telematics, device_config, protocol="tls", label="config push")
tm.flow(ingest, stream, telemetry, protocol="kafka")
tm.flow(stream, lake, telemetry)
tm.flow(stream, predictor, windows, label="5-minute windows")

# Scoring and actions
tm.flow(predictor, model, windows)
tm.flow(model, predictor, anomaly_score)
tm.flow(predictor, cmms, work_order, protocol="https", label="creates work order")
tm.flow(cmms, ordering, work_order, protocol="https", label="common parts only")
tm.flow(ordering, supplier, parts_order, supplier_key, protocol="https")
tm.flow(supplier, ordering, order_confirmation, protocol="https")
tm.flow(ordering, cmms, order_confirmation, protocol="https")

# Mechanics' tablet app
tm.flow(cmms, tablet_api, work_order, protocol="https")
tm.flow(tablet_api, mechanic, work_order, protocol="https")
tm.flow(mechanic, tablet_api, repair_record, protocol="https", label="confirms repair")
tm.flow(tablet_api, cmms, repair_record, protocol="https")

# Feedback and retraining
tm.flow(cmms, labeling, repair_record, label="nightly export")
tm.flow(lake, labeling, telemetry, label="history before each repair")
tm.flow(labeling, dataset, labels, training_set)
tm.flow(dataset, training, labels, training_set)
tm.flow(ml_engineer, training, training_config)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, approval, label="promotes version")
tm.flow(registry, model, weights, label="deploy")
