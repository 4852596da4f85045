"""Container weight anomaly model: the first design, before any security review.

Before a vessel's stowage plan is made, our shipping line wants to catch containers
whose declared verified gross mass (VGM) is wrong. Shippers declare VGM through an
e-booking platform that relays VERMAS messages to our EDI gateway; the terminal
operator sends gate weighbridge tickets and quay crane spreader load-cell weights over
SFTP. A feature pipeline joins declared and measured weights with commodity, container
type and the shipper's history, and a pre-stowage scoring service runs an in-house
gradient-boosted detector over each vessel's load list when it closes. Flagged
containers and their anomaly scores appear in the stowage planning system, where a
planner decides to accept, hold or ask the terminal to re-weigh; re-weigh results
become labels for monthly retraining. Controls: EDIFACT schema checks at the gateway,
SFTP with per-partner keys, corporate SSO with MFA and role access for planners,
a planner's decision on every flag, and versioned models in the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Container weight anomaly detection",
    profile=tg.RiskProfile.HIGH,
    description="Flags containers whose declared VGM disagrees with terminal weights before stowage.",
)

# ---------------------------------------------------------------- data assets
vgm = tg.Data(
    "Declared VGM",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="VERMAS declarations: container number, gross mass, signatory, weighing method.",
)
booking = tg.Data(
    "Booking and cargo details",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Shipper, commodity, container type, port pair, vessel voyage.",
)
weighbridge = tg.Data(
    "Weighbridge tickets",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
load_cell = tg.Data(
    "Crane load-cell weights",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
features = tg.Data(
    "Weight discrepancy features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
load_list = tg.Data("Vessel load list", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
anomaly_flags = tg.Data(
    "Weight anomaly flags and scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
planner_decision = tg.Data(
    "Planner flag decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
reweigh_request = tg.Data("Re-weigh request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
reweigh_result = tg.Data(
    "Re-weigh outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
history = tg.Data(
    "Historical weight training set", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
weights = tg.Data(
    "Anomaly model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
train_config = tg.Data(
    "Training configuration", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The shipper (or its forwarder) who books the cargo and signs the VGM.
    shipper = tm.add(tg.Actor("Shipper documentation clerk", role="shipper"))

with tm.boundary("E-booking platform", trust=tg.Trust.PARTNER):
    # Industry booking portal that relays shippers' VGM declarations to carriers.
    booking_platform = tm.add(
        tg.ExternalService("E-booking platform", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Container terminal", trust=tg.Trust.PARTNER):
    # Terminal operating system: gate weighbridge and quay crane spreader readings.
    terminal = tm.add(
        tg.ExternalService(
            "Terminal operating system",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Sends weighbridge tickets at gate-in and load-cell weights at lift.",
        )
    )

with tm.boundary("Line operations network", trust=tg.Trust.INTERNAL):
    # Receives and parses all partner EDI before it reaches our systems.
    edi_gateway = tm.add(
        tg.Service(
            "EDI gateway",
            controls={
                c.SchemaEnforcement(note="EDIFACT VERMAS and terminal message syntax checks")
            },
        )
    )
    # System of record for bookings, declared VGM and terminal weights.
    booking_system = tm.add(
        tg.DataStore(
            "Booking and documentation system",
            stores={booking, vgm, weighbridge, load_cell, reweigh_result},
            controls={c.RBAC()},
        )
    )
    # Joins declared and measured weights with cargo and shipper history.
    feature_pipeline = tm.add(tg.Pipeline("Weight feature pipeline", stage=tg.Stage.PREPROCESSING))
    # Runs the detector over a vessel's load list when it closes, before planning.
    scoring = tm.add(
        tg.Service(
            "Pre-stowage scoring service",
            description="Triggered at load-list cut-off for each vessel call.",
        )
    )
    # The detector: scores how unlikely each declared weight is given the evidence.
    model = tm.add(
        tg.Model(
            "Weight anomaly model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees on declared-versus-measured weight features.",
        )
    )
    # Existing planning system where planners build the stowage plan and see flags.
    stowage_system = tm.add(
        tg.Service(
            "Stowage planning system",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(note="planner accept/hold/re-weigh decisions"),
                c.HumanInTheLoop(approver="the stowage planner decides every flagged container"),
            },
        )
    )
    # Plans the vessel and acts on the flags.
    planner = tm.add(tg.Actor("Stowage planner", role="planner"))

    with tm.boundary("Data science platform", trust=tg.Trust.INTERNAL):
        # Past declarations with terminal weights and re-weigh outcomes as labels.
        dataset = tm.add(tg.Dataset("Weight anomaly training set", stores={history}))
        # Monthly retraining of the detector.
        training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
        # Versioned model artifacts; scoring loads the approved version.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )
        # Owns the model and starts retraining runs.
        data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(shipper, booking_platform, vgm, booking, protocol="https")
tm.flow(
    booking_platform,
    edi_gateway,
    vgm,
    booking,
    protocol="https",
    label="VERMAS and IFTMIN over AS2",
)
tm.flow(terminal, edi_gateway, weighbridge, load_cell, protocol="sftp")
tm.flow(edi_gateway, booking_system, vgm, booking, weighbridge, load_cell)

tm.flow(booking_system, feature_pipeline, vgm, booking, weighbridge, load_cell)
tm.flow(feature_pipeline, scoring, features)
tm.flow(booking_system, scoring, load_list, label="load list at cut-off")
tm.flow(scoring, model, features)
tm.flow(model, scoring, anomaly_flags)
tm.flow(scoring, stowage_system, anomaly_flags)

tm.flow(booking_system, stowage_system, load_list, vgm)
tm.flow(stowage_system, planner, load_list, anomaly_flags)
tm.flow(planner, stowage_system, planner_decision)
tm.flow(stowage_system, edi_gateway, reweigh_request)
tm.flow(edi_gateway, terminal, reweigh_request, protocol="sftp")
tm.flow(terminal, edi_gateway, reweigh_result, protocol="sftp", label="re-weigh tickets")
tm.flow(edi_gateway, booking_system, reweigh_result)

tm.flow(
    booking_system, dataset, vgm, weighbridge, load_cell, reweigh_result, label="monthly export"
)
tm.flow(dataset, training, history)
tm.flow(data_scientist, training, train_config)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="deploy approved version")
