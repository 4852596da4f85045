"""Traffic signal timing optimiser: the first design, before any security review.

A UK city council's traffic team wants junction signal timings that follow demand
instead of fixed time-of-day plans. Inductive loop detectors at each junction feed
the on-street signal controllers, which report counts to the council's urban traffic
control (UTC) system over the city fibre network; cameras with on-board analytics send
turning counts (no video) to the camera supplier's cloud, which the council pulls
every 15 minutes. An ingestion pipeline merges both into a count historian. A demand
model, retrained monthly by the council's data scientist, forecasts the next cycles'
flows; an optimiser service turns the forecast into cycle lengths and green splits
within configured bounds and pushes a plan to the UTC system every five minutes, which
downloads it to the controllers without a person approving it. Traffic engineers watch
and override plans from the control-room console. The controllers' own conflict
monitors and minimum-green settings stay in force whatever plan they are sent.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "City traffic signal timing optimiser",
    profile=tg.RiskProfile.HIGH,
    description="Demand model and optimiser that retime city junction signals every five "
    "minutes from loop detector and camera counts.",
)

# ---------------------------------------------------------------- data assets
occupancy = tg.Data(
    "Loop detector occupancy",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
detector_counts = tg.Data(
    "Detector counts",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Per-lane vehicle counts and occupancy, aggregated per cycle by the controller.",
)
camera_counts = tg.Data(
    "Camera turning counts",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Vehicle, cyclist and pedestrian counts per movement; no images leave the camera.",
)
count_history = tg.Data(
    "Traffic count history", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
live_features = tg.Data(
    "Live junction demand features", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
forecast = tg.Data("Demand forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
weights = tg.Data("Demand model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")
timing_plan = tg.Data(
    "Signal timing plan",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Cycle length, green splits and offsets per junction.",
)
override = tg.Data("Engineer plan override", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
status = tg.Data("Junction and plan status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
retrain_request = tg.Data(
    "Retraining run", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Camera supplier cloud", trust=tg.Trust.PARTNER):
    # The supplier's platform that collects counts from the cameras and serves them by API.
    camera_platform = tm.add(
        tg.ExternalService(
            "Camera analytics platform",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("On-street field network", trust=tg.Trust.INTERNAL):
    # Loops cut into each approach lane, wired to the controller in the junction cabinet.
    loops = tm.add(tg.Device("Loop detectors", fleet=True))
    # Cameras on signal poles with on-board counting; 4G uplink to the supplier's cloud.
    cameras = tm.add(tg.Device("Junction counting cameras", fleet=True))
    # The street controllers that run the signals and enforce their own safety settings.
    controllers = tm.add(
        tg.Device(
            "Junction signal controllers",
            fleet=True,
            controls={
                c.SafetyLimits(
                    limits="conflict monitor forbids conflicting greens; minimum greens, "
                    "pedestrian clearance and intergreens are fixed in controller "
                    "configuration; reverts to its stored fixed-time plan when plans stop"
                )
            },
        )
    )

with tm.boundary("Council traffic data centre", trust=tg.Trust.INTERNAL):
    # The existing central system that talks to every controller.
    utc = tm.add(
        tg.Service(
            "Urban traffic control system",
            description="Collects detector data and downloads timing plans to controllers.",
        )
    )
    # Merges detector and camera counts, checks them and builds the live features.
    ingestion = tm.add(
        tg.Pipeline(
            "Count ingestion pipeline",
            stage=tg.Stage.INGESTION,
            controls={
                c.SchemaEnforcement(
                    note="drops counts outside lane capacity; flags stuck detectors"
                )
            },
        )
    )
    # Long-term store of counts, used for reporting and for training.
    historian = tm.add(tg.DataStore("Traffic count historian", stores={count_history}))
    # Monthly retraining of the demand model.
    training = tm.add(tg.Pipeline("Demand model training", stage=tg.Stage.TRAINING))
    # Versions of the trained demand model.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # Forecasts demand per junction movement for the next few cycles.
    model = tm.add(
        tg.Model(
            "Junction demand model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Gradient-boosted trees over recent counts, time of day and day type.",
        )
    )
    # Turns forecasts into timing plans and pushes them to the UTC system.
    optimiser = tm.add(
        tg.Service(
            "Signal plan optimiser",
            description="Searches cycle lengths and splits that minimise forecast delay.",
            controls={
                c.PolicyEnforcement(
                    rules="cycle length kept between 60 and 120 s and each split within "
                    "10% of the previous plan"
                )
            },
        )
    )

with tm.boundary("Traffic control room", trust=tg.Trust.INTERNAL):
    # Where engineers watch the network and override plans.
    console = tm.add(
        tg.Endpoint(
            "Control room console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="council Active Directory password"), c.RBAC()},
        )
    )
    # Council staff responsible for the signals.
    engineer = tm.add(tg.Actor("Traffic engineer", role="traffic engineer", privileged=True))
    # Council staff who maintain and retrain the demand model.
    scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(loops, controllers, occupancy, label="detector card inputs in the cabinet")
tm.flow(controllers, utc, detector_counts, status, protocol="snmp")
tm.flow(utc, controllers, timing_plan, protocol="snmp")

tm.flow(cameras, camera_platform, camera_counts, protocol="https")
tm.flow(camera_platform, ingestion, camera_counts, protocol="https", label="15-minute pull")
tm.flow(utc, ingestion, detector_counts, protocol="https", label="5-minute export")
tm.flow(ingestion, historian, count_history)
tm.flow(ingestion, optimiser, live_features)

tm.flow(scientist, training, retrain_request, protocol="ssh")
tm.flow(historian, training, count_history, label="monthly batch")
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="deploy")

tm.flow(optimiser, model, live_features)
tm.flow(model, optimiser, forecast)
tm.flow(optimiser, utc, timing_plan, protocol="https")
tm.flow(utc, optimiser, status, protocol="https")

tm.flow(utc, console, status, timing_plan, protocol="https")
tm.flow(console, engineer, status, timing_plan, protocol="https")
tm.flow(engineer, console, override, protocol="https")
tm.flow(console, utc, override, protocol="https")
