"""Toy library membership and loan chatbot: the first design, before any security review.

A community toy library (a small charity run by volunteers) lends toys, games and
baby equipment to member families. A chat widget on its website lets parents ask
what is available, check what they have out and when it is due, renew a loan,
reserve a toy for the next session, and get a link to pay the annual membership
fee. An LLM agent hosted in the charity's cloud account answers, using a hosted
LLM from a model vendor and three tools: a catalogue search, a loans tool that
reads and updates the library's membership and loans database, and a payment link
tool that creates a checkout link with the card payment provider. Members
identify themselves in the chat with their membership number and postcode. The
widget is rate limited, the agent's loop is capped, traffic uses TLS, and
volunteers sign in to the library system's admin console with a password.
Members' and children's details are UK personal data, so UK GDPR applies.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Toy library membership and loan chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Website chatbot for a volunteer-run toy library: availability, loans, renewals, fees.",
)

# ---------------------------------------------------------------- data assets
member_message = tg.Data("Member chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
bot_reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far and tool results.",
)
llm_response = tg.Data(
    "LLM response with tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
catalogue_query = tg.Data("Catalogue search", kind="tool-call", sensitivity=tg.Sensitivity.PUBLIC)
toy_catalogue = tg.Data(
    "Toy catalogue entries",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Toy names, age ranges, photos, availability and next return date.",
)
loan_request = tg.Data(
    "Loan lookup, renewal or reservation",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Membership number and postcode, and the loan or toy to act on.",
)
member_loans = tg.Data(
    "Member and loan records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Parent's name, address, phone, children's first names and ages, loans, fines.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
payment_request = tg.Data(
    "Membership fee payment link request", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
payment_link = tg.Data("Checkout link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
payment_confirmation = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.PII
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
volunteer_updates = tg.Data(
    "Check-outs, returns and membership changes", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parents and carers using the website; anyone can open the chat.
    member = tm.add(tg.Actor("Member parent", role="member"))

with tm.boundary("Charity cloud account", trust=tg.Trust.INTERNAL):
    # The chat widget's backend: the only public way into the chatbot.
    widget = tm.add(
        tg.Endpoint(
            "Chat widget API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={tg.controls.RateLimiting(requests_per_minute=30)},
        )
    )
    # The LLM agent that talks to members and decides which tool to call.
    agent = tm.add(
        tg.Agent(
            "Loan chatbot agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Renews loans and places reservations itself, within library rules.",
            controls={tg.controls.CircuitBreaker(max_steps=8)},
        )
    )
    # Read-only search over what the library owns and what is on the shelf.
    catalogue_tool = tm.add(tg.Tool("Toy catalogue search", capabilities={"read"}))
    # Looks up a member's loans and renews or reserves on their behalf.
    loans_tool = tm.add(
        tg.Tool(
            "Loans and reservations tool",
            capabilities={"read", "write"},
            controls={
                tg.controls.Authentication(method="membership number and postcode"),
            },
        )
    )
    # Creates a hosted checkout link for the member's annual fee band.
    payment_tool = tm.add(tg.Tool("Membership payment link tool", capabilities={"network-egress"}))
    # Kept so that volunteers can follow up on conversations that went wrong.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))

with tm.boundary("Library system", trust=tg.Trust.INTERNAL):
    # Off-the-shelf hosted library management system: the record of members and loans.
    library_db = tm.add(
        tg.DataStore(
            "Membership and loans database",
            stores={member_loans, toy_catalogue},
        )
    )
    # Where volunteers check toys in and out and manage memberships at each session.
    admin_console = tm.add(
        tg.Endpoint(
            "Library admin console",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={tg.controls.Authentication(method="shared volunteer password")},
        )
    )

with tm.boundary("Library premises", trust=tg.Trust.INTERNAL):
    # Runs the Saturday sessions; fixes records the chatbot got wrong.
    volunteer = tm.add(tg.Actor("Volunteer coordinator", role="volunteer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model with function calling, used under the charity's API key.
    llm = tm.add(tg.LLM("Hosted chat LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Takes the card payment on its hosted checkout page; the fee bands are set up here.
    payments = tm.add(
        tg.ExternalService(
            "Card payment provider",
            description="Hosted checkout; membership products and prices are configured here.",
        )
    )

# ---------------------------------------------------------------- flows
tls = tg.controls.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(member, widget, member_message, protocol="https", controls={tls})
tm.flow(widget, agent, member_message)
tm.flow(agent, widget, bot_reply)
tm.flow(widget, member, bot_reply, protocol="https", controls={tls})

tm.flow(agent, llm, agent_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, llm_response, protocol="https", controls={tls})

tm.flow(agent, catalogue_tool, catalogue_query)
tm.flow(catalogue_tool, agent, toy_catalogue)
tm.flow(catalogue_tool, library_db, catalogue_query, protocol="https", controls={tls})
tm.flow(library_db, catalogue_tool, toy_catalogue, protocol="https", controls={tls})

tm.flow(agent, loans_tool, loan_request)
tm.flow(loans_tool, agent, member_loans)
tm.flow(loans_tool, library_db, loan_request, protocol="https", controls={tls})
tm.flow(library_db, loans_tool, member_loans, protocol="https", controls={tls})

tm.flow(agent, payment_tool, payment_request)
tm.flow(payment_tool, payments, payment_request, protocol="https", controls={tls})
tm.flow(payments, payment_tool, payment_link, protocol="https", controls={tls})
tm.flow(payment_tool, agent, payment_link)
tm.flow(member, payments, payment_confirmation, protocol="https", label="pays on checkout page")
tm.flow(payments, volunteer, payment_confirmation, protocol="smtp", label="e-mail receipt")

tm.flow(agent, transcript_store, transcripts)

tm.flow(volunteer, admin_console, volunteer_updates, protocol="https", controls={tls})
tm.flow(admin_console, volunteer, member_loans, protocol="https", controls={tls})
tm.flow(admin_console, library_db, volunteer_updates)
tm.flow(library_db, admin_console, member_loans)
