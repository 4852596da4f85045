"""Dragon boat festival team registration and waiver agent: the first design, before any security review.

A UK charity dragon boat festival takes about 80 corporate and community crews. Team
captains register through a chat agent on the festival website (hosted LLM, festival
cloud account): it answers from the festival handbook, creates the team and roster,
sends a payment link for the entry fee (read from the fee price list by crew category),
and has an e-signature service send every crew member a liability waiver with a health
and swimming declaration (a guardian signs for paddlers aged 14-17). The payment
provider and the e-signature service report payments and signed waivers to a webhook
receiver, which updates the registration database and keeps the signed PDFs. Race
coordinators see rosters, waiver status and health flags in a staff dashboard.
Controls: magic-link sign-in and rate limiting for captains, the vendor's content
filter, an agent step limit, roster validation, signed payment webhooks, SSO with MFA
and roles for staff, and encryption at rest with roles on the waiver store.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dragon boat festival team registration and waiver agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chat agent that registers crews, collects entry fees and gathers signed waivers.",
)

# ---------------------------------------------------------------- data assets
captain_message = tg.Data(
    "Captain chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Questions, team details and the roster: paddler names, e-mails and ages.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Prompt with registration context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation, handbook passages and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
handbook = tg.Data(
    "Festival handbook",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Race rules, schedule, crew categories, safety briefing, refund terms.",
)
registration_call = tg.Data(
    "Registration call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Create or update a team, add or replace paddlers, read waiver status.",
)
registration_result = tg.Data(
    "Team record and waiver status", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
teams = tg.Data(
    "Team registrations and rosters",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
fee_table = tg.Data(
    "Entry fee price list",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Entry fee per crew category (corporate, community, charity, junior).",
)
payment_call = tg.Data("Payment link call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
checkout_request = tg.Data(
    "Checkout session request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Team id, category fee amount and the captain's e-mail.",
)
payment_link = tg.Data("Payment link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
card_details = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Entered on the payment provider's hosted page; never reaches us.",
)
payment_event = tg.Data("Payment confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
waiver_call = tg.Data("Waiver invitation call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
waiver_result = tg.Data("Invitations sent", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
waiver_request = tg.Data(
    "Waiver envelope request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Paddler name, e-mail, date of birth and, for under-18s, guardian e-mail.",
)
waiver_email = tg.Data("Waiver invitation e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
signed_waiver = tg.Data(
    "Signed waiver and health declaration",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Signed PDF: medical conditions, medication, swimming ability, emergency contact.",
)
waiver_status = tg.Data(
    "Waiver status",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Per paddler: sent, signed or declined, and a health flag for the safety crews.",
)
staff_request = tg.Data(
    "Coordinator request",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Searches, roster corrections, heat allocation notes.",
)
staff_view = tg.Data(
    "Roster and waiver view",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Rosters, waiver status and the health declarations of flagged paddlers.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Registers the crew and pays the entry fee; usually an office volunteer at the sponsor.
    captain = tm.add(tg.Actor("Team captain", role="team captain"))
    # Every crew member signs their own waiver (a guardian for under-18s).
    paddler = tm.add(tg.Actor("Paddler", role="crew member"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the agent's replies and chooses its tool calls.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's built-in content filter")},
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: card details stay with the provider.
    payments = tm.add(tg.ExternalService("Payment provider", provides="generic"))

with tm.boundary("E-signature vendor", trust=tg.Trust.PARTNER):
    # Sends the waiver envelopes, collects signatures and returns the signed PDF.
    esign = tm.add(tg.ExternalService("E-signature service", provides="generic"))

with tm.boundary("Festival cloud account", trust=tg.Trust.INTERNAL):
    # The chat on the festival website; captains sign in with a link sent to their e-mail.
    chat = tm.add(
        tg.Endpoint(
            "Registration chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail magic link"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # The registration agent: acts on the captain's word, with no person approving each step.
    agent = tm.add(
        tg.Agent(
            "Registration agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=12)},
        )
    )
    # Handbook the agent quotes for rules, timings and refund terms.
    handbook_store = tm.add(tg.DataStore("Festival handbook store", stores={handbook}))
    # Creates and edits the captain's team and roster, and reads back waiver status.
    registration_tool = tm.add(
        tg.Tool(
            "Team registration tool",
            capabilities={"read", "write"},
            controls={
                c.InputValidation(note="18-26 crew members, a valid category, ages 14 and over")
            },
        )
    )
    # Opens a checkout session for the entry fee and hands the link back to the captain.
    payment_tool = tm.add(
        tg.Tool(
            "Entry fee payment link tool",
            capabilities={"write", "network-egress"},
            description="The amount is read from the entry fee price list for the team's category.",
        )
    )
    # Asks the e-signature service to send each listed crew member their waiver.
    waiver_tool = tm.add(
        tg.Tool("Waiver invitation tool", capabilities={"send-messages", "network-egress"})
    )
    # Teams, rosters, payment and waiver status, and the fee price list.
    db = tm.add(tg.DataStore("Registration database", stores={teams, fee_table, waiver_status}))
    # Receives payment and signed-waiver callbacks from the two vendors.
    webhooks = tm.add(tg.Endpoint("Vendor webhook receiver", purpose=tg.EndpointPurpose.API))
    # Signed waiver PDFs, kept for the insurer until after the festival.
    waiver_store = tm.add(
        tg.DataStore(
            "Signed waiver store",
            stores={signed_waiver},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )

with tm.boundary("Festival office", trust=tg.Trust.INTERNAL):
    # Race coordinators build heats and brief the safety crews.
    coordinator = tm.add(tg.Actor("Race coordinator", role="festival staff"))
    # Staff web app over the registration data and waivers.
    dashboard = tm.add(
        tg.Endpoint(
            "Staff dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Google Workspace SSO with MFA"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
# Captain and agent
tm.flow(captain, chat, captain_message, protocol="https")
tm.flow(chat, captain, agent_reply, protocol="https")
tm.flow(chat, agent, captain_message)
tm.flow(agent, chat, agent_reply)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(handbook_store, agent, handbook)

# Registration
tm.flow(agent, registration_tool, registration_call)
tm.flow(registration_tool, agent, registration_result)
tm.flow(registration_tool, db, teams)
tm.flow(db, registration_tool, teams, waiver_status)

# Entry fee
tm.flow(agent, payment_tool, payment_call)
tm.flow(payment_tool, agent, payment_link)
tm.flow(db, payment_tool, fee_table, label="fee for the team's category")
tm.flow(payment_tool, payments, checkout_request, protocol="https")
tm.flow(payments, payment_tool, payment_link, protocol="https")
tm.flow(captain, payments, card_details, protocol="https")
tm.flow(
    payments,
    webhooks,
    payment_event,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider's signature checked with its SDK")},
)
tm.flow(webhooks, db, payment_event, waiver_status)

# Waivers
tm.flow(agent, waiver_tool, waiver_call)
tm.flow(waiver_tool, agent, waiver_result)
tm.flow(waiver_tool, esign, waiver_request, protocol="https")
tm.flow(esign, paddler, waiver_email, protocol="smtps")
tm.flow(paddler, esign, signed_waiver, protocol="https")
tm.flow(esign, webhooks, signed_waiver, protocol="https", label="envelope completed callback")
tm.flow(webhooks, waiver_store, signed_waiver)

# Staff
tm.flow(coordinator, dashboard, staff_request, protocol="https")
tm.flow(dashboard, coordinator, staff_view, protocol="https")
tm.flow(dashboard, db, staff_request, teams, label="roster corrections")
tm.flow(db, dashboard, teams, waiver_status)
tm.flow(waiver_store, dashboard, signed_waiver)
