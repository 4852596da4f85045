"""Stage rigging load monitor: the first design, before any security review.

The theatre fits load cells to every bar of the flying system and to the stage
hoists. A load monitor server in the stage machinery rack reads the cells during
shows and rehearsals and runs an in-house model that compares each bar's load with
its entry in the show plot and spots readings that look like a snag or a fouled
line. It warns the flyman's console and the stage manager's prompt desk, and can
send a stop to the hoist controller, which halts the hoist motors.
The production team enters show plots (each bar's expected load per cue) through a
plot editor on the theatre office network. Engineers of the rigging vendor dial in
over a site-to-site VPN to tune thresholds and model settings and read load history.
Controls in this design: the hoist controller keeps its own travel limits, e-stop
chain and overload trip; plot editor users sign in with their office accounts;
the VPN uses vendor certificates; load history is logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Stage rigging load monitor",
    profile=tg.RiskProfile.HIGH,
    description="Load-cell monitoring of flown bars and hoists, with warnings and hoist stops.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Load cell readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
plot = tg.Data(
    "Show plot",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Per cue and per bar: the expected load and its allowed band.",
)
load_features = tg.Data(
    "Load windows per bar", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
verdict = tg.Data(
    "Load drift and snag verdict", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
alert = tg.Data("Load warning", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
ack = tg.Data("Warning acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
stop = tg.Data(
    "Hoist stop command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
cues = tg.Data("Flying cue commands", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
drive = tg.Data("Motor drive signals", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
hoist_status = tg.Data("Hoist position and status", kind="records")
tuning = tg.Data(
    "Tuning settings",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Warning thresholds, snag sensitivity and model parameters per bar.",
)
history = tg.Data("Load history", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Rigging vendor", trust=tg.Trust.PARTNER):
    # The vendor's service engineers, who commissioned the system and tune it.
    vendor_engineer = tm.add(
        tg.Actor("Vendor rigging engineer", role="vendor service engineer", privileged=True)
    )

with tm.boundary("Theatre office network", trust=tg.Trust.INTERNAL):
    # Production manager and technical staff who write the show plots.
    production = tm.add(tg.Actor("Production team", role="production staff"))
    # Web app where each bar's load per cue is entered and revised.
    plot_editor = tm.add(
        tg.Service(
            "Plot editor",
            description="Small web app on the office server for entering show plots.",
            controls={c.Authentication(method="office Microsoft 365 accounts")},
        )
    )
    # Where the vendor's VPN terminates; the only way in from outside.
    vpn = tm.add(
        tg.Service(
            "Vendor VPN gateway",
            description="Site-to-site VPN into the stage machinery network for the vendor.",
            controls={c.Authentication(method="vendor VPN certificate")},
        )
    )

    with tm.boundary("Stage machinery network", trust=tg.Trust.RESTRICTED):
        # The sensors on each flown bar and hoist.
        load_cells = tm.add(
            tg.Device("Bar and hoist load cells", description="About 60 cells with amplifiers.")
        )
        # Reads the cells, runs the model, raises warnings, sends stops.
        monitor = tm.add(
            tg.Service(
                "Load monitor server",
                description="Rack server running the monitoring service and the model.",
            )
        )
        # Judges each bar's load against its plot band and its snag pattern.
        model = tm.add(
            tg.Model(
                "Load anomaly model",
                task=tg.Task.DETECTOR,
                high_stakes=True,
                description="In-house model trained on commissioning and rehearsal loads.",
            )
        )
        # Plots the monitor compares against.
        plot_db = tm.add(tg.DataStore("Show plot database", stores={plot}))
        # Every reading, warning and stop, for incident review and vendor tuning.
        history_store = tm.add(
            tg.DataStore(
                "Load history log",
                stores={history},
                controls={c.AuditLogging(retention_days=365)},
            )
        )
        # Existing hoist automation controller; stops the motors on command.
        hoist_controller = tm.add(
            tg.Service(
                "Hoist controller",
                controls={
                    c.SafetyLimits(
                        limits="travel limits, e-stop chain and drive overload trip in the controller"
                    )
                },
            )
        )
        # The motors of the stage hoists.
        motors = tm.add(tg.Device("Hoist motors"))
        # The flyman's desk: runs cues and shows load warnings.
        console = tm.add(tg.Device("Flyman's console", fleet=False))
        # Screen on the stage manager's prompt desk that shows warnings.
        sm_display = tm.add(tg.Device("Prompt desk display", fleet=False))

with tm.boundary("Stage", trust=tg.Trust.INTERNAL):
    # Runs the flying during shows and rehearsals.
    flyman = tm.add(tg.Actor("Flyman", role="flyman"))
    # Calls the show and decides whether to hold.
    stage_manager = tm.add(tg.Actor("Stage manager", role="stage manager"))

# ---------------------------------------------------------------- flows
# show plots
tm.flow(production, plot_editor, plot, protocol="https", label="enters show plots")
tm.flow(plot_editor, plot_db, plot, protocol="postgres")
tm.flow(plot_db, monitor, plot, protocol="postgres")

# readings and the model
tm.flow(load_cells, monitor, readings, protocol="modbus")
tm.flow(monitor, model, load_features, plot)
tm.flow(model, monitor, verdict)
tm.flow(monitor, history_store, history)

# warnings
tm.flow(monitor, console, alert, protocol="tcp")
tm.flow(console, flyman, alert, label="on the desk screen")
tm.flow(flyman, console, ack, cues, label="at the desk")
tm.flow(console, monitor, ack, protocol="tcp")
tm.flow(monitor, sm_display, alert, protocol="tcp")
tm.flow(sm_display, stage_manager, alert, label="on the prompt desk")

# hoist control
tm.flow(monitor, hoist_controller, stop, protocol="modbus")
tm.flow(console, hoist_controller, cues, protocol="modbus")
tm.flow(hoist_controller, motors, drive, protocol="profinet")
tm.flow(hoist_controller, monitor, hoist_status, protocol="modbus")
tm.flow(hoist_controller, console, hoist_status, protocol="modbus")

# vendor remote tuning
tm.flow(vendor_engineer, vpn, tuning, protocol="ipsec")
tm.flow(vpn, monitor, tuning, protocol="ssh")
tm.flow(history_store, vpn, history, protocol="ssh")
tm.flow(vpn, vendor_engineer, history, protocol="ipsec")
