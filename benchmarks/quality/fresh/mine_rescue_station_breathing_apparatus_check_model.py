"""Mine rescue station: breathing apparatus readiness check model (first design).

A mine rescue station keeps closed-circuit breathing apparatus (BA) sets for its teams.
After each use and at the weekly check, BA technicians test every set on one of two
workshop test benches, which export leak, pressure, whistle and valve results to a
share on the workshop LAN; the cylinder filling panel's logger reports pressures over
Modbus. A collector loads both into the station's test database. A readiness service
combines each set's readings with the manufacturer's test limits and asks an in-house
classifier whether the set is fit for deployment; the result goes to a readiness board
the superintendent and team captains use at a call-out. The mining company's data
scientist retrains the model from technicians' past pass/fail decisions. Staff sign in
with domain accounts, a technician signs off each set, the collector rejects malformed
exports, the database is backed up nightly and registry models are versioned.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Mine rescue station breathing apparatus check model",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Checks BA test bench readings and cylinder pressure logs to decide which "
        "breathing apparatus sets are ready for a rescue team deployment."
    ),
)

# ---------------------------------------------------------------- data assets
bench_results = tg.Data(
    "BA test bench results",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Per set serial: leak, high and medium pressure, whistle and valve tests.",
)
pressure_readings = tg.Data(
    "Cylinder pressure readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Fill and storage pressure per oxygen cylinder, from the filling panel logger.",
)
inspection_notes = tg.Data(
    "Manual inspection notes",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Visual checks of facepiece, hoses and CO2 absorbent, with the technician's name.",
)
test_limits = tg.Data(
    "Manufacturer test limits",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
set_features = tg.Data(
    "Set readiness features", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
readiness_score = tg.Data(
    "Readiness score", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
readiness_board = tg.Data(
    "Readiness board",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Each set's status: ready, needs retest or withdrawn, with the reasons.",
)
signoff = tg.Data("Technician sign-off", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
deployment_allocation = tg.Data(
    "Deployment set allocation",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which team member wears which set on a call-out.",
)
labels = tg.Data(
    "Historical pass/fail decisions",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Readiness model artifact", format="pickle", sensitivity=tg.Sensitivity.INTERNAL
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Manufacturer", trust=tg.Trust.PARTNER):
    # The BA manufacturer publishes test limits per apparatus model and revision.
    limits_source = tm.add(
        tg.DataSource(
            "Manufacturer test limits",
            id="manufacturer-limits-source",
            origin=tg.Origin.VENDOR,
            provides={test_limits},
            description="Downloaded from the manufacturer's service portal when revised.",
        )
    )

with tm.boundary("Station workshop LAN", trust=tg.Trust.INTERNAL):
    # BA technicians run the bench tests, inspect sets and sign off readiness.
    technician = tm.add(tg.Actor("BA technician", role="breathing apparatus technician"))
    # The two automated BA test benches in the workshop.
    bench = tm.add(tg.Device("BA test bench", fleet=True))
    # The filling panel's pressure logger on the oxygen cylinder filling station.
    pressure_logger = tm.add(tg.Device("Cylinder pressure logger", fleet=False))
    # Workshop PC job that picks up bench exports and logger readings.
    collector = tm.add(
        tg.Pipeline(
            "Bench data collector",
            stage=tg.Stage.INGESTION,
            controls={
                c.SchemaEnforcement(note="bench CSV exports must match the vendor's export format")
            },
        )
    )

with tm.boundary("Station server network", trust=tg.Trust.INTERNAL):
    # Station superintendent, who decides which sets and teams go out.
    superintendent = tm.add(
        tg.Actor("Station superintendent", role="station superintendent", privileged=True)
    )
    # Rescue team captains read the board when their team is called out.
    captain = tm.add(tg.Actor("Rescue team captain", role="team captain"))
    # Test history: bench results, pressure logs, inspections and past decisions.
    test_db = tm.add(
        tg.DataStore(
            "BA test database",
            stores={
                bench_results,
                pressure_readings,
                inspection_notes,
                signoff,
                labels,
                readiness_board,
            },
            controls={c.DataVersioning(note="nightly backup to the station's NAS")},
        )
    )
    # Builds features per set, applies the limits, calls the model, writes the board.
    readiness_service = tm.add(
        tg.Service(
            "Readiness service",
            controls={c.HumanInTheLoop(approver="BA technician signs off each set")},
        )
    )
    # In-house gradient-boosted classifier: is this set fit for a deployment?
    readiness_model = tm.add(
        tg.Model(
            "BA readiness model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Scikit-learn model loaded by the readiness service.",
        )
    )
    # Web board on the station LAN and the wall screen in the vehicle bay.
    board = tm.add(
        tg.Endpoint(
            "Readiness dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Windows domain account and password")},
        )
    )
    # Training data exported from the test database.
    training_set = tm.add(
        tg.Dataset("Labelled test history", stores={labels, bench_results, pressure_readings})
    )
    # Retraining job, run by hand a few times a year.
    training = tm.add(tg.Pipeline("Model retraining job", stage=tg.Stage.TRAINING))
    # Holds model versions; the service loads the one marked current.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )

with tm.boundary("Mining company corporate network", trust=tg.Trust.INTERNAL):
    # Group data scientist who maintains and retrains the model remotely.
    data_scientist = tm.add(
        tg.Actor("Group data scientist", role="data scientist", privileged=True)
    )

# ---------------------------------------------------------------- flows
# readings in
tm.flow(bench, collector, bench_results, protocol="smb", label="export files on workshop share")
tm.flow(pressure_logger, collector, pressure_readings, protocol="modbus")
tm.flow(collector, test_db, bench_results, pressure_readings)
tm.flow(limits_source, readiness_service, test_limits, protocol="https")

# readiness check
tm.flow(test_db, readiness_service, bench_results, pressure_readings, inspection_notes)
tm.flow(readiness_service, readiness_model, set_features)
tm.flow(readiness_model, readiness_service, readiness_score)
tm.flow(readiness_service, test_db, readiness_board)
tm.flow(readiness_service, board, readiness_board)
tm.flow(board, readiness_service, signoff)

# people
tm.flow(technician, board, inspection_notes, signoff, protocol="https")
tm.flow(board, technician, readiness_board, protocol="https")
tm.flow(board, test_db, inspection_notes, signoff)
tm.flow(board, superintendent, readiness_board, protocol="https")
tm.flow(superintendent, board, deployment_allocation, protocol="https")
tm.flow(board, captain, readiness_board, deployment_allocation, protocol="https")

# retraining
tm.flow(test_db, training_set, labels, bench_results, pressure_readings, label="export")
tm.flow(training_set, training, labels, bench_results, pressure_readings)
tm.flow(data_scientist, training, training_config, protocol="https", label="starts retraining")
tm.flow(training, registry, model_artifact)
tm.flow(registry, readiness_model, model_artifact, label="load current version")
