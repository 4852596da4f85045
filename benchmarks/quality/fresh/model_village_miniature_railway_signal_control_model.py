"""Model village garden railway: train scheduling and signal control, first design.

A scheduler on a small control server in the signal box consults an in-house
scheduling model that decides which train runs next, and sends route settings
(points, signals, section power) to a signal and points controller in a locked
cabinet, which drives the trackside point motors and signal heads; occupancy
detectors report where trains are. Visitors call a train with a platform button
wired to the controller. Staff run the railway from a tablet on the staff Wi-Fi
(start, stop, manual routes, timetable edits), signed in with a shared password.
The software supplier retrains the model each season from uploaded operations
logs and ships new model files. The controller's route interlocking refuses
conflicting routes whatever the scheduler asks.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Model village railway signal control",
    profile=tg.RiskProfile.LOW,
    description=(
        "Scheduling model and signal/points controller for a garden railway, "
        "with visitor call buttons and a staff tablet."
    ),
)

# ---------------------------------------------------------------- data assets
train_call = tg.Data(
    "Train call request",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Which station's button was pressed, and when.",
)
occupancy = tg.Data(
    "Track occupancy readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
route_settings = tg.Data(
    "Route and signal settings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Point positions, signal aspects and section power the scheduler requests.",
)
drive_outputs = tg.Data(
    "Point and signal drive outputs",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
schedule_inputs = tg.Data(
    "Scheduling features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Train positions, pending calls, time of day and timetable slot.",
)
schedule = tg.Data(
    "Train running schedule", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
timetable = tg.Data(
    "Timetable and route table",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
staff_commands = tg.Data(
    "Staff operating commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Start and stop services, stop all trains, set a route by hand.",
)
railway_status = tg.Data("Railway status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
ops_log = tg.Data(
    "Operations log",
    kind="logs",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Train movements, calls, route settings and staff commands.",
)
model_file = tg.Data(
    "Scheduling model file",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="onnx",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Visitor garden", trust=tg.Trust.UNTRUSTED):
    # Any member of the public walking round the village.
    visitor = tm.add(tg.Actor("Visitor", role="visitor"))
    # Push buttons on each station platform, within reach of visitors.
    call_button = tm.add(
        tg.Device(
            "Station call button",
            fleet=True,
            description="One illuminated push button per station, wired to the controller.",
        )
    )

with tm.boundary(
    "Layout trackside",
    trust=tg.Trust.INTERNAL,
    description="Behind the low fence around the layout; cabled back to the signal box.",
):
    # Moves the points and lights the signals on the layout.
    trackside = tm.add(
        tg.Device(
            "Point motors and signal heads",
            fleet=True,
            description="Solenoid point motors, LED signal heads and section power relays.",
        )
    )
    # Tells the controller which track sections are occupied.
    detectors = tm.add(
        tg.Device(
            "Track occupancy detectors",
            fleet=True,
            description="Current-sensing block detectors and reed switches.",
        )
    )

with tm.boundary("Staff Wi-Fi", trust=tg.Trust.INTERNAL, description="WPA2 staff network."):
    # Ride staff who operate the railway during opening hours.
    staff = tm.add(tg.Actor("Railway operator", role="staff"))
    # The tablet staff carry round the layout to run it.
    tablet = tm.add(tg.Device("Staff tablet", fleet=False))

with tm.boundary(
    "Signal box", trust=tg.Trust.INTERNAL, description="Control server in the signal box."
):
    # The web app the tablet talks to.
    ops_app = tm.add(
        tg.Endpoint(
            "Railway operations web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="shared staff password"),
                c.AuditLogging(note="staff commands written to the operations log"),
            },
        )
    )
    # Turns the model's schedule and staff commands into route requests.
    scheduler = tm.add(
        tg.Service(
            "Train scheduler",
            description="Plans train runs with the scheduling model and requests routes.",
            controls={
                c.RateLimiting(
                    note="one pending call per station; repeat presses ignored until the train has called"
                ),
            },
        )
    )
    # Decides which train runs next, where it stops and for how long.
    sched_model = tm.add(
        tg.Model(
            "Train scheduling model",
            task=tg.Task.RANKER,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Ranks candidate train movements from positions, calls and the timetable.",
        )
    )
    # Timetable and the table of legal routes the scheduler picks from.
    timetable_store = tm.add(tg.DataStore("Timetable and route configuration", stores={timetable}))
    # Record of what ran, used for retraining and fault finding.
    log_store = tm.add(tg.DataStore("Operations log store", stores={ops_log}))

    with tm.boundary("Control cabinet", trust=tg.Trust.RESTRICTED, description="Locked cabinet."):
        # Sets points, signals and section power; holds the route interlocking.
        controller = tm.add(
            tg.Service(
                "Signal and points controller",
                controls={
                    c.SafetyLimits(
                        limits=(
                            "route interlocking: conflicting routes locked out, a signal clears "
                            "only with its points set and the block ahead clear; all signals "
                            "to danger and section power off if the scheduler goes silent"
                        )
                    ),
                },
            )
        )

with tm.boundary("Control software supplier", trust=tg.Trust.PARTNER):
    # Supplies the control software and retrains the scheduling model each season.
    supplier = tm.add(tg.ExternalService("Control software supplier", provides="generic"))

# ---------------------------------------------------------------- flows
# Visitors calling a train
tm.flow(visitor, call_button, train_call, label="button press on the platform")
tm.flow(call_button, controller, train_call, label="wired input")

# Field equipment
tm.flow(detectors, controller, occupancy, label="wired input")
tm.flow(controller, trackside, drive_outputs, label="wired outputs")

# Controller and scheduler on the signal box LAN
tm.flow(controller, scheduler, occupancy, train_call, protocol="modbus")
tm.flow(scheduler, controller, route_settings, protocol="modbus")
tm.flow(
    controller, scheduler, railway_status, protocol="modbus", label="route set and signal state"
)

# Scheduling model
tm.flow(timetable_store, scheduler, timetable, protocol="local")
tm.flow(scheduler, sched_model, schedule_inputs, protocol="local")
tm.flow(sched_model, scheduler, schedule, protocol="local")
tm.flow(scheduler, log_store, ops_log, protocol="local")

# Staff operation from the tablet
tm.flow(staff, tablet, staff_commands, label="touchscreen")
tm.flow(tablet, staff, railway_status, label="touchscreen")
tm.flow(tablet, ops_app, staff_commands, timetable, protocol="https")
tm.flow(ops_app, tablet, railway_status, timetable, protocol="https")
tm.flow(ops_app, scheduler, staff_commands, protocol="local")
tm.flow(scheduler, ops_app, railway_status, protocol="local")
tm.flow(ops_app, timetable_store, timetable, protocol="local", label="timetable edits")
tm.flow(timetable_store, ops_app, timetable, protocol="local")
tm.flow(ops_app, log_store, ops_log, protocol="local")

# Seasonal retraining by the supplier
tm.flow(log_store, supplier, ops_log, protocol="https", label="end-of-season log upload")
tm.flow(supplier, sched_model, model_file, protocol="https", label="model update download")
