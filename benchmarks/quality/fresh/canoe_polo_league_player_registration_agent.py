"""Canoe polo league player registration agent: the first design, before any security review.

A volunteer-run regional canoe polo league in the UK (about 60 teams, adult and
junior divisions) replaces its spreadsheet and e-mail registration with a chat
assistant on the league website. Players, or parents for junior players, chat with
an LLM agent that collects name, date of birth, club and team, emergency contact and
any medical conditions the referees should know about, checks the player's national
governing body membership number against the body's membership API, saves the
registration, sends a payment link for the season fee and e-mails a confirmation.
The agent runs in the league's cloud project and uses a hosted LLM from a vendor.
The league registrar approves junior (under-18) registrations in an admin console
signed in with the league's Google Workspace accounts; adult registrations go ahead
without review. Payment confirmations come back from the payment provider by webhook,
checked with the provider's signature. The chat is rate-limited per visitor, the
database is encrypted at rest, and API keys are kept in the cloud secret manager.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Canoe polo league player registration agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chat-based season registration for adult and junior canoe polo players.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Registration chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="What the player or parent types: personal details, club, medical notes.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt with conversation and tool results",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, the chat so far (medical notes included) and tool results.",
)
llm_completion = tg.Data(
    "LLM completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
membership_query = tg.Data(
    "Membership number and surname lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
membership_status = tg.Data(
    "Membership status",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Whether the membership is current, its expiry date and the member's club.",
)
registration = tg.Data(
    "Player registration",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth, club, team, division, emergency contact, e-mail.",
)
medical_notes = tg.Data(
    "Player medical notes",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Conditions such as epilepsy, asthma or diabetes, shared with referees.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
save_call = tg.Data(
    "Save registration call", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED
)
save_result = tg.Data("Registration reference", kind="tool-result")
payment_link_call = tg.Data(
    "Season fee payment link request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="The player's e-mail and the fee product (adult, junior or student).",
)
payment_link = tg.Data("Season fee payment link", kind="tool-result")
payment_event = tg.Data(
    "Payment completed webhook",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The checkout session, the payer's e-mail and the registration reference.",
)
email_call = tg.Data(
    "Confirmation e-mail request", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
email = tg.Data(
    "Registration confirmation e-mail", kind="documents", sensitivity=tg.Sensitivity.PII
)
junior_approval = tg.Data(
    "Junior registration approval", kind="records", sensitivity=tg.Sensitivity.PII
)
transcripts = tg.Data(
    "Registration chat transcripts", kind="logs", sensitivity=tg.Sensitivity.REGULATED
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can open the registration chat: players, parents, and anyone else.
    player = tm.add(tg.Actor("Player or parent", role="registrant"))
    # A volunteer who works from a home laptop.
    registrar = tm.add(tg.Actor("League registrar", role="volunteer registrar", privileged=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin="third-party-api",
            controls={
                c.SupplierAssessment(note="the vendor's no-training API terms were reviewed")
            },
        )
    )

with tm.boundary("National governing body", trust=tg.Trust.PARTNER):
    # Only current members are insured to play, so the league checks each number.
    ngb = tm.add(
        tg.ExternalService(
            "Membership registry API",
            provides="data-provider",
            description="The governing body's membership lookup for affiliated clubs and leagues.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Takes the season fee on a hosted checkout page; no card data reaches the league.
    payments = tm.add(
        tg.ExternalService(
            "Payment provider",
            description="Hosted checkout; the season fees are set up as products in its dashboard.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends the confirmation e-mails from the league's domain.
    mail = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("League cloud project", trust=tg.Trust.INTERNAL):
    # The chat widget on the league website talks to this.
    chat = tm.add(
        tg.Endpoint(
            "Registration chat API",
            purpose="api",
            controls={c.RateLimiting(requests_per_minute=20, note="per visitor IP")},
        )
    )
    # Leads the conversation and calls the tools.
    agent = tm.add(
        tg.Agent(
            "Registration agent",
            autonomy="supervised",
            controls={
                c.HumanInTheLoop(
                    approver="league registrar",
                    note="junior (under-18) registrations only; adult registrations go ahead directly",
                ),
                c.CircuitBreaker(max_steps=15),
                c.SecretsManagement(note="provider API keys in the cloud secret manager"),
            },
        )
    )
    # Checks a membership number with the governing body.
    membership_tool = tm.add(
        tg.Tool(
            "Membership lookup tool",
            capabilities={"read"},
            description="Looks up a membership number and surname in the governing body's registry.",
        )
    )
    # Writes the registration the agent has collected.
    save_tool = tm.add(tg.Tool("Save registration tool", capabilities={"write"}))
    # Creates a hosted checkout link for the season fee.
    payment_tool = tm.add(
        tg.Tool(
            "Season fee payment link tool",
            capabilities={"write", "network-egress"},
            description="Creates a checkout session for the fee product the agent names.",
        )
    )
    # Sends the confirmation with the registration reference and payment link.
    email_tool = tm.add(tg.Tool("Confirmation e-mail tool", capabilities={"send-messages"}))
    # Marks registrations paid when the provider says so.
    webhook = tm.add(
        tg.Endpoint(
            "Payment webhook receiver",
            purpose="api",
            controls={c.MessageIntegrity(note="the provider's webhook signature is verified")},
        )
    )
    # The season's registrations: the league's player list for referees and fixtures.
    registrations_db = tm.add(
        tg.DataStore(
            "Player registrations database",
            stores={registration, medical_notes},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Chats are kept to answer disputes about what a player said.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))
    # Where the registrar reviews junior registrations and exports team sheets.
    console = tm.add(
        tg.Service(
            "Registrar admin console",
            controls={
                c.Authentication(method="Google Workspace sign-in with 2-step verification"),
                c.RBAC(note="league officers only"),
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(player, chat, chat_message, protocol="https")
tm.flow(chat, agent, chat_message)
tm.flow(agent, chat, agent_reply)
tm.flow(chat, player, agent_reply, protocol="https")
tm.flow(agent, transcript_store, transcripts)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, membership_tool, membership_query)
tm.flow(membership_tool, ngb, membership_query, protocol="https")
tm.flow(ngb, membership_tool, membership_status, protocol="https")
tm.flow(membership_tool, agent, membership_status)

tm.flow(agent, save_tool, save_call)
tm.flow(save_tool, registrations_db, registration, medical_notes)
tm.flow(save_tool, agent, save_result)

tm.flow(agent, payment_tool, payment_link_call)
tm.flow(payment_tool, payments, payment_link_call, protocol="https")
tm.flow(payments, payment_tool, payment_link, protocol="https")
tm.flow(payment_tool, agent, payment_link)
tm.flow(player, payments, protocol="https", label="pays on the hosted checkout page")
tm.flow(payments, webhook, payment_event, protocol="https", label="payment webhook")
tm.flow(webhook, registrations_db, payment_event, label="marks paid")

tm.flow(agent, email_tool, email_call)
tm.flow(email_tool, mail, email, protocol="https")
tm.flow(mail, player, email, protocol="smtp+starttls")

tm.flow(registrar, console, junior_approval, protocol="https")
tm.flow(registrations_db, console, registration, medical_notes)
tm.flow(console, registrations_db, junior_approval)
tm.flow(console, registrar, registration, medical_notes, protocol="https")
