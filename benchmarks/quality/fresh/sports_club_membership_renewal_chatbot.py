"""Season ticket renewal chatbot for a football club: the first design.

Members chat with a renewal assistant on the club website and app after signing in
with their club account (e-mail and password at the club's hosted sign-in
provider). The assistant is an LLM agent, running in the club's cloud account,
that calls a vendor-hosted LLM and answers from an index of renewal FAQs, terms
and price bands. Through four first-party tools it looks up the member's record
in the membership CRM, checks seats and submits seat-move requests to the
ticketing platform (a vendor SaaS), builds renewal baskets there, which the member
pays on the platform's hosted checkout, and reads direct debit instalment plans
from the club's direct debit provider. Seat moves are applied only after the
ticket office approves them in the ticketing back office. Controls in this design:
sign-in at the chat endpoint with a per-member rate limit, TLS to every outside
service, a step limit on the agent, role-based access and encryption at rest
on the CRM, and cloud-default encryption of stored transcripts.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Season ticket renewal chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Chat assistant for members handling season ticket renewals, seat moves "
        "and direct debit questions."
    ),
)

# ---------------------------------------------------------------- data assets
credentials = tg.Data(
    "Club account sign-in credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
id_token = tg.Data("Member session token", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
message = tg.Data("Member chat message", sensitivity=tg.Sensitivity.PII, kind="prompt")
reply = tg.Data("Assistant reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
prompt = tg.Data(
    "LLM prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, conversation so far, FAQ passages and tool results.",
)
completion = tg.Data(
    "LLM completion",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Reply text or the next tool call the model chose.",
)
faq = tg.Data(
    "Renewal FAQs, terms and price bands",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
)
faq_passages = tg.Data(
    "Retrieved FAQ passages", sensitivity=tg.Sensitivity.PUBLIC, kind="retrieved-context"
)
tool_call = tg.Data("Tool call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
member_record = tg.Data(
    "Member record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, address, contact details, membership number, seat, renewal status.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
member_summary = tg.Data(
    "Membership lookup result", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
seat_availability = tg.Data(
    "Seat availability", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
seat_move_request = tg.Data("Seat move request", sensitivity=tg.Sensitivity.PII, kind="records")
seat_move_decision = tg.Data(
    "Seat move approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
seat_result = tg.Data("Seat tool result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
basket = tg.Data(
    "Renewal basket",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Member, seat, season product and instalment option chosen.",
)
payment_link = tg.Data("Renewal payment link", sensitivity=tg.Sensitivity.PII, kind="tool-result")
card_payment = tg.Data("Card payment details", sensitivity=tg.Sensitivity.REGULATED, kind="records")
dd_query = tg.Data("Direct debit plan query", sensitivity=tg.Sensitivity.PII, kind="records")
dd_plan = tg.Data(
    "Direct debit instalment plan",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Collection schedule, amounts, mandate status, last two digits of the account.",
)
dd_result = tg.Data("Direct debit tool result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
transcripts = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Season ticket holders on the club website or app; anyone can open an account.
    member = tm.add(tg.Actor("Member", role="season ticket holder"))

with tm.boundary("Sign-in provider", trust=tg.Trust.PARTNER):
    # The club's hosted customer identity service, shared with the shop and app.
    idp = tm.add(
        tg.ExternalService(
            "Club account sign-in",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
            description="Hosted OIDC sign-in for club accounts: e-mail and password.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the assistant, called over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling.",
        )
    )

with tm.boundary("Ticketing vendor", trust=tg.Trust.PARTNER):
    # Seat inventory, season products and hosted checkout live in the vendor's SaaS.
    ticketing = tm.add(
        tg.ExternalService(
            "Ticketing platform",
            description=(
                "Seat map and allocations; season ticket products and prices are "
                "configured here; hosts the renewal checkout and the ticket office "
                "back office."
            ),
        )
    )

with tm.boundary("Direct debit provider", trust=tg.Trust.PARTNER):
    # Runs the instalment plans and holds the members' mandates and bank details.
    dd_provider = tm.add(
        tg.ExternalService(
            "Direct debit provider",
            description="Collects season ticket instalments by direct debit.",
        )
    )

with tm.boundary("Club cloud account", trust=tg.Trust.INTERNAL):
    # Front door for the chat widget; checks the member's session token.
    chat = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="club account e-mail and password (OIDC session token)"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # The LLM agent that reads the conversation and decides which tool to call.
    assistant = tm.add(
        tg.Agent(
            "Renewal assistant",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Answers renewal questions and calls the renewal tools.",
            controls={c.CircuitBreaker(max_steps=8)},
        )
    )
    # Grounds answers in the club's published renewal information.
    faq_index = tm.add(tg.VectorStore("Renewal FAQ index", stores={faq}))
    # Reads membership details for the conversation.
    lookup_tool = tm.add(
        tg.Tool(
            "Membership lookup tool",
            capabilities={"read"},
            description="Returns a member record for the membership number in the call.",
        )
    )
    # Checks free seats and files a move request; the ticket office applies it.
    seat_tool = tm.add(
        tg.Tool(
            "Seat move tool",
            capabilities={"read", "write"},
            description="Lists free seats in a block and submits a seat move request.",
            controls={
                c.HumanInTheLoop(approver="ticket office staff in the ticketing back office")
            },
        )
    )
    # Creates the renewal basket and hands back the hosted checkout link.
    renewal_tool = tm.add(
        tg.Tool(
            "Renewal basket tool",
            capabilities={"read", "write"},
            description="Creates a renewal basket for a member and seat and returns its payment link.",
        )
    )
    # Answers "when is my next collection" style questions; changes go to the provider's own pages.
    dd_tool = tm.add(
        tg.Tool(
            "Direct debit status tool",
            capabilities={"read"},
            description="Reads a member's instalment plan and mandate status.",
        )
    )
    # Conversation history kept for complaint handling and improving the FAQs.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )

    with tm.boundary("Membership data", trust=tg.Trust.RESTRICTED):
        # The club's system of record for members.
        crm = tm.add(
            tg.DataStore(
                "Membership CRM",
                stores={member_record},
                controls={
                    c.RBAC(),
                    c.EncryptionAtRest(key_management="KMS"),
                },
            )
        )

with tm.boundary("Club office network", trust=tg.Trust.INTERNAL):
    # Reviews and applies seat moves, and takes chats the assistant hands over by phone.
    ticket_office = tm.add(tg.Actor("Ticket office staff", role="ticket office"))

# ---------------------------------------------------------------- flows
tm.flow(member, idp, credentials, protocol="https", label="sign in")
tm.flow(idp, member, id_token, protocol="https")
tm.flow(member, chat, message, id_token, protocol="https")
tm.flow(chat, member, reply, protocol="https")
tm.flow(chat, assistant, message)
tm.flow(assistant, chat, reply)

tm.flow(assistant, llm, prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")
tm.flow(assistant, faq_index, message, label="similarity search")
tm.flow(faq_index, assistant, faq_passages)
tm.flow(assistant, transcript_store, transcripts)

tm.flow(assistant, lookup_tool, tool_call)
tm.flow(lookup_tool, crm, tool_call, label="lookup by membership number")
tm.flow(crm, lookup_tool, member_record)
tm.flow(lookup_tool, assistant, member_summary)

tm.flow(assistant, seat_tool, tool_call)
tm.flow(seat_tool, ticketing, seat_move_request, protocol="https")
tm.flow(ticketing, seat_tool, seat_availability, protocol="https")
tm.flow(seat_tool, assistant, seat_result)

tm.flow(assistant, renewal_tool, tool_call)
tm.flow(renewal_tool, ticketing, basket, protocol="https")
tm.flow(ticketing, renewal_tool, payment_link, protocol="https")
tm.flow(renewal_tool, assistant, payment_link)
tm.flow(member, ticketing, card_payment, protocol="https", label="hosted checkout")

tm.flow(assistant, dd_tool, tool_call)
tm.flow(dd_tool, dd_provider, dd_query, protocol="https")
tm.flow(dd_provider, dd_tool, dd_plan, protocol="https")
tm.flow(dd_tool, assistant, dd_result)

tm.flow(ticketing, ticket_office, seat_move_request, protocol="https", label="back office queue")
tm.flow(ticket_office, ticketing, seat_move_decision, protocol="https")
