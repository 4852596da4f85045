"""Domiciliary care visit notes and medication prompt agent: the first design.

A home care provider's carers visit clients in their own homes and record each
visit (notes, and the medication given against the client's medication chart) in
a phone app on their work phones. The app syncs to a mobile API in the
provider's cloud tenancy, which stores the records in the care records database.
When a visit is submitted, a care monitoring agent (a hosted LLM with three
first-party tools) reads the client's care plan and recent visits, and raises a
flag to the care coordinator's dashboard for missed medication or worrying
changes. The same agent answers families' questions about visit times through a
family portal, using a visit schedule tool over the rota. A monthly job sends the
local authority that commissions the care a report of delivered visits over SFTP.
Controls in this design: sign-in on the app and portal, TLS on the links to
the outside, encryption at rest and audit logging on the care records, a step
cap on the agent, and a signed data processing agreement with the LLM vendor.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Domiciliary care visit notes and medication prompt agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Carers record visits and medication on a phone app; an LLM agent flags missed "
        "medication and worrying changes to the care coordinator and answers families' "
        "questions about visit times; the commissioning local authority gets monthly reports."
    ),
)

# ---------------------------------------------------------------- data assets
visit_notes = tg.Data(
    "Visit notes",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Free-text notes on the client's condition, mood, food and fluids, skin.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
mar = tg.Data(
    "Medication administration records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Each dose given, refused or missed against the client's medication chart.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
care_plans = tg.Data(
    "Care plans and medication charts",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
rota = tg.Data(
    "Visit rota",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Planned and actual visit times, client addresses, key safe notes, carer names.",
)
visit_event = tg.Data(
    "Visit submitted event",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The client id with the visit's notes and medication entries.",
)
family_question = tg.Data("Family question", kind="prompt", sensitivity=tg.Sensitivity.PII)
family_answer = tg.Data("Visit time answer", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, the visit or question, and tool results so far.",
)
llm_completion = tg.Data(
    "Agent completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
record_lookup = tg.Data("Care record lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
care_history = tg.Data(
    "Care plan and recent visits", kind="tool-result", sensitivity=tg.Sensitivity.REGULATED
)
schedule_lookup = tg.Data(
    "Visit schedule lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
schedule_result = tg.Data(
    "Visit schedule result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
flag_call = tg.Data("Raise concern call", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED)
concern_flags = tg.Data(
    "Missed medication and wellbeing flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The concern, the client, and the agent's reasons.",
)
follow_up = tg.Data(
    "Coordinator follow-up notes", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
rota_changes = tg.Data("Rota changes", kind="records", sensitivity=tg.Sensitivity.PII)
monthly_report = tg.Data(
    "Monthly commissioning report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Commissioned versus delivered hours per client, missed and late visits.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Clients' homes and the internet", trust=tg.Trust.UNTRUSTED):
    # Carers are field staff working alone in clients' homes.
    carer = tm.add(tg.Actor("Carer", role="care worker"))
    # The app is where every visit record starts; it caches the day's rota offline.
    carer_app = tm.add(
        tg.Device(
            "Carer phone app",
            description="Android app on provider-issued work phones; caches the day's visits.",
        )
    )
    # Relatives of clients, signed up by the office, ask about visit times.
    family = tm.add(tg.Actor("Family member", role="client's relative"))

with tm.boundary("Local authority", trust=tg.Trust.PARTNER):
    # The council commissions the care packages and monitors delivery monthly.
    council = tm.add(
        tg.ExternalService(
            "Local authority commissioning team",
            description="Receives monthly delivery reports on its SFTP server.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="UK GDPR data processing agreement signed")},
        )
    )

with tm.boundary("Provider cloud tenancy", trust=tg.Trust.INTERNAL):
    # Sync point for the carer app: uploads visits, downloads rota and care plans.
    mobile_api = tm.add(
        tg.Endpoint(
            "Mobile sync API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="carer username and password, then a 4-digit app PIN"),
            },
        )
    )
    # Families' web portal for visit times and questions.
    portal = tm.add(
        tg.Endpoint(
            "Family portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # The system of record for care delivered.
    care_db = tm.add(
        tg.DataStore(
            "Care records database",
            stores={visit_notes, mar, care_plans, follow_up},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.AuditLogging(),
            },
        )
    )
    # Rota of planned visits, kept by the office, with actual times from the app.
    rota_db = tm.add(tg.DataStore("Rota database", stores={rota}))
    # Reviews each submitted visit and answers family questions.
    agent = tm.add(
        tg.Agent(
            "Care monitoring agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Flags concerns and answers families without a person in between.",
            controls={c.CircuitBreaker(max_steps=10)},
        )
    )
    # Reads a client's care plan, medication chart and last two weeks of visits.
    record_tool = tm.add(
        tg.Tool(
            "Care record lookup tool",
            capabilities={"read"},
            description="Returns the care plan and recent visits for a client id.",
        )
    )
    # Reads planned and actual visit times for the family's questions.
    schedule_tool = tm.add(
        tg.Tool(
            "Visit schedule tool",
            capabilities={"read"},
            description="Returns the planned and actual visit times for a client id.",
        )
    )
    # Posts a concern to the coordinator dashboard and e-mails the on-duty coordinator.
    flag_tool = tm.add(
        tg.Tool(
            "Concern flag tool",
            capabilities={"write", "send-messages"},
        )
    )
    # Sends the council its monthly delivery figures.
    report_job = tm.add(tg.Service("Monthly report job"))

with tm.boundary("Office network", trust=tg.Trust.INTERNAL):
    # Office staff who act on flags, follow up with clients and GPs, and keep the rota.
    coordinator = tm.add(tg.Actor("Care coordinator", role="coordinator"))
    # Web dashboard of flags, visits and the rota for office staff.
    dashboard = tm.add(tg.Service("Coordinator dashboard"))

# ---------------------------------------------------------------- flows
# carers record visits
tm.flow(carer, carer_app, visit_notes, mar, label="typed at the visit")
tm.flow(carer_app, carer, rota, care_plans, label="shown on the phone")
tm.flow(carer_app, mobile_api, visit_notes, mar, protocol="https")
tm.flow(mobile_api, carer_app, rota, care_plans, protocol="https")
tm.flow(mobile_api, care_db, visit_notes, mar)
tm.flow(care_db, mobile_api, care_plans)
tm.flow(rota_db, mobile_api, rota)
tm.flow(mobile_api, rota_db, rota, label="actual visit times")

# the agent reviews each submitted visit
tm.flow(mobile_api, agent, visit_event, label="on visit submitted")
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, record_tool, record_lookup)
tm.flow(record_tool, care_db, record_lookup)
tm.flow(care_db, record_tool, care_history)
tm.flow(record_tool, agent, care_history)
tm.flow(agent, flag_tool, flag_call)
tm.flow(flag_tool, dashboard, concern_flags)

# the coordinator acts on flags and keeps the rota
tm.flow(dashboard, coordinator, concern_flags, visit_notes, rota, protocol="https")
tm.flow(coordinator, dashboard, follow_up, rota_changes, protocol="https")
tm.flow(dashboard, care_db, follow_up)
tm.flow(care_db, dashboard, visit_notes, mar, care_plans)
tm.flow(dashboard, rota_db, rota_changes)
tm.flow(rota_db, dashboard, rota)

# families ask about visit times
tm.flow(family, portal, family_question, protocol="https")
tm.flow(portal, agent, family_question)
tm.flow(agent, schedule_tool, schedule_lookup)
tm.flow(schedule_tool, rota_db, schedule_lookup)
tm.flow(rota_db, schedule_tool, schedule_result)
tm.flow(schedule_tool, agent, schedule_result)
tm.flow(agent, portal, family_answer)
tm.flow(portal, family, family_answer, protocol="https")

# monthly report to the commissioner
tm.flow(care_db, report_job, mar, visit_notes, label="monthly export")
tm.flow(rota_db, report_job, rota, label="monthly export")
tm.flow(report_job, council, monthly_report, protocol="sftp")
