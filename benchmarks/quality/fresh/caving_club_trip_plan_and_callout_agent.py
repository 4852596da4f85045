"""Caving club trip plan and callout agent: the first design.

A UK caving club's web portal, hosted on a small cloud VM. Before going
underground, members file a trip plan: cave and route, party, experience and
medical notes, expected exit time, vehicle and a surface contact's phone number.
They sign out on the portal or by texting the club number. A scheduled job checks
for trips past their exit time and hands each overdue trip to a callout agent
built on a hosted LLM. The agent alerts the callout warden by SMS, drafts a
message for the cave rescue organisation from the plan and the club's cave
survey library, and can phone the trip's surface contact through a telephony
provider; the warden reviews the draft in a console and makes the rescue call.
Controls: member and warden sign-in, HTTPS, a step limit, warden approval of the
rescue message, dialling only the plan's surface contact, and an action log.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Caving club trip plan and callout agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Members file underground trip plans; an agent raises the callout when a "
        "trip is overdue and drafts the message to cave rescue."
    ),
)

# ---------------------------------------------------------------- data assets
plan = tg.Data(
    "Trip plan",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description=(
        "Cave, entrance and route, party names, experience and medical notes, "
        "expected exit time, vehicle, surface contact name and phone number."
    ),
)
sign_out = tg.Data("Sign-out notice", kind="records", sensitivity=tg.Sensitivity.PII)
sign_out_text = tg.Data(
    "Sign-out text message",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="'OUT' texted to the club number; matched to the trip by the sender's number.",
)
overdue = tg.Data("Overdue trip notice", kind="records", sensitivity=tg.Sensitivity.PII)
survey = tg.Data(
    "Cave survey",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Survey drawings, entrance grid references, access notes and hazards.",
)
prompt = tg.Data(
    "Callout agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the trip plan, survey extracts and tool results so far.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
warden_alert = tg.Data("Warden alert", kind="tool-call", sensitivity=tg.Sensitivity.PII)
draft = tg.Data(
    "Draft rescue message",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
call_script = tg.Data(
    "Surface contact call script", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
contact_reply = tg.Data(
    "Surface contact reply",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Keypad answer and speech transcript from the call.",
)
rescue_call = tg.Data("Rescue callout message", kind="records", sensitivity=tg.Sensitivity.PII)
warden_decision = tg.Data("Warden callout decision", kind="records")
trip_status = tg.Data("Trip status update", kind="records", sensitivity=tg.Sensitivity.PII)
callout_log = tg.Data("Callout action log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Club members who go caving and file the plans.
    member = tm.add(tg.Actor("Club member", role="member"))
    # The person on the surface named in the plan; not a club user.
    surface_contact = tm.add(tg.Actor("Surface contact", role="trip surface contact"))
    # Volunteer on the callout rota, reached on their own mobile phone.
    warden = tm.add(tg.Actor("Callout warden", role="callout warden", privileged=True))

with tm.boundary("Cave rescue organisation", trust=tg.Trust.PARTNER):
    # The regional cave rescue controller the warden calls out.
    cro = tm.add(tg.ExternalService("Cave rescue controller"))

with tm.boundary("Telephony provider", trust=tg.Trust.PARTNER):
    # SMS and voice API: warden texts, member sign-out texts, calls to surface contacts.
    telephony = tm.add(
        tg.ExternalService(
            "Telephony API",
            description="Sends and receives SMS and places text-to-speech calls.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Club cloud VM", trust=tg.Trust.INTERNAL):
    # Members' web portal for filing plans and signing out.
    portal = tm.add(
        tg.Endpoint(
            "Trip plan portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Members see and edit only their own trip plans.",
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # All trip plans, sign-outs and callout status.
    plans_db = tm.add(
        tg.DataStore(
            "Trip plan database",
            stores={plan, sign_out, trip_status},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Runs every five minutes and flags trips past their expected exit time.
    overdue_job = tm.add(tg.Service("Overdue check job"))
    # The LLM agent that runs the callout steps for an overdue trip.
    agent = tm.add(
        tg.Agent(
            "Callout agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="callout warden",
                    note=(
                        "the warden reviews the rescue message and makes the call; warden "
                        "alerts and surface-contact calls go ahead automatically"
                    ),
                ),
                c.CircuitBreaker(max_steps=20),
            },
        )
    )
    # The club's library of cave surveys and access notes.
    surveys = tm.add(tg.DataStore("Cave survey library", stores={survey}))
    # Texts the on-call warden.
    alert_tool = tm.add(
        tg.Tool(
            "Warden alert tool",
            capabilities={"send-messages"},
            description="Sends an SMS to the warden on call this week.",
        )
    )
    # Puts the drafted rescue message in the warden console.
    draft_tool = tm.add(tg.Tool("Rescue message draft tool", capabilities={"write"}))
    # Places a text-to-speech call to the trip's surface contact and returns the answer.
    call_tool = tm.add(
        tg.Tool(
            "Surface contact call tool",
            capabilities={"send-messages", "network-egress"},
            controls={
                c.PolicyEnforcement(
                    rules="dials only the surface contact number stored on the overdue trip's plan"
                )
            },
        )
    )
    # Where the warden sees the overdue trip, the plan and the draft, and records decisions.
    console = tm.add(
        tg.Endpoint(
            "Warden console",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password"), c.RBAC()},
        )
    )
    # Record of every agent step and tool call for the callout.
    action_log = tm.add(
        tg.DataStore("Callout action log", stores={callout_log}, controls={c.AuditLogging()})
    )

# ---------------------------------------------------------------- flows
# Filing plans and signing out
tm.flow(member, portal, plan, sign_out, protocol="https")
tm.flow(portal, member, plan, protocol="https")
tm.flow(portal, plans_db, plan, sign_out)
tm.flow(plans_db, portal, plan)
tm.flow(member, telephony, sign_out_text, protocol="sms")
tm.flow(telephony, portal, sign_out_text, protocol="https", label="inbound SMS webhook")

# Overdue detection and the agent
tm.flow(plans_db, overdue_job, plan, label="scheduled scan every 5 minutes")
tm.flow(overdue_job, agent, overdue)
tm.flow(plans_db, agent, plan, label="plan lookup")
tm.flow(surveys, agent, survey, label="survey lookup")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, action_log, callout_log)

# Alerting the warden
tm.flow(agent, alert_tool, warden_alert)
tm.flow(alert_tool, telephony, warden_alert, protocol="https")
tm.flow(telephony, warden, warden_alert, protocol="sms")

# Drafting the rescue message
tm.flow(agent, draft_tool, draft)
tm.flow(draft_tool, console, draft)
tm.flow(console, warden, plan, draft, survey, protocol="https")
tm.flow(plans_db, console, plan)
tm.flow(surveys, console, survey)
tm.flow(warden, console, warden_decision, trip_status, protocol="https")
tm.flow(console, plans_db, trip_status)
tm.flow(warden, cro, rescue_call, protocol="pstn")
tm.flow(cro, warden, rescue_call, protocol="pstn", label="controller's questions")

# Phoning the surface contact
tm.flow(agent, call_tool, call_script)
tm.flow(call_tool, telephony, call_script, protocol="https")
tm.flow(telephony, surface_contact, call_script, protocol="pstn")
tm.flow(surface_contact, telephony, contact_reply, protocol="pstn")
tm.flow(telephony, call_tool, contact_reply, protocol="https", label="call result webhook")
tm.flow(call_tool, agent, contact_reply)
