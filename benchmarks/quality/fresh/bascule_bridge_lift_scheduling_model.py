"""Bascule bridge lift scheduling: the first design, before any security review.

The city runs a lifting road bridge across the harbour entrance. A lift scheduler
in the city's IT network takes vessel positions from a commercial AIS feed and the
harbour master's berth schedule, asks an in-house arrival model when each vessel
will reach the bridge, and proposes lift times that keep road disruption low.
Shipping agents ask for lifts through the harbour master's portal, which passes
the requests on to the scheduler. Each proposed lift is shown on the console in
the bridge control room; the bridge operator confirms it, and the console then
tells the bridge PLC to lower the road barriers and raise the leaves. The PLC has
hardwired interlocks (barriers down and deck clear before the leaves move). The
next lift time is published on a public website and on variable message signs on
the approach roads. The console needs a domain login and keeps an audit log;
the scheduler's database is role-restricted; links to outside parties use HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bascule bridge lift scheduling",
    profile=tg.RiskProfile.HIGH,
    description="Predicts vessel arrivals and proposes bridge lifts that an operator "
    "confirms; the bridge PLC lowers the barriers and raises the bridge.",
)

# ---------------------------------------------------------------- data assets
ais_positions = tg.Data(
    "AIS vessel positions",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Position, speed, heading and identity that ships broadcast over AIS.",
)
berth_schedule = tg.Data(
    "Berth schedule",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
lift_request = tg.Data(
    "Lift request",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Vessel, requested passage window and the agent's contact details.",
)
request_status = tg.Data(
    "Lift request status", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
arrival_features = tg.Data("Arrival features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
predicted_arrivals = tg.Data(
    "Predicted bridge arrivals", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
lift_schedule = tg.Data(
    "Proposed lift schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
lift_confirmation = tg.Data(
    "Operator lift confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
lift_command = tg.Data(
    "Lift command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Lower barriers, raise leaves, lower leaves, lift barriers.",
)
bridge_status = tg.Data(
    "Bridge status",
    kind="logs",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Leaf angle, barrier positions, interlock and fault states.",
)
drive_signals = tg.Data(
    "Drive and barrier signals", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
next_lift = tg.Data("Next lift time", kind="records", sensitivity=tg.Sensitivity.PUBLIC)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Agents of the shipping lines, who book passages for their vessels.
    shipping_agent = tm.add(tg.Actor("Shipping agent", role="shipping line agent"))
    # Drivers, cyclists and residents checking when the bridge will be up.
    road_user = tm.add(tg.Actor("Road user", role="member of the public"))

with tm.boundary("AIS data provider", trust=tg.Trust.PARTNER):
    # Commercial feed of AIS messages from shore receivers around the harbour.
    ais_feed = tm.add(
        tg.DataSource(
            "AIS position feed",
            origin=tg.Origin.VENDOR,
            provides={ais_positions},
            description="Streaming API of decoded AIS messages for the harbour area.",
        )
    )

with tm.boundary("Harbour authority", trust=tg.Trust.PARTNER):
    # The harbour master's portal where shipping agents request bridge lifts.
    harbour_portal = tm.add(
        tg.Service(
            "Harbour master portal",
            description="Run by the harbour authority; forwards lift requests to the city.",
            controls={c.Authentication(method="username and password")},
        )
    )
    # The harbour master's berth planning, which says which ships are due in or out.
    berth_system = tm.add(
        tg.DataSource(
            "Berth schedule export",
            origin=tg.Origin.PARTNER,
            provides={berth_schedule},
            description="Berth allocations and planned departures, pulled every 15 minutes.",
        )
    )

with tm.boundary("City IT network", trust=tg.Trust.INTERNAL):
    # Joins positions, berths and requests, and proposes lift times.
    scheduler = tm.add(
        tg.Service(
            "Lift scheduler",
            description="Optimises lift times against predicted arrivals and road traffic peaks.",
            controls={c.Authentication(method="API key issued to the harbour authority")},
        )
    )
    # Predicts when each inbound or outbound vessel reaches the bridge line.
    arrival_model = tm.add(
        tg.Model(
            "Vessel arrival model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted model trained on two years of AIS tracks and lift logs.",
        )
    )
    # Holds proposed, confirmed and completed lifts.
    schedule_db = tm.add(
        tg.DataStore(
            "Lift schedule database", stores={lift_schedule, lift_request}, controls={c.RBAC()}
        )
    )
    # Public page with the next lift time.
    website = tm.add(tg.Endpoint("Bridge lift website", purpose=tg.EndpointPurpose.API))

with tm.boundary("Traffic management network", trust=tg.Trust.INTERNAL):
    # Variable message signs on both approach roads.
    road_signs = tm.add(tg.Device("Approach road message signs", fleet=True))

with tm.boundary("Bridge control network", trust=tg.Trust.RESTRICTED):
    # The operator on duty in the bridge control room.
    operator = tm.add(tg.Actor("Bridge operator", role="bridge operator", privileged=True))
    # Control-room workstation application where lifts are confirmed and started.
    console = tm.add(
        tg.Service(
            "Control room console",
            description="Shows proposed lifts with CCTV of the deck; starts the lift sequence.",
            controls={
                c.Authentication(method="Windows domain login"),
                c.HumanInTheLoop(approver="bridge operator on duty"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Runs the lift sequence: barriers, locks, hydraulic drives.
    plc = tm.add(
        tg.Service(
            "Bridge PLC",
            controls={
                c.SafetyLimits(
                    limits="hardwired interlocks: barriers down and deck clear before the leaves rise"
                )
            },
        )
    )
    # The road barriers and the hydraulic drives that raise the bascule leaves.
    drives = tm.add(tg.Device("Bascule drives and road barriers", fleet=False))

# ---------------------------------------------------------------- flows
tm.flow(ais_feed, scheduler, ais_positions, protocol="https")
tm.flow(berth_system, scheduler, berth_schedule, protocol="https")

tm.flow(shipping_agent, harbour_portal, lift_request, protocol="https")
tm.flow(harbour_portal, shipping_agent, request_status, protocol="https")
tm.flow(harbour_portal, scheduler, lift_request, protocol="https")
tm.flow(scheduler, harbour_portal, request_status, protocol="https")

tm.flow(scheduler, arrival_model, arrival_features)
tm.flow(arrival_model, scheduler, predicted_arrivals)
tm.flow(scheduler, schedule_db, lift_schedule, lift_request)
tm.flow(schedule_db, scheduler, lift_schedule, lift_request)

tm.flow(scheduler, console, lift_schedule, protocol="https")
tm.flow(console, scheduler, lift_confirmation, protocol="https")
tm.flow(console, operator, lift_schedule, bridge_status, label="on the control room screen")
tm.flow(operator, console, lift_confirmation, label="confirms at the console")
tm.flow(console, plc, lift_command, protocol="modbus")
tm.flow(plc, console, bridge_status, protocol="modbus")
tm.flow(plc, drives, drive_signals, label="hardwired I/O")
tm.flow(drives, plc, drive_signals, label="limit switches and sensors")

tm.flow(scheduler, website, next_lift, protocol="https")
tm.flow(website, road_user, next_lift, protocol="https")
tm.flow(scheduler, road_signs, next_lift, protocol="snmp")
tm.flow(road_signs, road_user, next_lift, label="shown on the roadside sign")
