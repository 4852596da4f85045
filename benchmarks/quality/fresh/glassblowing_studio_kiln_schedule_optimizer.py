"""Glassblowing studio kiln schedule optimiser: the first design, before any security review.

The studio keeps a gas glory-hole furnace and several annealing kilns hot for its
classes and open-access sessions, and gas is now its largest cost. A weekly
optimiser on the studio's office server reads kiln thermocouple and gas-meter
history from a small historian, pulls the class timetable from the online booking
platform, and asks an in-house gas-use model what each candidate plan would burn.
It drafts a weekly firing plan (idle set-backs, ramp times, anneal cycles) that the
studio manager reviews and approves on a web console on the studio LAN; a dispatcher
then writes the approved firing schedules to the kiln controllers over Modbus on the
same flat studio network. The kiln vendor's cloud gateway box sits on that network and
gives the vendor's service technicians remote diagnostics of the controllers.
Controls in this design: manager approval before dispatch, the controllers' own
high-limit over-temperature cut-outs, password login on the console, and TLS on the
links to the booking platform and the vendor cloud.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Glassblowing studio kiln schedule optimiser",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Weekly optimisation of furnace and annealing-kiln firing schedules to cut gas use, "
        "approved by the studio manager and written to the kiln controllers."
    ),
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Thermocouple readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Furnace and kiln chamber temperatures, sampled every 30 seconds.",
)
gas_reads = tg.Data("Gas meter readings", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
timetable = tg.Data(
    "Class timetable",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Class and open-access session times, bench counts and instructor names.",
)
plan_features = tg.Data("Candidate plan features", kind="features")
gas_forecast = tg.Data("Gas use forecast", kind="model-output")
draft_plan = tg.Data(
    "Draft weekly firing plan",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
approval = tg.Data("Plan approval", kind="records")
firing_schedule = tg.Data(
    "Firing schedules",
    kind="records",
    description="Per-controller setpoint programmes: idle set-back, ramp rates, anneal and soak.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
controller_status = tg.Data("Controller status", kind="logs")
diagnostics = tg.Data(
    "Controller diagnostics",
    kind="logs",
    description="Fault codes, burner cycles, element resistance and parameter dumps.",
)
vendor_commands = tg.Data(
    "Remote diagnostic commands",
    kind="records",
    description="Parameter reads and writes, fault resets and test firings issued by the vendor.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Booking platform", trust=tg.Trust.PARTNER):
    # The SaaS booking system where students book classes; source of the timetable.
    booking = tm.add(
        tg.ExternalService(
            "Class booking platform",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Hosted class-booking SaaS; read through its REST API with an API key.",
        )
    )

with tm.boundary("Kiln vendor cloud", trust=tg.Trust.PARTNER):
    # The kiln maker's remote diagnostics service, reached through its gateway box.
    vendor_cloud = tm.add(
        tg.ExternalService(
            "Kiln vendor diagnostics cloud",
            description="Vendor-run portal that collects controller diagnostics and relays commands.",
        )
    )
    # The vendor's service technicians, who diagnose faults and adjust controller parameters.
    technician = tm.add(
        tg.Actor("Vendor service technician", role="service technician", privileged=True)
    )

with tm.boundary("Studio network", trust=tg.Trust.INTERNAL):
    # Approves the weekly plan before anything is sent to the kilns.
    manager = tm.add(tg.Actor("Studio manager", role="manager"))

    # Keeps temperature and gas history for the optimiser and the gas-use model.
    historian = tm.add(
        tg.DataStore(
            "Kiln historian",
            stores={readings, gas_reads},
            description="Time-series database on the office server.",
        )
    )
    # Predicts gas burned by a candidate plan; fitted by the consultant who built the optimiser.
    gas_model = tm.add(
        tg.Model(
            "Gas-use model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted regressor refitted quarterly from historian data.",
        )
    )
    # Searches firing plans that cover every booked session at the least predicted gas use.
    optimiser = tm.add(
        tg.Service(
            "Weekly schedule optimiser",
            description="Mixed-integer solver run every Friday for the following week.",
        )
    )
    # Holds draft and approved plans, the record of what was sent to the kilns.
    plan_store = tm.add(tg.DataStore("Firing plan store", stores={draft_plan, approval}))
    # Web page where the manager reviews, edits and approves the draft plan.
    console = tm.add(
        tg.Endpoint(
            "Planning console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="username and password")},
        )
    )
    # Converts the approved plan into controller programmes and writes them out.
    dispatcher = tm.add(
        tg.Service(
            "Schedule dispatcher",
            description="Writes only plans marked approved; reads back controller status.",
            controls={c.HumanInTheLoop(approver="studio manager", note="weekly plan approval")},
        )
    )

    with tm.boundary("Kiln floor", trust=tg.Trust.INTERNAL):
        # Type-K thermocouples in the furnace and kilns, read through a Modbus input module.
        thermocouples = tm.add(tg.Device("Kiln thermocouples", fleet=True))
        # Pulse-output gas meter on the furnace supply.
        gas_meter = tm.add(tg.Device("Gas meter", fleet=False))
        # Fires the glory-hole furnace burner to the programmed setpoints.
        furnace = tm.add(
            tg.Device(
                "Furnace controller",
                fleet=False,
                controls={
                    c.SafetyLimits(
                        limits="independent high-limit relay cuts the gas valve above 1,200 C; "
                        "flame-failure device on the burner"
                    )
                },
            )
        )
        # Runs the annealing kilns' ramp, soak and cool programmes.
        annealers = tm.add(
            tg.Device(
                "Annealing kiln controllers",
                fleet=True,
                controls={c.SafetyLimits(limits="firmware maximum temperature per kiln model")},
            )
        )
        # Vendor-supplied box that keeps an outbound connection to the vendor cloud.
        gateway = tm.add(tg.Device("Vendor cloud gateway", fleet=False))

# ---------------------------------------------------------------- flows
tm.flow(thermocouples, historian, readings, protocol="modbus")
tm.flow(gas_meter, historian, gas_reads, protocol="modbus")

tm.flow(
    booking,
    optimiser,
    timetable,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(historian, optimiser, readings, gas_reads, label="history query")
tm.flow(optimiser, gas_model, plan_features)
tm.flow(gas_model, optimiser, gas_forecast)
tm.flow(optimiser, plan_store, draft_plan)

tm.flow(plan_store, console, draft_plan)
tm.flow(console, manager, draft_plan, protocol="http")
tm.flow(manager, console, approval, draft_plan, protocol="http", label="edits and approves")
tm.flow(console, plan_store, approval, draft_plan)

tm.flow(plan_store, dispatcher, draft_plan, approval, label="approved plan")
tm.flow(dispatcher, furnace, firing_schedule, protocol="modbus")
tm.flow(dispatcher, annealers, firing_schedule, protocol="modbus")
tm.flow(furnace, dispatcher, controller_status, protocol="modbus")
tm.flow(annealers, dispatcher, controller_status, protocol="modbus")

tm.flow(furnace, gateway, diagnostics, protocol="modbus")
tm.flow(annealers, gateway, diagnostics, protocol="modbus")
tm.flow(gateway, vendor_cloud, diagnostics, protocol="https")
tm.flow(vendor_cloud, gateway, vendor_commands, protocol="https")
tm.flow(gateway, furnace, vendor_commands, protocol="modbus")
tm.flow(gateway, annealers, vendor_commands, protocol="modbus")
tm.flow(technician, vendor_cloud, vendor_commands, protocol="https")
tm.flow(vendor_cloud, technician, diagnostics, protocol="https")
