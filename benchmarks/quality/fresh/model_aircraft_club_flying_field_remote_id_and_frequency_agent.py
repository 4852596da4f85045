"""Model aircraft club flying field: remote ID and frequency agent, the first design.

A UK model flying club runs a field next to farmland, a few miles from a small
airfield. Before flying, members check in on the club's web app with their flyer
ID, operator ID, insurance number and transmitter frequency. A flight line agent,
built on a hosted LLM, checks the flyer ID against the national drone registry and
the insurance against the national association's membership lookup, compares the
frequency with the field's frequency plan, clears or refuses the check-in and logs
each flight in the club database. A Raspberry Pi gateway in the clubhouse reads a
Remote ID receiver and an ADS-B receiver and sends the traffic to the agent, which
texts the safety officer when an unknown drone or a manned aircraft comes near.
Members sign in with their membership number and a password; traffic is HTTPS;
the registry API keys sit in the cloud secret store; the agent's actions are logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Model aircraft club flying field remote ID and frequency agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Member check-in against national registries, flight logging and airspace warnings.",
)

# ---------------------------------------------------------------- data assets
remote_id = tg.Data(
    "Remote ID broadcasts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Drone serial or session id, operator ID, position, height and the pilot's location.",
)
adsb = tg.Data(
    "ADS-B traffic reports",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
traffic_feed = tg.Data(
    "Airspace traffic feed",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
check_in = tg.Data(
    "Flight check-in request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Membership number, flyer ID, operator ID, insurance number, model type, transmitter frequency.",
)
check_in_result = tg.Data("Check-in result", kind="records", sensitivity=tg.Sensitivity.PII)
agent_prompt = tg.Data("Flight line agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
registry_call = tg.Data("Registry lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
registry_query = tg.Data(
    "Flyer ID and insurance query", kind="records", sensitivity=tg.Sensitivity.PII
)
registry_answer = tg.Data(
    "Registration and insurance status",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
registry_result = tg.Data(
    "Registry lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
log_call = tg.Data("Flight log call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
log_result = tg.Data(
    "Member record and recent flights", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
members = tg.Data(
    "Member records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, phone, flyer ID, operator ID, insurance number and expiry.",
)
flight_log = tg.Data(
    "Flight log",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Who flew what, on which frequency, when; kept for insurance and incident enquiries.",
)
field_rules = tg.Data(
    "Field rules and frequency plan",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Flying area, no-fly sectors, height limits, 35 MHz channel allocations.",
)
alert_call = tg.Data("Safety alert call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
alert_status = tg.Data(
    "Alert delivery status", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
alert = tg.Data(
    "Airspace safety alert",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Unknown drone or manned aircraft, bearing, distance, height; pilot location if broadcast.",
)
rules_update = tg.Data("Field rules update", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Flying field", trust=tg.Trust.UNTRUSTED):
    # Picks up the Remote ID broadcasts of any drone in range, club member's or not.
    rid_rx = tm.add(
        tg.Device(
            "Remote ID receiver",
            fleet=False,
            description="Bluetooth and Wi-Fi Remote ID dongle on the clubhouse mast.",
        )
    )
    # Picks up manned aircraft transponders, mostly from the nearby airfield's traffic.
    adsb_rx = tm.add(tg.Device("ADS-B receiver", fleet=False, description="1090 MHz SDR dongle."))

with tm.boundary("Clubhouse", trust=tg.Trust.INTERNAL):
    # A Raspberry Pi in the locked clubhouse, online through a 4G router.
    gateway = tm.add(
        tg.Service(
            "Field receiver gateway", description="Decodes both receivers and forwards traffic."
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Club members check in from their phones at the field.
    member = tm.add(tg.Actor("Club member", role="member"))
    # A committee volunteer on field duty; gets the airspace alerts and keeps the field rules.
    safety_officer = tm.add(tg.Actor("Safety officer", role="safety officer", privileged=True))

with tm.boundary("National registries", trust=tg.Trust.PARTNER):
    # The aviation authority's register of flyer and operator IDs.
    caa = tm.add(
        tg.ExternalService("National drone registry", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # The national model flying association's membership and insurance lookup.
    association = tm.add(
        tg.ExternalService(
            "Association insurance lookup", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose hosted model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API, high_stakes=True))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Delivers the alerts as text messages; the field has poor data coverage.
    sms = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Club cloud", trust=tg.Trust.INTERNAL):
    # The members' check-in pages and the committee's admin pages.
    checkin_app = tm.add(
        tg.Endpoint(
            "Member check-in web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="membership number and password"),
                c.InputValidation(note="flyer and operator ID formats checked"),
            },
        )
    )
    # Clears check-ins, logs flights and watches the traffic feed; acts without waiting for anyone.
    agent = tm.add(
        tg.Agent(
            "Flight line agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.AuditLogging(note="check-in decisions, registry answers and alerts")},
        )
    )
    # Looks up a flyer ID in the national registry and insurance with the association.
    registry_tool = tm.add(
        tg.Tool(
            "Registry lookup tool",
            capabilities={"read", "network-egress"},
            controls={
                c.SecretsManagement(
                    note="registry and association API keys in the cloud secret store"
                )
            },
        )
    )
    # Reads a member's record and writes flight log entries.
    log_tool = tm.add(tg.Tool("Flight log tool", capabilities={"read", "write"}))
    # Texts the safety officer.
    alert_tool = tm.add(tg.Tool("Safety alert tool", capabilities={"send-messages"}))
    # Members, their registrations and insurance, and every flight.
    club_db = tm.add(
        tg.DataStore(
            "Club database",
            stores={members, flight_log},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # What the agent checks frequencies and positions against.
    rules_store = tm.add(tg.DataStore("Field rules and frequency plan store", stores={field_rules}))

# ---------------------------------------------------------------- flows
tm.flow(rid_rx, gateway, remote_id, protocol="usb")
tm.flow(adsb_rx, gateway, adsb, protocol="usb")
tm.flow(gateway, agent, traffic_feed, protocol="https", label="traffic every 2 seconds over 4G")

tm.flow(member, checkin_app, check_in, protocol="https")
tm.flow(checkin_app, member, check_in_result, protocol="https")
tm.flow(checkin_app, agent, check_in)
tm.flow(agent, checkin_app, check_in_result)

tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, registry_tool, registry_call)
tm.flow(registry_tool, agent, registry_result)
tm.flow(registry_tool, caa, registry_query, protocol="https")
tm.flow(caa, registry_tool, registry_answer, protocol="https")
tm.flow(registry_tool, association, registry_query, protocol="https")
tm.flow(association, registry_tool, registry_answer, protocol="https")

tm.flow(agent, log_tool, log_call)
tm.flow(log_tool, agent, log_result)
tm.flow(log_tool, club_db, flight_log)
tm.flow(club_db, log_tool, members, flight_log)
tm.flow(rules_store, agent, field_rules)

tm.flow(agent, alert_tool, alert_call)
tm.flow(alert_tool, agent, alert_status)
tm.flow(alert_tool, sms, alert, protocol="https")
tm.flow(sms, alert_tool, alert_status, protocol="https", label="delivery receipts")
tm.flow(sms, safety_officer, alert, protocol="sms")

tm.flow(safety_officer, checkin_app, rules_update, protocol="https")
tm.flow(checkin_app, rules_store, rules_update)
tm.flow(checkin_app, club_db, members, label="member profile edits")
tm.flow(club_db, checkin_app, members, flight_log, label="member's own profile and flights")
