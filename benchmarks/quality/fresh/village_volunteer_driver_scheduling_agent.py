"""Village car scheme ride scheduling: the first design, before any security review.

A village community car scheme has volunteer drivers who take older residents to
hospital and clinic appointments. Residents phone the scheme's coordinator, who
types each request (name, home address, hospital, clinic and time) into a small
web app the scheme rents on a cloud host. An LLM agent in that app reads the
driver roster and availability, picks a driver, texts them the passenger's name,
address and appointment through an SMS provider, and books the ride when the
driver texts back to accept. After the trip the driver texts their mileage and the
agent records a mileage claim; the treasurer checks each claim against the
bookings before paying it by bank transfer, outside the app. The coordinator and
treasurer sign in with e-mail and password and see only their own screens; the
SMS tool only sends to numbers on the roster; driver replies are matched to a
driver by the sender's phone number. The database uses the host's encryption.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Village car scheme ride scheduling",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Agent that matches phoned-in hospital ride requests with volunteer drivers by SMS.",
)

# ---------------------------------------------------------------- data assets
phoned_request = tg.Data(
    "Phoned ride request",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Resident's name, home address, phone, hospital, clinic and appointment time.",
)
ride = tg.Data(
    "Ride booking",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="The request plus the driver assigned and the pickup time; the clinic reveals health.",
)
confirmation = tg.Data("Pickup confirmation", sensitivity=tg.Sensitivity.PII, kind="records")
staff_login = tg.Data(
    "Console sign-in credentials", sensitivity=tg.Sensitivity.PII, kind="credentials"
)
roster = tg.Data(
    "Driver roster and availability",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Driver names, mobile numbers, home villages, cars and weekly availability.",
)
agent_prompt = tg.Data(
    "Scheduling prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="prompt",
    description="System instructions, the ride request, candidate drivers and tool results.",
)
completion = tg.Data("Agent completion", sensitivity=tg.Sensitivity.REGULATED, kind="model-output")
schedule_call = tg.Data(
    "Roster and booking tool call", sensitivity=tg.Sensitivity.REGULATED, kind="tool-call"
)
schedule_result = tg.Data(
    "Roster and booking result", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
driver_text = tg.Data(
    "Ride offer text",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="documents",
    description="SMS to a driver with the passenger's name, address and appointment.",
)
driver_reply = tg.Data(
    "Driver reply text",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Free-text SMS: accepting or declining a ride, or reporting miles driven.",
)
claim = tg.Data(
    "Mileage claim",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
claim_check = tg.Data(
    "Treasurer claim decision", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public phone and mobile networks", trust=tg.Trust.UNTRUSTED):
    # Older residents who phone in a ride request.
    resident = tm.add(tg.Actor("Resident passenger", role="passenger"))
    # Volunteers who receive ride offers and reply from their own mobile phones.
    driver = tm.add(tg.Actor("Volunteer driver", role="driver"))

with tm.boundary("Volunteers' homes", trust=tg.Trust.UNTRUSTED):
    # Takes the calls and keys the requests in; runs the scheme day to day.
    coordinator = tm.add(tg.Actor("Scheme coordinator", role="coordinator", privileged=True))
    # Checks and pays mileage claims.
    treasurer = tm.add(tg.Actor("Scheme treasurer", role="treasurer", privileged=True))

with tm.boundary("Scheme cloud app", trust=tg.Trust.INTERNAL):
    # Web screens for the coordinator (requests, schedule) and treasurer (claims).
    console = tm.add(
        tg.Endpoint(
            "Scheme web console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="coordinator and treasurer roles see only their own screens"),
            },
        )
    )
    # Receives the SMS provider's callbacks when a driver texts back.
    webhook = tm.add(
        tg.Endpoint(
            "Inbound SMS webhook",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="sender phone number matched to the driver roster"),
            },
        )
    )
    # The LLM agent that matches requests to drivers and handles their replies.
    agent = tm.add(
        tg.Agent(
            "Ride scheduling agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.AuditLogging(note="every prompt, tool call and text kept in the app log")},
        )
    )
    # Reads the roster and availability, and writes bookings.
    schedule_tool = tm.add(tg.Tool("Roster and booking tool", capabilities={"read", "write"}))
    # Sends ride offers to drivers through the SMS provider.
    sms_tool = tm.add(
        tg.Tool(
            "Driver SMS tool",
            capabilities={"send-messages"},
            controls={c.LeastPrivilegeTools(note="can only send to numbers on the driver roster")},
        )
    )
    # Turns a driver's mileage text into a claim line.
    claim_tool = tm.add(tg.Tool("Mileage claim recorder", capabilities={"write"}))
    # Drivers, their availability and every ride booked.
    scheme_db = tm.add(
        tg.DataStore(
            "Scheme database",
            stores={roster, ride},
            controls={c.EncryptionAtRest(key_management="cloud host default keys")},
        )
    )
    # Claims waiting for the treasurer, and their outcome.
    claims = tm.add(
        tg.DataStore(
            "Mileage claims ledger",
            stores={claim, claim_check},
            controls={
                c.EncryptionAtRest(key_management="cloud host default keys"),
                c.HumanInTheLoop(approver="the scheme treasurer"),
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends and receives the texts to and from drivers' phones.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

# ---------------------------------------------------------------- flows
tm.flow(resident, coordinator, phoned_request, protocol="phone")
tm.flow(coordinator, resident, confirmation, protocol="phone")
tm.flow(coordinator, console, staff_login, phoned_request, protocol="https")
tm.flow(console, coordinator, ride, protocol="https", label="schedule")
tm.flow(console, agent, phoned_request, label="new request")
tm.flow(agent, console, ride, label="booking status")

tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, schedule_tool, schedule_call)
tm.flow(schedule_tool, agent, schedule_result)
tm.flow(schedule_tool, scheme_db, ride, label="book ride")
tm.flow(scheme_db, schedule_tool, roster, ride, label="availability lookup")
tm.flow(scheme_db, console, ride, roster)

tm.flow(agent, sms_tool, driver_text)
tm.flow(sms_tool, sms_gateway, driver_text, protocol="https")
tm.flow(sms_gateway, driver, driver_text, protocol="sms")
tm.flow(driver, sms_gateway, driver_reply, protocol="sms")
tm.flow(sms_gateway, webhook, driver_reply, protocol="https")
tm.flow(webhook, agent, driver_reply)

tm.flow(agent, claim_tool, claim)
tm.flow(claim_tool, claims, claim)
tm.flow(claims, console, claim)
tm.flow(console, treasurer, claim, protocol="https")
tm.flow(treasurer, console, staff_login, claim_check, protocol="https")
tm.flow(console, claims, claim_check)
