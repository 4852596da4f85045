"""Youth football league registration chatbot: the first design, before security review.

A volunteer-run youth football league in England lets parents register their children
through a chat assistant on the league website. The assistant is an LLM agent whose model
is a hosted API: it collects the child's details, medical and welfare notes and photo
consent, checks the age group with a small first-party tool, creates a payment link with
the league's payment provider and, once the payment webhook has marked the registration
paid, adds the child to a team roster in the club management system (a SaaS the league
already uses). Coaches see their rosters in the club management system's app. The
league's safeguarding officers review any medical or welfare notes in a small review
portal. UK GDPR applies: the records are children's data and include health data. Controls
in this design: rate limiting on the chat, the vendor's guardrails and a signed data
processing agreement, a step limit on the agent, a roster tool scoped to adding players,
signed payment webhooks, encryption at rest and role-based access for the registration
database, and Google Workspace sign-in with 2-step verification for safeguarding officers.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Youth football league registration chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Chat assistant that registers children for a youth football league, takes the fee "
        "and adds them to team rosters."
    ),
)

# ---------------------------------------------------------------- data assets
parent_message = tg.Data(
    "Parent chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Child's name, date of birth, school year, medical notes, consent answers.",
)
assistant_reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "LLM prompt with conversation",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, the conversation so far and the tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
tool_call = tg.Data("Tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
tool_result = tg.Data("Tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
registration = tg.Data(
    "Child registration record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Child and parent details, age group, photo consent, payment status.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
medical_notes = tg.Data(
    "Medical and welfare notes",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_link_request = tg.Data(
    "Payment link request", kind="records", sensitivity=tg.Sensitivity.PII
)
payment_link = tg.Data("Payment link", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
card_payment = tg.Data(
    "Card payment details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Entered on the provider's hosted payment page; never reaches the league.",
)
payment_event = tg.Data(
    "Payment confirmation webhook", kind="records", sensitivity=tg.Sensitivity.PII
)
roster_entry = tg.Data(
    "Team roster entry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Child's name, age group, team, parent contact and photo consent flag.",
)
review_outcome = tg.Data(
    "Safeguarding review outcome", kind="records", sensitivity=tg.Sensitivity.REGULATED
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parents registering their children through the website chat.
    parent = tm.add(tg.Actor("Parent", role="parent or guardian"))
    # Volunteer coaches who see their team's roster in the club management app.
    coach = tm.add(tg.Actor("Coach", role="volunteer coach"))
    # Volunteer safeguarding officers, working from their own devices.
    officer = tm.add(tg.Actor("Safeguarding officer", role="welfare officer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted chat model the assistant runs on.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.Guardrails(note="the vendor's safety filter"),
                c.SupplierAssessment(note="DPA signed; no training on our data"),
            },
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosts the payment page and sends the payment webhook.
    payments = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("Club management SaaS", trust=tg.Trust.PARTNER):
    # The league's existing club management system: teams, rosters, the coach app.
    cms = tm.add(
        tg.ExternalService(
            "Club management system",
            description="Team rosters; coaches sign in to the vendor's app with e-mail and password.",
        )
    )

with tm.boundary("League cloud", trust=tg.Trust.INTERNAL):
    # Chat API behind the website widget; anyone on the website can start a chat.
    chat = tm.add(
        tg.Endpoint(
            "Registration chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # The LLM agent that runs the registration conversation and calls the tools.
    assistant = tm.add(
        tg.Agent(
            "Registration assistant",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Collects details, checks age group, sends the payment link, adds to roster.",
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # Works out the age group from date of birth and the season's cut-off date.
    age_tool = tm.add(tg.Tool("Age group checker", capabilities={"read"}))
    # Asks the payment provider for a payment link for the registration fee.
    pay_tool = tm.add(tg.Tool("Payment link tool", capabilities={"write", "network-egress"}))
    # Adds a paid registration to a team roster in the club management system.
    roster_tool = tm.add(
        tg.Tool(
            "Roster tool",
            capabilities={"read", "write"},
            controls={c.LeastPrivilegeTools(note="API key scoped to adding players")},
        )
    )
    # Receives the payment provider's webhook and marks registrations paid.
    webhook = tm.add(
        tg.Service(
            "Payment webhook handler",
            controls={c.MessageIntegrity(note="provider signature verified")},
        )
    )
    # Registrations (with photo consent and payment status) and medical and welfare notes.
    db = tm.add(
        tg.DataStore(
            "Registration database",
            stores={registration, medical_notes},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys"), c.RBAC()},
        )
    )
    # Where safeguarding officers read and clear medical and welfare notes.
    portal = tm.add(
        tg.Service(
            "Safeguarding review portal",
            controls={
                c.Authentication(method="Google Workspace sign-in with 2-step verification"),
                c.RBAC(),
            },
        )
    )

# ---------------------------------------------------------------- flows
# the conversation
tm.flow(parent, chat, parent_message, protocol="https")
tm.flow(chat, assistant, parent_message)
tm.flow(assistant, llm, llm_prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")
tm.flow(assistant, chat, assistant_reply)
tm.flow(chat, parent, assistant_reply, payment_link, protocol="https")

# tools
tm.flow(assistant, age_tool, tool_call)
tm.flow(age_tool, assistant, tool_result)
tm.flow(assistant, pay_tool, tool_call)
tm.flow(pay_tool, payments, payment_link_request, protocol="https")
tm.flow(payments, pay_tool, payment_link, protocol="https")
tm.flow(pay_tool, assistant, tool_result)
tm.flow(assistant, roster_tool, tool_call)
tm.flow(db, roster_tool, registration, label="paid status")
tm.flow(roster_tool, cms, roster_entry, protocol="https")
tm.flow(cms, roster_tool, roster_entry, protocol="https", label="confirmation")
tm.flow(roster_tool, assistant, tool_result)

# registration record
tm.flow(assistant, db, registration, medical_notes, label="saves registration")

# payment
tm.flow(parent, payments, card_payment, protocol="https", label="hosted payment page")
tm.flow(payments, webhook, payment_event, protocol="https")
tm.flow(webhook, db, registration, label="marks paid")

# coaches
tm.flow(cms, coach, roster_entry, protocol="https", label="roster in coach app")

# safeguarding review
tm.flow(db, portal, medical_notes, registration)
tm.flow(portal, officer, medical_notes, protocol="https")
tm.flow(officer, portal, review_outcome, protocol="https")
tm.flow(portal, db, review_outcome)
