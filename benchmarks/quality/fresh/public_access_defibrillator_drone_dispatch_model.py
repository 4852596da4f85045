"""Defibrillator drone dispatch for suspected cardiac arrest, first design.

A regional ambulance service in the EU adds drone-delivered defibrillators to its
emergency call handling. When the triage protocol in the computer-aided dispatch
(CAD) system flags a suspected cardiac arrest, CAD sends the caller's location to
a drone dispatch service, whose model ranks drone hubs by flight time and checks
the aviation weather feed against the drone's wind and visibility limits. If a
hub qualifies, the service orders a mission from the drone operator's cloud,
which flies the drone and files the flight with the aviation authority's traffic
management system. The call handler coaches the bystander through CPR and the
drone's arrival using the live ETA. Call handlers sign in to CAD with smart card
and PIN; the operator link is mutual TLS; every dispatch decision is logged; the
drone's geofence and return-to-home failsafe are the operator's.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Public access defibrillator drone dispatch",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Automatic AED drone dispatch on suspected cardiac arrest calls, "
    "through a drone operator's fleet cloud and the aviation authority's UTM.",
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data(
    "Emergency call audio",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The bystander's voice, describing the patient's condition.",
)
caller_location = tg.Data(
    "Caller handset location",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Advanced Mobile Location fix and number delivered with the call.",
)
incident = tg.Data(
    "Incident and triage record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Caller number, address, patient symptoms and triage outcome.",
)
dispatch_request = tg.Data(
    "Drone dispatch request",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Incident id, suspected cardiac arrest flag and delivery coordinates.",
)
hub_status = tg.Data(
    "Drone hub availability",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per hub: drones ready, battery state, AED fitted.",
)
weather = tg.Data(
    "Aviation weather forecast",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
features = tg.Data(
    "Hub and weather features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Distance, estimated flight time, wind, gusts, visibility per hub.",
)
hub_choice = tg.Data(
    "Hub selection and weather go/no-go",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
mission = tg.Data(
    "Drone mission order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Hub, delivery coordinates and incident reference.",
)
flight_commands = tg.Data(
    "Flight commands", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
telemetry = tg.Data("Drone telemetry", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
mission_status = tg.Data(
    "Mission status and ETA", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
flight_plan = tg.Data("Flight plan filing", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
flight_auth = tg.Data("Flight authorisation", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
instructions = tg.Data(
    "Bystander CPR and drone instructions", kind="media", sensitivity=tg.Sensitivity.INTERNAL
)
dispatch_log = tg.Data("Dispatch decision log", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # The bystander who dialled the emergency number.
    caller = tm.add(tg.Actor("Bystander caller", role="caller"))

with tm.boundary("Weather service", trust=tg.Trust.PARTNER):
    # National met office aviation forecasts and observations.
    weather_feed = tm.add(
        tg.DataSource("Aviation weather feed", origin=tg.Origin.VENDOR, provides={weather})
    )

with tm.boundary("Drone operator", trust=tg.Trust.PARTNER):
    # The contracted operator's fleet management cloud: plans and flies missions.
    operator_cloud = tm.add(
        tg.ExternalService("Drone operator fleet cloud", provides=tg.ExternalCategory.GENERIC)
    )
    # The drones themselves, each carrying an AED.
    drone = tm.add(
        tg.Device(
            "Defibrillator drone",
            fleet=True,
            controls={
                c.SafetyLimits(limits="operator geofence, return-to-home on link loss"),
            },
        )
    )

with tm.boundary("Aviation authority", trust=tg.Trust.PARTNER):
    # Unmanned traffic management system that takes flight filings.
    utm = tm.add(
        tg.ExternalService(
            "Aviation authority traffic management system",
            provides=tg.ExternalCategory.GENERIC,
        )
    )

with tm.boundary("Emergency operations centre", trust=tg.Trust.INTERNAL):
    # The person who answers the call and coaches the bystander.
    call_handler = tm.add(tg.Actor("Call handler", role="emergency call handler"))
    # Answers emergency calls and delivers the handset location.
    telephony = tm.add(tg.Service("Emergency telephony platform"))
    # Existing CAD: triage protocol, incident records, resource dispatch.
    cad = tm.add(
        tg.Service(
            "Computer-aided dispatch system",
            controls={
                c.Authentication(method="smart card and PIN"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )
    # CAD's incident database.
    incident_db = tm.add(
        tg.DataStore(
            "Incident database",
            stores={incident},
            controls={c.EncryptionAtRest(key_management="on-premises HSM")},
        )
    )

    with tm.boundary("Drone dispatch zone", trust=tg.Trust.INTERNAL):
        # New: decides whether and from where to launch, and orders the mission.
        dispatcher = tm.add(
            tg.Service(
                "Drone dispatch service",
                description="Launches automatically on a qualifying hub; the call handler can cancel.",
            )
        )
        # New: ranks hubs by flight time and checks weather limits.
        hub_model = tm.add(
            tg.Model(
                "Hub selection and weather limit model",
                task=tg.Task.RANKER,
                origin=tg.ModelOrigin.IN_HOUSE,
                high_stakes=True,
                controls={c.ModelValidation(), c.ModelVersioning()},
            )
        )
        # Latest hub availability, pushed by the operator.
        hub_register = tm.add(tg.DataStore("Drone hub register", stores={hub_status}))
        # Record of every dispatch decision and its inputs.
        decision_log = tm.add(
            tg.DataStore(
                "Dispatch decision log",
                stores={dispatch_log},
                controls={c.AuditLogging(retention_days=3650)},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(caller, telephony, call_audio, protocol="pstn")
tm.flow(telephony, caller, instructions, protocol="pstn")
tm.flow(telephony, call_handler, call_audio, label="headset")
tm.flow(call_handler, telephony, instructions, label="headset")
tm.flow(telephony, cad, caller_location)

tm.flow(call_handler, cad, incident, label="triage answers")
tm.flow(cad, call_handler, incident, mission_status)
tm.flow(cad, incident_db, incident)
tm.flow(incident_db, cad, incident)

tm.flow(cad, dispatcher, dispatch_request, protocol="https")
tm.flow(dispatcher, cad, mission_status, protocol="https")
tm.flow(weather_feed, dispatcher, weather, protocol="https")
tm.flow(hub_register, dispatcher, hub_status)
tm.flow(dispatcher, hub_model, features)
tm.flow(hub_model, dispatcher, hub_choice)
tm.flow(dispatcher, decision_log, dispatch_log)

tm.flow(dispatcher, operator_cloud, mission, protocol="mtls")
tm.flow(operator_cloud, dispatcher, mission_status, protocol="mtls")
tm.flow(operator_cloud, hub_register, hub_status, protocol="mtls")
tm.flow(operator_cloud, drone, flight_commands, protocol="LTE")
tm.flow(drone, operator_cloud, telemetry, protocol="LTE")
tm.flow(operator_cloud, utm, flight_plan, protocol="https")
tm.flow(utm, operator_cloud, flight_auth, protocol="https")
