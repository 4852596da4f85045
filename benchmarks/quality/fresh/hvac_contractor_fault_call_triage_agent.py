"""HVAC contractor fault call triage agent: the first design, before any security review.

We maintain heating, ventilation and air-conditioning plant for commercial customers
(offices, retail, small data rooms) under service contracts. Facilities managers
phone our fault line; a cloud telephony provider transcribes the call and posts it to
our intake webhook (the provider's webhook signature is verified). A triage agent,
built on a hosted LLM, finds the site and contract in our field service management
(FSM) SaaS, then reads the site's live BMS alarms through our remote access gateway,
which holds a site-to-site VPN to each customer's BMS head-end and signs in with a
read-only operator account. From the call and the alarms it sets a priority, picks
the likely fault and parts, reserves the parts and books an engineer with the right
skills in the FSM, which pushes the job sheet to the engineer's app. In-hours jobs are
booked directly; out-of-hours and emergency call-outs wait for a dispatcher's approval.
Office staff sign in to the FSM with Microsoft 365 SSO and MFA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "HVAC contractor fault call triage agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Triages commercial customers' HVAC fault calls using remote BMS alarms "
    "and dispatches engineers with parts.",
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data(
    "Fault call audio",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="The facilities manager describing the fault.",
)
call_transcript = tg.Data(
    "Fault call transcript",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Speech-to-text of the call, with the caller's number.",
)
site_records = tg.Data(
    "Site and contract records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Customer sites, contacts, contracted response times, plant asset "
    "register, site access and permit-to-work notes.",
)
engineer_schedule = tg.Data(
    "Engineer schedules and skills",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Engineer names, shifts, F-gas and gas-safe qualifications, current jobs.",
)
bms_alarms = tg.Data(
    "BMS alarms and trends",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Active alarm list and recent trend values of the site's HVAC plant.",
)
bms_read_request = tg.Data(
    "BMS read request",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="tool-call",
    description="Site id and the points or alarm lists to read.",
)
site_credentials = tg.Data(
    "Site VPN and BMS credentials",
    sensitivity=tg.Sensitivity.SECRET,
    kind="credentials",
    description="Per-site VPN keys and read-only BMS operator logins.",
)
triage_prompt = tg.Data(
    "Triage prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Instructions, the call transcript, site records, alarms and tool results.",
)
llm_completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
job_request = tg.Data(
    "Job booking request",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Site, fault summary, priority, chosen engineer, parts, customer update.",
)
job_record = tg.Data(
    "Job record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="The job with its priority, fault notes, engineer, parts and status.",
)
fsm_lookup_result = tg.Data(
    "FSM lookup result",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-result",
    description="Site, contract, engineer availability and job status returned to the agent.",
)
parts_request = tg.Data(
    "Parts reservation request", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
parts_stock = tg.Data(
    "Parts stock levels",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Stock in the warehouse and on each van, and reservations against jobs.",
)
job_sheet = tg.Data(
    "Engineer job sheet",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Site address and access notes, contact, fault summary, alarms, parts to collect.",
)
job_update = tg.Data(
    "Job status and location updates",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Travelling, on site, completed, parts used, and the van's location.",
)
customer_update = tg.Data(
    "Customer job confirmation",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Job reference, priority and expected arrival, sent by SMS.",
)
dispatch_approval = tg.Data(
    "Dispatch approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # Customers' facilities managers reporting faults.
    facilities_manager = tm.add(tg.Actor("Customer facilities manager", role="customer"))

with tm.boundary("Engineers in the field", trust=tg.Trust.UNTRUSTED):
    # Engineers' company phones running the FSM app, on mobile networks.
    engineer_app = tm.add(
        tg.Device(
            "Engineer mobile app",
            description="FSM vendor's app on company phones: job sheets, status, parts used.",
        )
    )

with tm.boundary("Customer buildings", trust=tg.Trust.PARTNER):
    # Each customer's building management system; the customer owns and runs it.
    bms = tm.add(
        tg.DataSource(
            "Customer BMS head-ends",
            origin=tg.Origin.PARTNER,
            provides={bms_alarms},
            description="BMS supervisors on the customers' site networks, reached over site VPNs.",
        )
    )

with tm.boundary("Telephony provider", trust=tg.Trust.PARTNER):
    # Hosts the fault line, transcribes calls and sends SMS updates.
    telephony = tm.add(
        tg.ExternalService(
            "Cloud telephony and transcription",
            description="Fault line number, call recording, speech-to-text and SMS.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the triage agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Field service SaaS", trust=tg.Trust.PARTNER):
    # Our system of record for sites, contracts, engineers and jobs.
    fsm = tm.add(
        tg.DataStore(
            "Field service management system",
            stores={site_records, engineer_schedule, job_record, dispatch_approval},
            controls={
                c.Authentication(method="Microsoft 365 SSO with MFA"),
                c.RBAC(note="office, dispatcher and engineer roles"),
            },
        )
    )
    # Warehouse and van stock, in the FSM's inventory module.
    parts_db = tm.add(tg.DataStore("Parts inventory", stores={parts_stock}))

with tm.boundary("Contractor cloud", trust=tg.Trust.INTERNAL):
    # Receives call transcripts from the telephony provider.
    intake = tm.add(
        tg.Endpoint(
            "Fault call intake webhook",
            purpose=tg.EndpointPurpose.API,
            controls={c.MessageIntegrity(note="telephony provider's webhook signature verified")},
        )
    )
    # Decides priority, likely fault and parts, and books the job.
    agent = tm.add(
        tg.Agent(
            "Fault triage agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="LLM agent that triages fault calls and books engineers and parts.",
        )
    )
    # Lets the agent read a site's current alarms and recent trends.
    alarm_tool = tm.add(
        tg.Tool(
            "BMS alarm reader tool",
            capabilities={"read"},
            controls={
                c.LeastPrivilegeTools(
                    note="read-only BMS operator accounts; cannot acknowledge alarms or "
                    "change setpoints"
                )
            },
        )
    )
    # Looks up sites and engineers, creates jobs and sends the customer an SMS update.
    dispatch_tool = tm.add(
        tg.Tool(
            "Job dispatch tool",
            capabilities={"read", "write", "send-messages"},
            controls={
                c.HumanInTheLoop(
                    approver="service desk dispatcher",
                    note="only out-of-hours and emergency call-outs wait for approval; "
                    "in-hours jobs are booked directly",
                )
            },
        )
    )
    # Checks stock and reserves parts against the job.
    parts_tool = tm.add(tg.Tool("Parts reservation tool", capabilities={"read", "write"}))

    with tm.boundary("Remote access zone", trust=tg.Trust.RESTRICTED):
        # Terminates the site VPNs and reads BMS points on the agent's behalf.
        gateway = tm.add(
            tg.Service(
                "Remote BMS access gateway",
                controls={c.AuditLogging(note="every site session and point read is logged")},
            )
        )
        # Per-site VPN and BMS connection settings the gateway uses.
        site_profiles = tm.add(
            tg.DataStore(
                "Site connection profiles",
                stores={site_credentials},
                controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
            )
        )

with tm.boundary("Service desk office", trust=tg.Trust.INTERNAL):
    # Approves out-of-hours call-outs and handles what the agent cannot.
    dispatcher = tm.add(tg.Actor("Service desk dispatcher", role="dispatcher"))

# ---------------------------------------------------------------- flows
# The fault call
tm.flow(facilities_manager, telephony, call_audio, protocol="pstn", label="fault call")
tm.flow(telephony, intake, call_transcript, protocol="https", label="call transcript webhook")
tm.flow(intake, agent, call_transcript)

# The agent and its model
tm.flow(agent, llm, triage_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# Reading the building's alarms
tm.flow(agent, alarm_tool, bms_read_request)
tm.flow(alarm_tool, gateway, bms_read_request, protocol="https")
tm.flow(site_profiles, gateway, site_credentials)
tm.flow(
    gateway,
    bms,
    bms_read_request,
    site_credentials,
    protocol="ipsec",
    label="BACnet/IP reads through the site VPN",
)
tm.flow(bms, gateway, bms_alarms, protocol="ipsec", label="BACnet/IP reads through the site VPN")
tm.flow(gateway, alarm_tool, bms_alarms, protocol="https")
tm.flow(alarm_tool, agent, bms_alarms)

# Sites, engineers and jobs
tm.flow(agent, dispatch_tool, job_request)
tm.flow(dispatch_tool, agent, fsm_lookup_result)
tm.flow(dispatch_tool, fsm, job_record, protocol="https", label="FSM API")
tm.flow(fsm, dispatch_tool, site_records, engineer_schedule, job_record, protocol="https")
tm.flow(dispatch_tool, telephony, customer_update, protocol="https")
tm.flow(telephony, facilities_manager, customer_update, protocol="sms")

# Parts
tm.flow(agent, parts_tool, parts_request)
tm.flow(parts_tool, agent, parts_stock)
tm.flow(parts_tool, parts_db, parts_request, protocol="https")
tm.flow(parts_db, parts_tool, parts_stock, protocol="https")

# Engineers in the field
tm.flow(fsm, engineer_app, job_sheet, protocol="https")
tm.flow(engineer_app, fsm, job_update, protocol="https")

# Dispatcher review
tm.flow(fsm, dispatcher, job_record, protocol="https", label="call-outs awaiting approval")
tm.flow(dispatcher, fsm, dispatch_approval, protocol="https")
