"""Hydrogen refuelling station leak shutdown: the first design, before any security review.

We run hydrogen refuelling stations for bus and truck fleets. At each station the
process PLC reads pressure and flow transmitters and gas detectors; an edge computer
in the station control cabinet polls those signals over Modbus TCP and runs a leak
prediction model on them. When the model predicts a leak, the edge computer asks the
safety PLC to isolate the dispenser. The safety PLC also trips on its own hardwired
gas-detector and pressure limits, independent of the model. Our remote control
centre watches every station through a site-to-site VPN to the station router, keeps
telemetry in a historian and lets operators restart an isolated dispenser. The
station equipment vendor updates the model and the PLC programs through its remote
access service into the same router. Drivers start fuelling by presenting a fleet
card and PIN at the dispenser terminal, which is authorised by the fleet card processor.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hydrogen refuelling station leak shutdown",
    profile=tg.RiskProfile.HIGH,
    description="Edge leak prediction that isolates hydrogen dispensers through the safety PLC, "
    "with remote monitoring and vendor maintenance.",
)

# ---------------------------------------------------------------- data assets
process_signals = tg.Data(
    "Process signals",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Pressures, flows, temperatures and gas-detector readings.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
model_input = tg.Data("Leak model features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
leak_prediction = tg.Data(
    "Leak prediction",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
isolate_request = tg.Data(
    "Dispenser isolation request",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
valve_command = tg.Data("Valve commands", sensitivity=tg.Sensitivity.INTERNAL)
restart_command = tg.Data(
    "Dispenser restart command",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
telemetry = tg.Data(
    "Station telemetry and alarms", kind="logs", sensitivity=tg.Sensitivity.INTERNAL
)
model_update = tg.Data(
    "Leak model update",
    format="onnx",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
plc_program = tg.Data(
    "PLC programs",
    kind="code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
fleet_card = tg.Data(
    "Fleet card number and PIN",
    kind="credentials",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
card_authorisation = tg.Data("Card authorisation result", sensitivity=tg.Sensitivity.CONFIDENTIAL)
fuelling_enable = tg.Data("Fuelling start signal", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Forecourt", trust=tg.Trust.UNTRUSTED):
    # Bus and truck drivers who fuel at the dispenser.
    driver = tm.add(tg.Actor("Fleet driver", role="driver"))

with tm.boundary("Equipment vendor", trust=tg.Trust.PARTNER):
    # The vendor's engineer who maintains the model and the PLC programs.
    engineer = tm.add(tg.Actor("Vendor service engineer", role="service engineer", privileged=True))
    # The vendor's remote access service that reaches into our stations.
    vendor_remote = tm.add(
        tg.ExternalService(
            "Vendor remote access service",
            provides=tg.ExternalCategory.GENERIC,
            description="The vendor's hosted remote maintenance portal.",
        )
    )

with tm.boundary("Fleet card processor", trust=tg.Trust.PARTNER):
    # Authorises fleet cards and bills the fleet operator.
    card_processor = tm.add(
        tg.ExternalService("Fleet card processor", provides=tg.ExternalCategory.GENERIC)
    )

with tm.boundary("Remote control centre", trust=tg.Trust.INTERNAL):
    # Supervisory system that watches all stations and sends restarts.
    scada = tm.add(
        tg.Service(
            "Control centre SCADA",
            controls={
                c.Authentication(method="Active Directory password"),
                c.RBAC(note="operator and engineer roles"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Keeps the telemetry of every station for trending and incident review.
    historian = tm.add(tg.DataStore("Telemetry historian", stores={telemetry}))
    # Watches the stations and decides when an isolated dispenser can restart.
    operator = tm.add(tg.Actor("Control room operator", role="operator", privileged=True))

with tm.boundary("Station site network", trust=tg.Trust.INTERNAL):
    # Terminates the control centre VPN and the vendor's remote sessions.
    router = tm.add(
        tg.Service(
            "Station VPN router",
            controls={
                c.Authentication(
                    method="pre-shared key for the control centre; shared vendor account "
                    "with password"
                ),
            },
        )
    )
    # Reads the fleet card and PIN and asks for authorisation.
    card_terminal = tm.add(tg.Device("Dispenser card terminal", fleet=True))
    # The hydrogen dispenser and its isolation valves.
    dispenser = tm.add(
        tg.Device(
            "Hydrogen dispenser valve",
            fleet=True,
            description="Dispenser isolation and fill valves.",
        )
    )

    with tm.boundary("Station control network", trust=tg.Trust.RESTRICTED):
        # Field instruments wired to both PLCs.
        sensors = tm.add(
            tg.Device(
                "Pressure, flow and gas detectors",
                fleet=True,
                description="Pressure and flow transmitters and gas detectors, 4-20 mA wired.",
            )
        )
        # Runs the fuelling sequence and collects the process signals.
        process_plc = tm.add(tg.Service("Station process PLC"))
        # Holds the dispenser in a safe state; the only thing that isolates it.
        safety_plc = tm.add(
            tg.Service(
                "Safety PLC",
                controls={
                    c.SafetyLimits(
                        limits="hardwired trips on gas detector high-high and "
                        "overpressure, independent of the leak model"
                    )
                },
            )
        )
        # Polls the process PLC and runs the leak model.
        edge = tm.add(
            tg.Service(
                "Station edge computer",
                description="Industrial PC that builds features and requests isolation.",
            )
        )
        # Predicts a leak from the recent process signals.
        leak_model = tm.add(
            tg.Model(
                "Leak prediction model",
                task=tg.Task.DETECTOR,
                high_stakes=True,
                description="Built and updated by the station equipment vendor.",
                controls={c.ModelValidation(note="vendor factory acceptance tests")},
            )
        )

# ---------------------------------------------------------------- flows
# Sensing and leak prediction
tm.flow(sensors, process_plc, process_signals, label="4-20 mA wiring")
tm.flow(sensors, safety_plc, process_signals, label="4-20 mA wiring")
tm.flow(process_plc, edge, process_signals, protocol="modbus")
tm.flow(edge, leak_model, model_input)
tm.flow(leak_model, edge, leak_prediction)
tm.flow(edge, safety_plc, isolate_request, protocol="modbus")
tm.flow(safety_plc, dispenser, valve_command, label="hardwired isolation")

# Fuelling
tm.flow(driver, card_terminal, fleet_card, label="card and PIN at the keypad")
tm.flow(card_terminal, card_processor, fleet_card, protocol="https")
tm.flow(card_processor, card_terminal, card_authorisation, protocol="https")
tm.flow(card_terminal, process_plc, fuelling_enable, protocol="modbus")
tm.flow(process_plc, dispenser, valve_command, label="hardwired fill control")

# Remote monitoring and restart
tm.flow(process_plc, router, telemetry, protocol="opc-ua")
tm.flow(edge, router, telemetry, leak_prediction, protocol="opc-ua")
tm.flow(router, scada, telemetry, leak_prediction, protocol="ipsec")
tm.flow(scada, historian, telemetry)
tm.flow(scada, operator, telemetry, leak_prediction, protocol="https")
tm.flow(operator, scada, restart_command, protocol="https")
tm.flow(scada, router, restart_command, protocol="ipsec")
tm.flow(router, safety_plc, restart_command, protocol="opc-ua")

# Vendor maintenance
tm.flow(engineer, vendor_remote, model_update, plc_program, protocol="https")
tm.flow(vendor_remote, router, model_update, plc_program, protocol="ipsec")
tm.flow(router, edge, model_update, protocol="ssh")
tm.flow(edge, leak_model, model_update, label="model replaced on restart")
tm.flow(router, process_plc, plc_program, protocol="s7comm")
tm.flow(router, safety_plc, plc_program, protocol="s7comm")
