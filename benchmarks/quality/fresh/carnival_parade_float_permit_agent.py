"""Carnival parade float permit agent: the first design, before any security review.

A city council's events team runs the annual carnival parade. Community groups that
want to enter a float apply through a chat assistant on the council website: an LLM
agent, hosted in the council's cloud tenancy and backed by a vendor's model, asks for
the float's size, vehicle, driver, generator and sound system, answers questions from
the parade regulations and route rules, reads the uploaded insurance certificate,
vehicle safety certificate and driving licence, and files a draft application. It
sends status e-mails and a payment link for the entry fee through the council's
payment provider, whose callback marks the fee paid. An events officer reviews every
application in a back-office console and alone issues or refuses the permit; the
approved float list goes to the police and fire service safety advisory group.
Controls in this design: citizen account sign-in and rate limits on the chat, upload
type checks, a step limit and tool logging on the agent, scoped tools, the vendor's
content filter, encrypted stores, and SSO with MFA and role-based access for staff.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Carnival parade float permit agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that takes float permit applications for the council's carnival parade.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Organiser chat messages", kind="prompt", sensitivity=tg.Sensitivity.PII)
agent_reply = tg.Data("Agent replies", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt with context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation, regulation passages and document text.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
documents = tg.Data(
    "Uploaded supporting documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Public liability insurance certificate, vehicle safety certificate, driving licence.",
)
regulations = tg.Data(
    "Parade regulations and route rules",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Float size and weight limits, generator and sound rules, route and timings, fees.",
)
regulation_query = tg.Data("Regulation query", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
passages = tg.Data(
    "Retrieved regulation passages", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
application = tg.Data(
    "Float application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Group and contact details, float dimensions, vehicle registration, driver, "
    "insurer and cover the agent read from the documents.",
)
app_call = tg.Data("Application tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
app_result = tg.Data("Application tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
email_call = tg.Data("Status e-mail request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
status_email = tg.Data("Application status e-mail", kind="records", sensitivity=tg.Sensitivity.PII)
fee_call = tg.Data("Entry fee link request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
fee_link = tg.Data(
    "Entry fee payment link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
payment_confirmation = tg.Data(
    "Fee payment confirmation", kind="records", sensitivity=tg.Sensitivity.PII
)
decision = tg.Data(
    "Permit decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
float_list = tg.Data(
    "Approved float list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Float order, vehicle registrations, drivers and marshal contacts.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with a council citizen account can start an application.
    organiser = tm.add(tg.Actor("Float organiser", role="community group organiser"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model under the council's enterprise agreement.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.Guardrails(note="the vendor's content filter"),
                c.SupplierAssessment(note="council procurement and DPIA, no training on our data"),
            },
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # The council's card payment service; hosts the pay page for the entry fee.
    payments = tm.add(tg.ExternalService("Council payment provider"))

with tm.boundary("Emergency services", trust=tg.Trust.PARTNER):
    # Police, fire and ambulance planners who sign off the parade safety plan.
    sag = tm.add(tg.ExternalService("Safety advisory group"))

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Chat widget backend on the council website; also takes uploads and the payment callback.
    chat = tm.add(
        tg.Endpoint(
            "Permit chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="council citizen account, e-mail and password"),
                c.RateLimiting(requests_per_minute=20),
                c.InputValidation(note="uploads limited to PDF and JPEG under 10 MB"),
            },
        )
    )
    # The agent that runs the conversation and files the draft application.
    agent = tm.add(
        tg.Agent(
            "Float permit agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.CircuitBreaker(max_steps=20),
                c.AuditLogging(note="conversations and tool calls logged"),
            },
        )
    )
    # Rules, route and fee schedule the agent answers from; loaded by the events team.
    reg_index = tm.add(tg.VectorStore("Parade regulations index", stores={regulations, passages}))
    # Creates and updates draft applications; cannot issue or refuse a permit.
    app_tool = tm.add(
        tg.Tool(
            "Application tool",
            capabilities={"read", "write"},
            controls={c.LeastPrivilegeTools(note="draft and submit only")},
        )
    )
    # Sends templated status e-mails to the organiser's account address.
    email_tool = tm.add(tg.Tool("Status e-mail tool", capabilities={"send-messages"}))
    # Asks the payment provider for a pay link for the entry fee of the float category.
    fee_tool = tm.add(tg.Tool("Entry fee payment link tool", capabilities={"write"}))

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Applications and permit decisions for this and past parades.
        app_db = tm.add(
            tg.DataStore(
                "Application database",
                stores={application, decision, payment_confirmation},
                controls={c.RBAC(), c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Blob storage for the uploaded certificates and licences.
        doc_store = tm.add(
            tg.DataStore(
                "Document store",
                stores={documents},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # Staff back office where applications are reviewed and permits issued.
    console = tm.add(
        tg.Service(
            "Events back-office console",
            controls={
                c.Authentication(method="council SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(
                    approver="events officer", note="every permit is issued by an officer"
                ),
            },
        )
    )
    # The officer who decides each permit and keeps the regulations current.
    officer = tm.add(tg.Actor("Events officer", role="council events officer"))

# ---------------------------------------------------------------- flows
# Conversation and uploads
tm.flow(organiser, chat, chat_message, documents, protocol="https")
tm.flow(chat, organiser, agent_reply, protocol="https")
tm.flow(chat, agent, chat_message)
tm.flow(agent, chat, agent_reply)
tm.flow(chat, doc_store, documents)
tm.flow(doc_store, agent, documents, label="document text for checking")

# Model and retrieval
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, reg_index, regulation_query)
tm.flow(reg_index, agent, passages)

# Tools
tm.flow(agent, app_tool, app_call)
tm.flow(app_tool, agent, app_result)
tm.flow(app_tool, app_db, application)
tm.flow(app_db, app_tool, application)
tm.flow(agent, email_tool, email_call)
tm.flow(email_tool, organiser, status_email, protocol="smtp+starttls")
tm.flow(agent, fee_tool, fee_call)
tm.flow(fee_tool, payments, fee_call, protocol="https")
tm.flow(payments, fee_tool, fee_link, protocol="https")
tm.flow(fee_tool, agent, fee_link)
tm.flow(payments, chat, payment_confirmation, protocol="https", label="payment callback")
tm.flow(chat, app_db, payment_confirmation)

# Back office
tm.flow(app_db, console, application, payment_confirmation)
tm.flow(doc_store, console, documents)
tm.flow(console, officer, application, documents, protocol="https")
tm.flow(officer, console, decision, regulations, protocol="https")
tm.flow(console, app_db, decision)
tm.flow(console, reg_index, regulations, label="regulations upload")
tm.flow(console, organiser, decision, protocol="smtp+starttls", label="permit e-mail")
tm.flow(console, sag, float_list, protocol="smtp+starttls")
