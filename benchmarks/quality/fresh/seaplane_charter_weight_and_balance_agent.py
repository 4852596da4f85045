"""Seaplane charter weight and balance agent: the first design, before any review.

A floatplane charter operator in Southeast Alaska flies Beavers and Otters from
its dock. At check-in the dock staff weigh each passenger and their baggage on a
platform scale that pairs with the check-in tablet, or type in a stated weight,
against the manifest pulled from the booking system. When a flight closes, an LLM
agent in the operator's cloud gathers the check-in records and the pilot's fuel
figure, calls a calculator tool that computes weight and balance from the
aircraft's data, writes up the loadsheet and sends it to the pilot's tablet.
The pilot in command accepts or rejects the loadsheet on the tablet before
departure, and accepted loadsheets are kept in an archive for the regulator.
Controls in this design: a shared staff PIN on the check-in app, per-tablet API
keys, range checks on entered weights, limit checks in the calculator, pilot
acceptance, role-based edits of aircraft data and encrypted storage.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Seaplane charter weight and balance agent",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Collects passenger and baggage weights at check-in, computes weight and "
        "balance per flight and sends the loadsheet to the pilot's tablet."
    ),
)

# ---------------------------------------------------------------- data assets
stated_weight = tg.Data("Passenger stated weight", kind="records", sensitivity=tg.Sensitivity.PII)
scale_readings = tg.Data(
    "Scale weight readings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Body weight of each passenger and weight of each bag.",
)
checkin_record = tg.Data(
    "Check-in record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Passenger names, weights, bag count and weights, per flight.",
)
manifest = tg.Data(
    "Booked flight manifest",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Passenger names, contact details, flight, route and destination lodge.",
)
fuel_entry = tg.Data(
    "Fuel and crew figures",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
agent_prompt = tg.Data("Loadsheet agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
llm_reply = tg.Data("LLM reply and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII)
calc_request = tg.Data(
    "Weight and balance calculation request", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
calc_result = tg.Data(
    "Weight and balance result",
    kind="tool-result",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Take-off weight, centre of gravity and whether both are within limits.",
)
aircraft_data = tg.Data(
    "Aircraft weight and balance data",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Empty weight, arms per seat and compartment, CG envelope, max weights.",
)
loadsheet = tg.Data(
    "Loadsheet",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Seat plan with weights, baggage, fuel, take-off weight and CG.",
)
sign_off = tg.Data("Pilot loadsheet sign-off", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Public", trust=tg.Trust.UNTRUSTED):
    # Charter passengers checking in at the dock.
    passenger = tm.add(tg.Actor("Passenger", role="charter passenger"))

with tm.boundary("Dock office", trust=tg.Trust.INTERNAL):
    # Ground staff who weigh people and bags and check them in.
    staff = tm.add(tg.Actor("Check-in staff", role="dock agent"))
    # Platform scale at the counter; pairs with the tablet over Bluetooth.
    scale = tm.add(tg.Device("Dock platform scale", fleet=False))
    # Shared counter tablet running the check-in app.
    checkin_tablet = tm.add(
        tg.Device(
            "Check-in tablet",
            controls={c.Authentication(method="shared staff PIN on the check-in app")},
        )
    )
    # Keeps each aircraft's weighing data current after maintenance.
    ops_manager = tm.add(
        tg.Actor("Operations manager", role="director of operations", privileged=True)
    )

with tm.boundary("Operations cloud", trust=tg.Trust.INTERNAL):
    # Backend both tablets talk to: check-ins, manifests, fuel figures, sign-offs.
    ops_api = tm.add(
        tg.Endpoint(
            "Operations API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="per-tablet API key"),
                c.InputValidation(note="weights must be whole pounds between 1 and 400"),
            },
        )
    )
    # Builds the loadsheet for a flight once check-in closes.
    agent = tm.add(
        tg.Agent(
            "Loadsheet agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="pilot in command, who accepts or rejects the loadsheet "
                    "on the tablet before departure"
                )
            },
        )
    )
    # Deterministic weight and balance arithmetic, so the LLM does not do the sums.
    calculator = tm.add(
        tg.Tool(
            "Weight and balance calculator",
            capabilities={"read"},
            controls={
                c.PolicyEnforcement(
                    rules="marks any load over max take-off weight or outside the "
                    "aircraft's CG envelope as out of limits"
                )
            },
        )
    )
    # Pushes the finished loadsheet to the assigned pilot's tablet.
    dispatch_tool = tm.add(tg.Tool("Loadsheet dispatch tool", capabilities={"send-messages"}))
    # Per tail number weighing data, the basis of every calculation.
    aircraft_db = tm.add(
        tg.DataStore(
            "Aircraft data store",
            stores={aircraft_data},
            controls={
                c.RBAC(note="only the operations manager may edit"),
                c.EncryptionAtRest(key_management="cloud provider KMS"),
            },
        )
    )
    # Loadsheets and sign-offs kept for the regulator's record-keeping requirement.
    archive = tm.add(
        tg.DataStore(
            "Loadsheet archive",
            stores={loadsheet, sign_off},
            controls={
                c.EncryptionAtRest(key_management="cloud provider KMS"),
                c.RetentionLimits(days=90),
            },
        )
    )

with tm.boundary("Flight line", trust=tg.Trust.INTERNAL):
    # The pilot in command of the flight.
    pilot = tm.add(tg.Actor("Pilot", role="pilot in command"))
    # Company tablet in the cockpit, on cellular or the dock Wi-Fi.
    pilot_tablet = tm.add(
        tg.Device(
            "Pilot EFB tablet",
            controls={c.Authentication(method="each pilot's own password on the EFB app")},
        )
    )

with tm.boundary("Reservation vendor", trust=tg.Trust.PARTNER):
    # The booking SaaS where customers and lodges book flights.
    booking = tm.add(
        tg.ExternalService("Booking system", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

# ---------------------------------------------------------------- flows
# check-in at the dock
tm.flow(passenger, checkin_tablet, stated_weight, label="stated in person at the counter")
tm.flow(passenger, scale, scale_readings, label="weighed in person with baggage")
tm.flow(scale, checkin_tablet, scale_readings, protocol="bluetooth")
tm.flow(staff, checkin_tablet, checkin_record, label="entered on the touchscreen")
tm.flow(checkin_tablet, staff, manifest, label="shown on the touchscreen")
tm.flow(checkin_tablet, ops_api, checkin_record, protocol="https")
tm.flow(ops_api, checkin_tablet, manifest, protocol="https")
tm.flow(booking, ops_api, manifest, protocol="https", label="manifest pull")

# building the loadsheet
tm.flow(ops_api, agent, checkin_record, manifest, fuel_entry, label="flight closed")
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, llm_reply, protocol="https")
tm.flow(agent, calculator, calc_request)
tm.flow(aircraft_db, calculator, aircraft_data)
tm.flow(calculator, agent, calc_result)
tm.flow(agent, dispatch_tool, loadsheet)
tm.flow(dispatch_tool, pilot_tablet, loadsheet, protocol="https")
tm.flow(dispatch_tool, archive, loadsheet)

# the pilot's side
tm.flow(pilot_tablet, pilot, loadsheet, label="shown on the touchscreen")
tm.flow(pilot, pilot_tablet, fuel_entry, sign_off, label="entered on the touchscreen")
tm.flow(pilot_tablet, ops_api, fuel_entry, sign_off, protocol="https")
tm.flow(ops_api, archive, sign_off)

# aircraft data upkeep
tm.flow(ops_manager, aircraft_db, aircraft_data, protocol="https", label="after each weighing")
