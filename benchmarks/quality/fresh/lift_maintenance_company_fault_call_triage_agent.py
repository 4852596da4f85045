"""Lift fault call triage agent: the first design, before any security review.

A lift maintenance company answers fault calls around the clock. Building managers
phone the fault line or report a fault on a web portal; the emergency alarm units
in lift cars dial the alarm line automatically when a passenger presses the alarm
button, and the passenger speaks to us through the car intercom. A voice gateway in
our cloud answers the calls and transcribes them. An LLM agent reads the call or
the report, looks up the lift and site in the asset register, decides whether it is
an entrapment or a fault, and dispatches an engineer through the field service
system, which pushes the job to the engineer's phone app. Entrapments become
priority-one jobs shown on the control room board, where dispatchers can reassign
them. The agent's language model is hosted by a vendor. Controls in this design:
portal sign-in, company SSO for staff, encrypted stores, tool call logging, a
retention period for call recordings and a procurement review of the LLM vendor.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Lift fault call triage agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Takes lift fault and alarm calls, triages entrapments versus faults, "
    "and dispatches maintenance engineers.",
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data(
    "Fault call audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Voice of the building manager or trapped passenger, with caller number.",
)
alarm_id = tg.Data(
    "Alarm line identification",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Lift identifier the autodialler sends when it connects.",
)
spoken_reply = tg.Data("Spoken agent reply", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
transcript = tg.Data(
    "Call transcript",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Speech-to-text of the call, with the alarm line identification.",
)
reply_text = tg.Data("Agent reply text", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
fault_report = tg.Data(
    "Web fault report",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Site, lift, symptoms in free text, reporter's name and phone number.",
)
acknowledgement = tg.Data(
    "Triage acknowledgement", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
job_status = tg.Data("Job progress", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
triage_prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the transcript or report and the lift's details.",
)
triage_completion = tg.Data(
    "Triage completion", kind="model-output", sensitivity=tg.Sensitivity.PII
)
asset_query = tg.Data("Asset lookup query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
asset_records = tg.Data(
    "Lift asset and contract records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Lift make, model, service history and the client's contract level.",
)
site_contacts = tg.Data("Site contact details", kind="records", sensitivity=tg.Sensitivity.PII)
site_access = tg.Data(
    "Site access instructions",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Machine room location, key safe codes, out-of-hours entry arrangements.",
)
asset_result = tg.Data(
    "Lift and site details",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
dispatch_request = tg.Data(
    "Dispatch request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Lift, priority (entrapment or fault), fault summary and site contact.",
)
dispatch_confirmation = tg.Data(
    "Dispatch confirmation", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
job_ticket = tg.Data(
    "Job ticket",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
engineer_roster = tg.Data(
    "Engineer availability and location",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
assignment = tg.Data("Job assignment", kind="records", sensitivity=tg.Sensitivity.PII)
status_update = tg.Data("Job status update", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
reassignment = tg.Data(
    "Dispatcher reassignment", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
recordings = tg.Data(
    "Call recordings and transcripts",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet and phone network", trust=tg.Trust.UNTRUSTED):
    # Building managers and facilities staff of client sites: phone or web.
    building_manager = tm.add(tg.Actor("Building manager", role="client site contact"))

with tm.boundary("Client buildings", trust=tg.Trust.UNTRUSTED):
    # A member of the public stuck in a lift car, speaking through the intercom.
    passenger = tm.add(tg.Actor("Trapped passenger", role="member of the public"))
    # The EN 81-28 alarm unit in each car: dials our alarm line over the phone network.
    autodialler = tm.add(
        tg.Device(
            "Lift car alarm autodialler",
            fleet=True,
            description="Emergency alarm unit in each lift car; calls the alarm line.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with, behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="standard procurement vendor review")},
        )
    )

with tm.boundary("Dispatch cloud", trust=tg.Trust.INTERNAL):
    # Answers the fault line and alarm line, speaks replies, transcribes calls.
    voice_gateway = tm.add(
        tg.Service(
            "Voice gateway",
            description="Cloud telephony with speech-to-text and text-to-speech.",
        )
    )
    # Web form where signed-in building managers report faults and follow jobs.
    portal = tm.add(
        tg.Endpoint(
            "Fault reporting portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # The triage agent: entrapment or fault, priority, and which engineer to send.
    agent = tm.add(
        tg.Agent(
            "Fault triage agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Dispatches jobs on its own; entrapments go out as priority one.",
            controls={c.AuditLogging(note="every prompt and tool call is logged")},
        )
    )
    # Read-only lookup of the lift and site a call is about.
    asset_tool = tm.add(tg.Tool("Asset lookup tool", capabilities={"read"}))
    # Creates the job in the field service system and notifies the engineer.
    dispatch_tool = tm.add(
        tg.Tool("Engineer dispatch tool", capabilities={"write", "send-messages"})
    )
    # Lifts under contract, their sites, contacts and access arrangements.
    asset_register = tm.add(
        tg.DataStore(
            "Lift asset register",
            stores={asset_records, site_contacts, site_access},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Job management: assigns jobs, tracks engineers, feeds the control room board.
    fsm = tm.add(
        tg.Service(
            "Field service management system",
            controls={
                c.Authentication(method="company SSO with MFA"),
                c.RBAC(),
            },
        )
    )
    # Jobs, their history and the engineers' availability.
    job_db = tm.add(
        tg.DataStore(
            "Job database",
            stores={job_ticket, engineer_roster},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.AuditLogging()},
        )
    )
    # Recordings of every call, kept for complaints and incident investigations.
    recording_store = tm.add(
        tg.DataStore(
            "Call recording store",
            stores={recordings},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=90),
            },
        )
    )

with tm.boundary("Control room", trust=tg.Trust.INTERNAL):
    # Watches the job board, takes over entrapments and reassigns engineers.
    dispatcher = tm.add(tg.Actor("Control room dispatcher", role="dispatcher"))

with tm.boundary("Field", trust=tg.Trust.UNTRUSTED):
    # The engineer's company phone app: job details, site access, status updates.
    engineer_app = tm.add(tg.Device("Engineer mobile app", fleet=True))
    # The lift engineer who attends the site.
    engineer = tm.add(tg.Actor("Lift engineer", role="field engineer"))

# ---------------------------------------------------------------- flows
# phone calls in and spoken replies out
tm.flow(building_manager, voice_gateway, call_audio, protocol="pstn", label="fault line call")
tm.flow(voice_gateway, building_manager, spoken_reply, protocol="pstn")
tm.flow(passenger, autodialler, call_audio, label="presses alarm button and speaks")
tm.flow(autodialler, passenger, spoken_reply, label="car intercom")
tm.flow(autodialler, voice_gateway, call_audio, alarm_id, protocol="pstn", label="alarm line call")
tm.flow(voice_gateway, autodialler, spoken_reply, protocol="pstn")
tm.flow(voice_gateway, agent, transcript)
tm.flow(agent, voice_gateway, reply_text)
tm.flow(voice_gateway, recording_store, recordings)

# web reports
tm.flow(building_manager, portal, fault_report, protocol="https")
tm.flow(portal, building_manager, acknowledgement, job_status, protocol="https")
tm.flow(portal, agent, fault_report)
tm.flow(agent, portal, acknowledgement)
tm.flow(fsm, portal, job_status, label="job progress")

# the agent's reasoning and tools
tm.flow(agent, llm, triage_prompt, protocol="https")
tm.flow(llm, agent, triage_completion, protocol="https")
tm.flow(agent, asset_tool, asset_query)
tm.flow(asset_tool, asset_register, asset_query)
tm.flow(asset_register, asset_tool, asset_records, site_contacts, site_access)
tm.flow(asset_tool, agent, asset_result)
tm.flow(agent, dispatch_tool, dispatch_request)
tm.flow(dispatch_tool, fsm, dispatch_request, protocol="https")
tm.flow(fsm, dispatch_tool, dispatch_confirmation, engineer_roster, protocol="https")
tm.flow(dispatch_tool, agent, dispatch_confirmation)

# job management, control room and the field
tm.flow(fsm, job_db, job_ticket, engineer_roster)
tm.flow(job_db, fsm, job_ticket, engineer_roster)
tm.flow(fsm, dispatcher, job_ticket, protocol="https", label="control room board")
tm.flow(dispatcher, fsm, reassignment, protocol="https")
tm.flow(fsm, engineer_app, assignment, site_access, protocol="https", label="push")
tm.flow(engineer_app, fsm, status_update, engineer_roster, protocol="https")
tm.flow(engineer_app, engineer, assignment, site_access, label="on the phone screen")
tm.flow(engineer, engineer_app, status_update, label="taps job status")
