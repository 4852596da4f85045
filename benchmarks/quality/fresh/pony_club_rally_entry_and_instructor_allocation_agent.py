"""Pony club rally entries and instructor allocation agent: the first design.

A regional pony club runs summer and winter rallies. Parents enter their children
through a chat widget on the members' portal or by e-mailing the rally inbox. An
LLM agent reads each entry, looks up the rider's efficiency test level and the
pony's details in the club database, reads the photo of the passport's flu
vaccination page that parents attach, and records the entry. It proposes the
instructor for each ride from instructor availability; the rally secretary
approves the allocation before it is published. The agent sends a card payment
link for the entry fee through the payment provider, whose webhook marks the
entry paid. The agent runs in the club's cloud account and calls a hosted LLM.
Controls: portal sign-in and a rate limit on the chat, TLS on all external links,
the payment provider's signed webhooks, provider-managed disk encryption and
role-based access to the database, and SSO with 2SV for the volunteers' console.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pony club rally entry and instructor allocation agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Takes rally entries by chat and e-mail, checks test levels and "
    "vaccinations, allocates instructors and collects entry fees.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Entry chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Parent's message naming the child, pony, rally and ride preferences.",
)
entry_email = tg.Data(
    "Entry e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="E-mail to the rally inbox, often with attachments.",
)
vaccination_photo = tg.Data(
    "Passport vaccination page photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photo of the equine passport page with flu vaccination dates and vet stamps.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the conversation, tool results and attached images.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
rider_records = tg.Data(
    "Rider and pony records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Members (mostly children), dates of birth, test levels, medical notes, "
    "ponies and parent contact details.",
)
entries = tg.Data(
    "Rally entries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Rider, pony, ride, vaccination status and payment status per entry.",
)
instructor_allocations = tg.Data(
    "Instructor allocations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Instructor availability and the ride each instructor takes.",
)
tool_call = tg.Data("Agent tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
tool_result = tg.Data("Tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
payment_request = tg.Data(
    "Entry fee payment request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Parent's e-mail, entry reference and the fee amount the agent works out.",
)
payment_link = tg.Data("Payment link", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
payment_confirmation = tg.Data(
    "Payment confirmation webhook",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Checkout completed event with the entry reference and amount paid.",
)
allocation_approval = tg.Data(
    "Allocation approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
provider_api_key = tg.Data(
    "Payment provider API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parents of members enter their children; anyone can e-mail the inbox.
    parent = tm.add(tg.Actor("Parent", role="club member's parent"))

with tm.boundary("Mail provider", trust=tg.Trust.PARTNER):
    # The club's hosted mailbox: delivers rally inbox mail and sends the agent's replies.
    mail = tm.add(
        tg.ExternalService(
            "Hosted club mailbox",
            description="Rally inbox on the club's hosted e-mail service; the agent polls it.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose multimodal model that reads messages and passport photos.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vendor chat model with image input, called over its API.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: card data never reaches the club.
    payments = tm.add(
        tg.ExternalService(
            "Payment provider",
            description="Hosted card checkout pages and payment links.",
        )
    )

with tm.boundary("Club cloud account", trust=tg.Trust.INTERNAL):
    # Chat widget backend on the members' portal.
    chat = tm.add(
        tg.Endpoint(
            "Entry chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="members' portal e-mail and password"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # The LLM agent that handles each entry conversation end to end.
    agent = tm.add(
        tg.Agent(
            "Rally entry agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Reads chat and e-mail entries, checks test level and vaccination, "
            "records entries, proposes instructors and sends fee links.",
            controls={
                c.HumanInTheLoop(
                    approver="rally secretary",
                    note="instructor allocations wait for the secretary's approval; entries "
                    "and payment links go ahead directly",
                ),
            },
        )
    )
    # Read-only lookup of the rider's test level and the pony's record.
    lookup_tool = tm.add(
        tg.Tool(
            "Member and pony lookup tool",
            capabilities={"read"},
            description="Finds the rider and pony by name and the parent's e-mail address.",
        )
    )
    # Writes the entry, with the vaccination status the agent read from the photo.
    entry_tool = tm.add(
        tg.Tool(
            "Entry recording tool",
            capabilities={"read", "write"},
            description="Creates or updates a rally entry, its ride and vaccination status.",
        )
    )
    # Proposes and, once approved, publishes instructor-to-ride allocations.
    allocation_tool = tm.add(
        tg.Tool(
            "Instructor allocation tool",
            capabilities={"read", "write"},
            description="Reads instructor availability and writes the allocation for each ride.",
        )
    )
    # Asks the payment provider for a payment link for the entry fee.
    payment_tool = tm.add(
        tg.Tool(
            "Entry fee payment link tool",
            capabilities={"network-egress"},
            description="Creates a checkout link for the amount the agent gives, which "
            "includes sibling discounts and late-entry surcharges.",
        )
    )
    # Receives the provider's checkout-completed events.
    webhook = tm.add(
        tg.Service(
            "Payment webhook handler",
            controls={c.MessageIntegrity(note="provider's webhook signature is verified")},
        )
    )
    # Single database for members, ponies, rallies, entries and instructors.
    club_db = tm.add(
        tg.DataStore(
            "Club database",
            stores={rider_records, entries, instructor_allocations, provider_api_key},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.RBAC(),
            },
        )
    )
    # Volunteers' web console to review entries and approve allocations.
    console = tm.add(
        tg.Endpoint(
            "Rally secretary console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Google Workspace SSO with 2SV"),
                c.RBAC(),
            },
        )
    )

with tm.boundary("Volunteers' own devices", trust=tg.Trust.UNTRUSTED):
    # A club volunteer running the rally from a home laptop.
    secretary = tm.add(tg.Actor("Rally secretary", role="club volunteer", privileged=True))

# ---------------------------------------------------------------- flows
# Chat channel
tm.flow(parent, chat, chat_message, vaccination_photo, protocol="https")
tm.flow(chat, agent, chat_message, vaccination_photo)
tm.flow(agent, chat, agent_reply)
tm.flow(chat, parent, agent_reply, protocol="https")

# E-mail channel
tm.flow(parent, mail, entry_email, vaccination_photo, protocol="smtp")
tm.flow(mail, agent, entry_email, vaccination_photo, protocol="imaps", label="inbox polling")
tm.flow(agent, mail, agent_reply, payment_link, protocol="smtps")
tm.flow(mail, parent, agent_reply, payment_link, protocol="smtp")

# LLM
tm.flow(
    agent,
    llm,
    llm_prompt,
    vaccination_photo,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(llm, agent, llm_completion, protocol="https")

# Tools
tm.flow(agent, lookup_tool, tool_call)
tm.flow(lookup_tool, club_db, tool_call, label="query")
tm.flow(club_db, lookup_tool, rider_records)
tm.flow(lookup_tool, agent, tool_result)

tm.flow(agent, entry_tool, tool_call)
tm.flow(entry_tool, club_db, entries)
tm.flow(club_db, entry_tool, entries)
tm.flow(entry_tool, agent, tool_result)

tm.flow(agent, allocation_tool, tool_call)
tm.flow(club_db, allocation_tool, instructor_allocations)
tm.flow(allocation_tool, club_db, instructor_allocations)
tm.flow(allocation_tool, agent, tool_result)

tm.flow(agent, payment_tool, payment_request)
tm.flow(club_db, payment_tool, provider_api_key, label="reads API key")
tm.flow(payment_tool, payments, payment_request, protocol="https")
tm.flow(payments, payment_tool, payment_link, protocol="https")
tm.flow(payment_tool, agent, payment_link)
tm.flow(parent, payments, protocol="https", label="pays at hosted checkout")
tm.flow(payments, webhook, payment_confirmation, protocol="https", label="webhook")
tm.flow(webhook, club_db, entries, label="marks entry paid")

# Secretary review
tm.flow(secretary, console, allocation_approval, protocol="https")
tm.flow(console, club_db, allocation_approval, entries)
tm.flow(club_db, console, entries, instructor_allocations, rider_records)
tm.flow(console, secretary, entries, instructor_allocations, protocol="https")
tm.flow(console, agent, allocation_approval, label="approved allocations to publish")
