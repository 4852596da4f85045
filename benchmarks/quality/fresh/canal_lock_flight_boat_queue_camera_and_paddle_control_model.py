"""Canal lock flight: boat-queue cameras and model-proposed lock cycles (first design).

The canal trust runs a flight of eight locks. Cameras at the top and bottom of the
flight watch the lock landings; an object-detection model on the site edge server
counts the boats waiting at each end. A lock cycle planner reads those counts and
the pound water levels that the lock PLC reports, and asks an in-house sequencing
model for the order in which to work the locks and the target levels for each pound.
Every proposed cycle is sent to the duty lock keeper's trust-issued handheld; only
after the keeper approves it does the planner send paddle commands to the PLC that
drives the paddle actuators. The PLC has hard-wired interlocks on paddles and gates.
Boaters see expected waits at each end on a public web page hosted in the trust's
cloud tenancy. Camera footage is kept on the site recorder for 14 days; every
proposal, approval and command goes to an operations log. A control engineer at
head office updates the sequencing model and planner settings over the site VPN.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Canal lock flight queue and paddle control",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Cameras count waiting boats, a model proposes lock cycles and water levels, "
        "lock keepers approve each cycle before the paddles move; waits are published."
    ),
)

# ---------------------------------------------------------------- data assets
footage = tg.Data(
    "Lock landing camera footage",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Video of boats and the people on them at the top and bottom landings.",
)
boat_counts = tg.Data("Boat queue counts", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
pound_levels = tg.Data(
    "Pound level readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
plan_request = tg.Data("Sequencing features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
proposed_cycle = tg.Data(
    "Proposed lock cycle",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Order of locks to work and target water level for each pound.",
)
approval = tg.Data(
    "Keeper cycle approval",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
paddle_commands = tg.Data(
    "Paddle commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
paddle_status = tg.Data(
    "Paddle and gate positions", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
wait_estimates = tg.Data("Expected waits", kind="model-output", sensitivity=tg.Sensitivity.PUBLIC)
ops_log = tg.Data(
    "Operations log entries",
    kind="logs",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Counts, proposals, keeper approvals and commands, with keeper ids.",
)
seq_model_file = tg.Data(
    "Sequencing model file", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
planner_settings = tg.Data(
    "Planner settings", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Boaters on the towpath or at home checking how long the flight will take.
    boater = tm.add(tg.Actor("Boater", role="canal user"))

with tm.boundary("Trust cloud tenancy", trust=tg.Trust.INTERNAL):
    # The public page showing expected waits at the top and bottom of the flight.
    wait_page = tm.add(
        tg.Service(
            "Expected waits web page",
            internet_facing=True,
            description="Static-ish page refreshed from the planner's wait estimates.",
        )
    )

with tm.boundary("Keeper handhelds", trust=tg.Trust.INTERNAL):
    # The duty lock keeper on the flight, who approves or rejects each cycle.
    keeper = tm.add(tg.Actor("Lock keeper", role="lock keeper"))
    # Trust-issued handheld on the public 4G network, running the approval app.
    handheld = tm.add(
        tg.Device(
            "Keeper handheld",
            fleet=True,
            controls={
                tg.controls.Authentication(
                    method="each keeper's own account and PIN on a trust-managed handheld"
                )
            },
        )
    )

with tm.boundary("Lock flight site network", trust=tg.Trust.INTERNAL):
    # Fixed cameras at the top and bottom lock landings.
    cameras = tm.add(tg.Device("Lock landing cameras", fleet=True))
    # Network video recorder in the site cabinet, kept for incident review.
    footage_store = tm.add(
        tg.DataStore(
            "Camera footage recorder",
            stores={footage},
            controls={tg.controls.RetentionLimits(days=14)},
        )
    )
    # Open-weights boat detector, fine-tuned on our landing footage, counts waiting boats.
    counter_model = tm.add(
        tg.Model(
            "Boat counting model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
        )
    )
    # Gathers counts and levels, asks the sequencing model, routes proposals for approval.
    planner = tm.add(
        tg.Service(
            "Lock cycle planner",
            controls={
                tg.controls.HumanInTheLoop(approver="duty lock keeper on the handheld"),
            },
        )
    )
    # In-house model proposing lock order and pound target levels.
    seq_model = tm.add(
        tg.Model(
            "Lock sequencing model",
            task=tg.Task.RANKER,
            high_stakes=True,
            description="Proposes lock working order and target water levels per pound.",
        )
    )
    # Record of what was proposed, approved and commanded, for incident review.
    log_store = tm.add(
        tg.DataStore(
            "Operations log",
            stores={ops_log},
            controls={tg.controls.AuditLogging(retention_days=365)},
        )
    )

    with tm.boundary("Lock control network", trust=tg.Trust.RESTRICTED):
        # PLC driving the paddle actuators on all eight locks, with hard-wired interlocks.
        plc = tm.add(
            tg.Service(
                "Paddle actuator controller",
                controls={
                    tg.controls.SafetyLimits(
                        limits=(
                            "PLC interlocks stop top and bottom paddles of a chamber "
                            "opening together and gates opening before levels match"
                        )
                    )
                },
            )
        )
        # Level sensors in each pound and chamber, wired to the PLC.
        level_sensors = tm.add(tg.Device("Pound level sensors", fleet=True))

with tm.boundary("Trust head office network", trust=tg.Trust.INTERNAL):
    # Maintains the sequencing model and planner settings.
    engineer = tm.add(tg.Actor("Control engineer", role="control engineer", privileged=True))

# ---------------------------------------------------------------- flows
# Boat counting
tm.flow(cameras, counter_model, footage, protocol="rtsp")
tm.flow(cameras, footage_store, footage, protocol="rtsp")
tm.flow(counter_model, planner, boat_counts)

# Water levels and paddle state
tm.flow(level_sensors, plc, pound_levels, label="4-20 mA signal")
tm.flow(plc, planner, pound_levels, paddle_status, protocol="modbus")

# Proposing a cycle
tm.flow(planner, seq_model, plan_request)
tm.flow(seq_model, planner, proposed_cycle)

# Keeper approval
tm.flow(planner, handheld, proposed_cycle, protocol="https", label="over public 4G")
tm.flow(handheld, keeper, proposed_cycle, label="on the handheld screen")
tm.flow(keeper, handheld, approval, label="taps approve or reject")
tm.flow(handheld, planner, approval, protocol="https", label="over public 4G")

# Moving the paddles
tm.flow(planner, plc, paddle_commands, protocol="modbus")
tm.flow(planner, log_store, ops_log)

# Public waits
tm.flow(planner, wait_page, wait_estimates, protocol="https")
tm.flow(boater, wait_page, protocol="https", label="page request")
tm.flow(wait_page, boater, wait_estimates, protocol="https")

# Maintenance
tm.flow(engineer, seq_model, seq_model_file, protocol="ssh", label="over site VPN")
tm.flow(engineer, planner, planner_settings, protocol="ssh", label="over site VPN")
