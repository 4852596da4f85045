"""Field engineer fault diagnosis agent: the first design, before any security review.

Our broadband field engineers get an LLM agent inside their work app. At a job
the engineer describes the fault and uploads line-test results and photos of the
street cabinet. The agent, running in our cloud VPC, reads the customer's line
history and past tickets from the operations support system (OSS), searches the
internal knowledge base of fault procedures, and suggests a diagnosis. Through
tools it can raise parts orders in the parts ordering system and reschedule the
customer's appointment in the workforce scheduling system; the engineer confirms
each order or reschedule in the app before it is sent. Engineers sign in with the
company SSO (OIDC with MFA) on MDM-managed phones. The model is a hosted LLM API
under an enterprise agreement (no training on our data, limited retention). The
OSS lookup uses a read-only service account; uploads are encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Field engineer fault diagnosis agent",
    profile=tg.RiskProfile.HIGH,
    description=(
        "LLM agent in the field engineers' work app: diagnoses broadband faults from "
        "line tests, photos, OSS history and fault procedures; raises parts orders and "
        "reschedules appointments."
    ),
)

# ---------------------------------------------------------------- data assets
fault_report = tg.Data(
    "Fault description",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The engineer's description of the fault and the customer reference.",
)
line_tests = tg.Data(
    "Line-test results",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Exported results from the engineer's line tester (attenuation, SNR, sync).",
)
photos = tg.Data("Cabinet photos", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
sso_token = tg.Data("SSO token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
sign_in = tg.Data("Engineer sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
line_history = tg.Data(
    "Customer line history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Customer name, address, service, line performance history.",
)
tickets = tg.Data("Past fault tickets", kind="records", sensitivity=tg.Sensitivity.PII)
oss_query = tg.Data("OSS lookup request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
oss_result = tg.Data("OSS lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
procedures = tg.Data("Fault procedures", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)
procedure_chunks = tg.Data(
    "Procedure chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
kb_query = tg.Data("Knowledge base query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, fault description, line tests, photos, OSS records and procedures.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
diagnosis = tg.Data(
    "Suggested diagnosis and actions", kind="model-output", sensitivity=tg.Sensitivity.PII
)
confirmation = tg.Data(
    "Engineer confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The engineer's yes/no on a proposed parts order or reschedule.",
)
parts_order = tg.Data("Parts order", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
order_status = tg.Data(
    "Parts order status", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
reschedule = tg.Data(
    "Appointment reschedule request", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
appointment = tg.Data("Appointment booking", kind="tool-result", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Field",
    trust=tg.Trust.UNTRUSTED,
    description="Engineers at customer premises and street cabinets, on public mobile networks.",
):
    # The user: a field engineer at a fault.
    engineer = tm.add(tg.Actor("Field engineer", role="field engineer"))
    # The work app on the engineer's MDM-managed company phone: the agent's front end.
    work_app = tm.add(
        tg.Device(
            "Work app on managed phone",
            description="Company work app on MDM-managed Android and iOS phones.",
        )
    )

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # The company SSO (a SaaS identity provider) that signs engineers in.
    sso = tm.add(tg.ExternalService("Company SSO", provides="identity-provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model the agent reasons with, under an enterprise agreement.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Multimodal chat model behind the vendor's API.",
            controls={
                c.SupplierAssessment(
                    note="enterprise agreement: no training on our data, 30-day retention"
                )
            },
        )
    )

with tm.boundary("Diagnosis platform VPC", trust=tg.Trust.INTERNAL):
    # The API the work app calls; checks the engineer's SSO token.
    api = tm.add(
        tg.Endpoint(
            "Diagnosis API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="OIDC via company SSO with MFA")},
        )
    )
    # The LLM agent: plans lookups, calls tools, writes the diagnosis.
    agent = tm.add(
        tg.Agent(
            "Fault diagnosis agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="the field engineer, in the work app",
                    note="parts orders and reschedules wait for the engineer's confirmation",
                ),
                c.AuditLogging(retention_days=90, note="prompts and tool calls logged"),
            },
        )
    )
    # Keeps the uploaded line tests and photos for the job.
    uploads = tm.add(
        tg.DataStore(
            "Job upload store",
            stores={line_tests, photos},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Tool: reads the customer's line history and tickets from the OSS.
    oss_tool = tm.add(
        tg.Tool(
            "OSS lookup tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only OSS service account")},
        )
    )
    # Tool: searches the fault procedure knowledge base.
    kb_tool = tm.add(tg.Tool("Knowledge base search tool", capabilities={"read"}))
    # Vector index of the fault procedures.
    kb_index = tm.add(
        tg.VectorStore("Fault procedure index", stores={procedure_chunks, procedures})
    )
    # Tool: raises parts orders for the job.
    parts_tool = tm.add(tg.Tool("Parts order tool", capabilities={"read", "write"}))
    # Tool: moves the customer's appointment.
    appt_tool = tm.add(
        tg.Tool("Appointment reschedule tool", capabilities={"read", "write", "send-messages"})
    )

with tm.boundary("OSS network", trust=tg.Trust.RESTRICTED):
    # The operations support system: customer lines, line history and fault tickets.
    oss = tm.add(tg.DataStore("Operations support system", stores={line_history, tickets}))

with tm.boundary("Corporate systems", trust=tg.Trust.INTERNAL):
    # Where parts orders are fulfilled from the depot.
    parts_system = tm.add(tg.Service("Parts ordering system"))
    # Where engineers' jobs and customer appointments are booked; it texts the customer.
    scheduling = tm.add(tg.Service("Workforce scheduling system"))
    # Network support staff who write and update the fault procedures.
    kb_author = tm.add(tg.Actor("Procedure author", role="technical support engineer"))

# ---------------------------------------------------------------- flows
# engineer and sign-in
tm.flow(engineer, work_app, fault_report, line_tests, photos, label="in the app")
tm.flow(work_app, engineer, diagnosis, label="in the app")
tm.flow(engineer, work_app, confirmation, label="confirms proposed action")
tm.flow(work_app, sso, sign_in, protocol="https")
tm.flow(sso, work_app, sso_token, protocol="https")

# app <-> platform
tm.flow(work_app, api, fault_report, line_tests, photos, sso_token, protocol="https")
tm.flow(work_app, api, confirmation, protocol="https", label="confirmation")
tm.flow(api, work_app, diagnosis, protocol="https")
tm.flow(api, uploads, line_tests, photos)
tm.flow(api, agent, fault_report, confirmation)
tm.flow(uploads, agent, line_tests, photos)
tm.flow(agent, api, diagnosis)

# reasoning
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# OSS lookup
tm.flow(agent, oss_tool, oss_query)
tm.flow(oss_tool, oss, oss_query, protocol="https")
tm.flow(oss, oss_tool, line_history, tickets, protocol="https")
tm.flow(oss_tool, agent, oss_result)

# knowledge base
tm.flow(kb_author, kb_index, procedures, protocol="https", label="publishes procedures")
tm.flow(agent, kb_tool, kb_query)
tm.flow(kb_tool, kb_index, kb_query)
tm.flow(kb_index, kb_tool, procedure_chunks)
tm.flow(kb_tool, agent, procedure_chunks)

# parts orders
tm.flow(agent, parts_tool, parts_order)
tm.flow(parts_tool, parts_system, parts_order, protocol="https")
tm.flow(parts_system, parts_tool, order_status, protocol="https")
tm.flow(parts_tool, agent, order_status)

# appointments
tm.flow(agent, appt_tool, reschedule)
tm.flow(appt_tool, scheduling, reschedule, protocol="https")
tm.flow(scheduling, appt_tool, appointment, protocol="https")
tm.flow(appt_tool, agent, appointment)
