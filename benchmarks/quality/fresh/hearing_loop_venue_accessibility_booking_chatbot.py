"""Accessibility booking chatbot for a theatre group: the first design, before any security review.

Customers open a chat window on the theatre group's website. There they ask about access
at each venue (step-free routes, hearing loops, captioned and audio-described shows) and
book captioned or hearing-loop seats, with a free companion ticket for people on the
group's access register. A booking assistant built on a hosted LLM answers from indexed
venue access guides. It looks up the signed-in customer's access profile and holds and books
seats in the group's ticketing platform (a SaaS product); the customer pays on that platform's
hosted checkout. Anything out of the ordinary goes to the access team as a request: joining
the access register with proof of need, a wheelchair space with a transfer seat, or an
assistance dog. The access team approves each one in an internal console.
The assistant runs in the group's cloud account. Customers sign in with their ticketing
account, the chat API is rate limited and access staff use SSO with MFA. The access
register is encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hearing-loop venue accessibility booking chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chatbot that answers access questions and books captioned, hearing-loop "
    "and companion seats, with special arrangements approved by the access team.",
)

# ---------------------------------------------------------------- data assets
customer_message = tg.Data(
    "Customer chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Questions and booking requests; often mention hearing loss or other access needs.",
)
assistant_reply = tg.Data(
    "Assistant reply",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Answers, seat options, booking confirmations and checkout links.",
)
llm_prompt = tg.Data(
    "Assistant prompt with context",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, the conversation, guide extracts and the customer's access profile.",
)
llm_completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="The next reply or the tool calls the assistant should make.",
)
access_guides = tg.Data(
    "Venue access guides",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Access pages, seating plans with loop coverage, captioned performance dates.",
)
guide_chunks = tg.Data(
    "Access guide extracts", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
access_profile = tg.Data(
    "Customer access profile",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Access register entry: hearing loss, mobility or other needs (health data), "
    "companion eligibility, seating preferences.",
)
profile_query = tg.Data("Access profile lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_call = tg.Data(
    "Seat hold and booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Performance, seats (captioned-view, loop zone), companion ticket, customer account.",
)
booking_result = tg.Data(
    "Booking result",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Held or booked seats, order reference and checkout link.",
)
booking = tg.Data(
    "Ticket booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Order in the ticketing platform, with the companion seat flag.",
)
availability = tg.Data(
    "Seat availability",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Free seats per performance, marked by loop coverage and caption sightline.",
)
access_request = tg.Data(
    "Access arrangement request",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Request to join the access register or for a special arrangement, "
    "with the needs described by the customer.",
)
evidence = tg.Data(
    "Proof of access need",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Photo of an Access Card, a benefits letter or a doctor's letter, attached in chat.",
)
request_result = tg.Data(
    "Request reference", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
decision = tg.Data(
    "Access team decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Approval or refusal of a request, with any seats released for the arrangement.",
)
confirmation = tg.Data(
    "Booking confirmation e-mail", kind="documents", sensitivity=tg.Sensitivity.PII
)
transcripts = tg.Data(
    "Chat transcripts",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Whole conversations, including any access needs described.",
)
sign_in = tg.Data(
    "Ticketing account sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Theatre-goers, their carers and anyone else on the website.
    customer = tm.add(tg.Actor("Customer", role="theatre-goer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API; we do not host it.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vendor chat model with tool calling.",
        )
    )

with tm.boundary("Ticketing platform vendor", trust=tg.Trust.PARTNER):
    # The SaaS box-office system: performances, seat maps, orders, checkout, e-mails.
    ticketing = tm.add(
        tg.ExternalService(
            "Ticketing platform",
            description="Box-office SaaS. Holds seats, takes payment on its hosted checkout "
            "and sends confirmation e-mails. Also signs customers in to their accounts.",
        )
    )

with tm.boundary("Theatre cloud account", trust=tg.Trust.INTERNAL):
    # Public entry point for the chat widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.RateLimiting(requests_per_minute=30),
                c.Authentication(
                    method="ticketing account e-mail and password (needed to book; "
                    "questions can be asked without signing in)"
                ),
            },
        )
    )
    # The LLM agent: it decides what to answer and which tools to call.
    assistant = tm.add(
        tg.Agent(
            "Booking assistant",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Answers access questions and books seats for the signed-in customer.",
            controls={
                c.HumanInTheLoop(
                    approver="the access team",
                    note="new access-register entries and special arrangements only; "
                    "captioned, hearing-loop and companion seat bookings go ahead directly",
                ),
                c.CircuitBreaker(max_steps=12),
            },
        )
    )
    # Retrieval over the venue access guides, so answers cite the real venue details.
    guide_index = tm.add(tg.VectorStore("Access guide index", stores={guide_chunks}))
    # Keeps the index in step with the website's access pages.
    indexer = tm.add(
        tg.Pipeline(
            "Access guide indexer",
            stage=tg.Stage.INGESTION,
            description="Nightly: fetches the access pages from the website CMS, chunks and embeds them.",
        )
    )
    # Reads the access register entry of the signed-in customer.
    profile_tool = tm.add(
        tg.Tool(
            "Access profile lookup tool",
            capabilities={"read"},
            description="Returns the access profile for the account id the assistant passes in.",
        )
    )
    # Holds and books seats and companion tickets through the ticketing platform's API.
    booking_tool = tm.add(
        tg.Tool(
            "Seat booking tool",
            capabilities={"read", "write"},
            description="Checks availability, holds seats and books them, adding a free "
            "companion ticket when the assistant says the customer is eligible.",
        )
    )
    # Files requests that need the access team, with any attached evidence.
    request_tool = tm.add(
        tg.Tool(
            "Access request tool",
            capabilities={"write"},
            description="Creates a pending request in the access register.",
        )
    )
    # System of record for customers' access needs and pending requests.
    register = tm.add(
        tg.DataStore(
            "Access register",
            stores={access_profile, access_request, evidence, decision},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Conversation history, kept for complaints and for improving the assistant.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))
    # Where the access team works through pending requests.
    console = tm.add(
        tg.Service(
            "Access team console",
            description="Lists pending requests with their evidence; approving one updates "
            "the register and releases the arranged seats in the ticketing platform.",
            controls={
                c.Authentication(method="staff SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("Theatre office", trust=tg.Trust.INTERNAL):
    # The access coordinators who approve special arrangements.
    access_staff = tm.add(tg.Actor("Access team member", role="access coordinator"))
    # The website's content system, where the access pages are written.
    cms = tm.add(tg.DataSource("Website CMS", origin=tg.Origin.INTERNAL, provides={access_guides}))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# Customer conversation
tm.flow(customer, ticketing, sign_in, protocol="https", label="account sign-in")
tm.flow(customer, chat_api, customer_message, evidence, protocol="https", controls={tls})
tm.flow(chat_api, assistant, customer_message, evidence)
tm.flow(assistant, chat_api, assistant_reply)
tm.flow(chat_api, customer, assistant_reply, protocol="https", controls={tls})
tm.flow(assistant, transcript_store, transcripts)

# The model
tm.flow(assistant, llm, llm_prompt, protocol="https")
tm.flow(llm, assistant, llm_completion, protocol="https")

# Retrieval
tm.flow(assistant, guide_index, customer_message, label="similarity query")
tm.flow(guide_index, assistant, guide_chunks, label="retrieved guide extracts")
tm.flow(cms, indexer, access_guides, protocol="https", label="nightly export")
tm.flow(indexer, guide_index, guide_chunks)

# Tools
tm.flow(assistant, profile_tool, profile_query)
tm.flow(profile_tool, register, profile_query)
tm.flow(register, profile_tool, access_profile)
tm.flow(profile_tool, assistant, access_profile)

tm.flow(assistant, booking_tool, booking_call)
tm.flow(booking_tool, ticketing, booking_call, protocol="https", label="box-office API")
tm.flow(ticketing, booking_tool, availability, booking, protocol="https")
tm.flow(booking_tool, assistant, booking_result)

tm.flow(assistant, request_tool, access_request, evidence)
tm.flow(request_tool, register, access_request, evidence)
tm.flow(request_tool, assistant, request_result)

# Access team approval
tm.flow(register, console, access_request, evidence, access_profile)
tm.flow(console, access_staff, access_request, evidence, protocol="https")
tm.flow(access_staff, console, decision, protocol="https", label="approve or refuse")
tm.flow(console, register, decision, access_profile)
tm.flow(console, ticketing, booking, protocol="https", label="release arranged seats")

# Checkout and confirmation happen on the ticketing platform
tm.flow(ticketing, customer, confirmation, protocol="smtp", label="confirmation e-mail")
