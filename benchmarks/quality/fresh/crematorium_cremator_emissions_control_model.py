"""Cremator emissions control model: the first design, before any security review.

During each cremation a model adjusts the cremator's burner firing and combustion
air to keep mercury and particulate emissions under the permit limits and use less
gas. The stack emissions monitor and the cremator's PLC send readings over Modbus
to an industrial PC in the plant room, whose model writes new setpoints back to
the PLC every few seconds. The PLC keeps its own interlocks and temperature limits
and falls back to its standard program when setpoints stop. Per-cremation emission
records go to a backed-up office records server, from which the manager files
returns on the regulator's portal. The maker's service engineers connect through
the maker's remote-support platform and a 4G VPN router in the control cabinet
to service the PC, update the model and change the PLC program.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cremator emissions control model",
    profile=tg.RiskProfile.HIGH,
    description="Model that sets cremator burner and air setpoints to meet emission limits.",
)

# ---------------------------------------------------------------- data assets
stack_readings = tg.Data(
    "Stack emission readings",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="logs",
    description="Mercury, particulate, O2 and CO concentrations from the stack analysers.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
process_readings = tg.Data(
    "Cremator process readings",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="logs",
    description="Chamber temperatures, draught, gas flow and cycle stage from the PLC.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
setpoints = tg.Data(
    "Burner and air setpoints",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
drive_signals = tg.Data("Burner and fan drive signals", sensitivity=tg.Sensitivity.INTERNAL)
operator_input = tg.Data(
    "Cycle start and manual overrides", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
panel_status = tg.Data("Cremator status and alarms", sensitivity=tg.Sensitivity.INTERNAL)
emission_records = tg.Data(
    "Per-cremation emission records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Emission averages and peaks per cremation, by cremation reference number.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
emissions_return = tg.Data(
    "Emissions return", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="documents"
)
engineer_login = tg.Data(
    "Engineer remote access credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
service_session = tg.Data(
    "Remote service session",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Remote desktop and diagnostics traffic of a servicing session.",
)
model_update = tg.Data(
    "Emissions model update", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
plc_program = tg.Data("PLC program changes", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="code")

# ---------------------------------------------------------------- elements
with tm.boundary("Cremator control network", trust=tg.Trust.RESTRICTED):
    # Continuous emissions monitor on the stack: the model's main input.
    stack_monitor = tm.add(
        tg.Device("Stack emissions monitor", fleet=False, description="Mercury and dust analysers.")
    )
    # The cremator's own PLC: runs the cycle and takes the model's setpoints.
    plc = tm.add(
        tg.Device(
            "Cremator controller",
            fleet=False,
            description="The maker's PLC with its operator panel.",
            controls={
                c.SafetyLimits(
                    limits="burner and air ranges, minimum secondary chamber temperature, "
                    "over-temperature interlocks; standard program when setpoints stop"
                )
            },
        )
    )
    # What the setpoints finally move, hardwired to the PLC.
    burners = tm.add(tg.Device("Burners and combustion air fans", fleet=False))
    # Plant-room PC that reads the instruments and runs the model.
    optimiser = tm.add(
        tg.Service(
            "Combustion optimiser on industrial PC",
            description="Polls readings, calls the model, writes setpoints, logs each cycle.",
        )
    )
    # Predicts emissions and chooses burner and air settings for the next interval.
    model = tm.add(
        tg.Model(
            "Emissions control model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Trained and supplied by the cremator maker; runs locally on the PC.",
            controls={c.ModelValidation(note="the maker tests each version on a test cremator")},
        )
    )
    # The maker's cellular router, the only way in from outside.
    router = tm.add(
        tg.Service(
            "Maker 4G VPN router",
            controls={
                c.Authentication(method="maker VPN certificate and a shared engineer password")
            },
        )
    )
    # Person running the cremations at the cremator.
    technician = tm.add(tg.Actor("Cremator technician", role="cremator operator"))

with tm.boundary("Crematorium office network", trust=tg.Trust.INTERNAL):
    # Keeps the emission records the permit requires.
    records_server = tm.add(
        tg.DataStore(
            "Emission records server",
            stores={emission_records},
            controls={c.DataVersioning(note="nightly backup"), c.RBAC()},
        )
    )
    # Responsible for the permit and for the returns to the regulator.
    manager = tm.add(tg.Actor("Crematorium manager", role="site manager"))

with tm.boundary("Environmental regulator", trust=tg.Trust.PARTNER):
    # Where periodic emissions returns are submitted.
    regulator_portal = tm.add(tg.ExternalService("Regulator reporting portal"))

with tm.boundary("Cremator maker", trust=tg.Trust.PARTNER):
    # The maker's platform that brokers remote sessions to installed cremators.
    remote_platform = tm.add(tg.ExternalService("Maker remote support platform"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The maker's engineers work from their own laptops, wherever they are.
    engineer = tm.add(tg.Actor("Maker service engineer", role="service engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(stack_monitor, optimiser, stack_readings, protocol="modbus")
tm.flow(plc, optimiser, process_readings, protocol="modbus")
tm.flow(optimiser, model, stack_readings, process_readings, protocol="local")
tm.flow(model, optimiser, setpoints, protocol="local")
tm.flow(optimiser, plc, setpoints, protocol="modbus")
tm.flow(plc, burners, drive_signals, label="hardwired 4-20 mA")

tm.flow(technician, plc, operator_input, label="on the panel")
tm.flow(plc, technician, panel_status, label="on the panel")

tm.flow(optimiser, records_server, emission_records, protocol="https")
tm.flow(records_server, manager, emission_records, protocol="https")
tm.flow(manager, regulator_portal, emissions_return, protocol="https")

tm.flow(engineer, remote_platform, engineer_login, service_session, protocol="https")
tm.flow(remote_platform, engineer, service_session, protocol="https")
tm.flow(
    remote_platform,
    router,
    engineer_login,
    service_session,
    model_update,
    plc_program,
    protocol="ipsec",
)
tm.flow(router, remote_platform, service_session, protocol="ipsec")
tm.flow(router, optimiser, service_session, model_update, protocol="rdp")
tm.flow(optimiser, router, service_session, protocol="rdp")
tm.flow(router, plc, plc_program, protocol="s7comm", label="PLC programming software")
tm.flow(plc, router, process_readings, protocol="s7comm", label="PLC diagnostics")
