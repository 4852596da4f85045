"""Heritage steam railway booking agent: the first design, before any security review.

Members of the public chat with a booking agent on the railway's website. It sells
footplate experiences (a trip riding on the engine with the crew) and dining-train
seats, and answers questions from the published timetable, the dining menus and the
volunteer roster (which crew and which locomotive are out on a given day). The agent
is an LLM agent hosted in the railway's small cloud account; the language model is a
vendor's hosted API. Bookings and checkout links are made in the railway's ticketing
SaaS, which takes card payments through its own payment provider and e-mails the
confirmation. Footplate guests complete a medical declaration in the chat; the agent
records it, accepts declarations with every answer "no" and holds any other for the
footplate experience coordinator, who reviews them in the back-office web app.
Existing bookings are found by booking reference and e-mail address. The chat endpoint
is rate limited, the declaration store is encrypted, and office staff sign in with
the railway's Google Workspace accounts.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Heritage railway footplate and dining booking agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chat agent selling footplate experiences and dining seats, with medical declarations.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Guest chat message", sensitivity=tg.Sensitivity.PII, kind="prompt")
agent_reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Agent prompt with conversation and tool results",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="prompt",
    description="System prompt, the conversation so far (including declaration answers) and tool results.",
)
completion = tg.Data(
    "LLM completion and tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
booking_call = tg.Data("Booking tool call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
booking_request = tg.Data("Booking request", sensitivity=tg.Sensitivity.PII, kind="records")
booking_record = tg.Data(
    "Booking record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Guest name, e-mail, phone, experience or dining date, party size, dietary needs, status.",
)
availability = tg.Data(
    "Seat and footplate availability", sensitivity=tg.Sensitivity.PUBLIC, kind="records"
)
booking_result = tg.Data("Booking tool result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
checkout_call = tg.Data(
    "Checkout link tool call", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
checkout_request = tg.Data(
    "Checkout request for a booking", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
checkout_link = tg.Data("Checkout link", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result")
checkout_session = tg.Data(
    "Checkout session", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
card_details = tg.Data(
    "Card details",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_confirmation = tg.Data(
    "Payment confirmation webhook", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
confirmation_email = tg.Data(
    "Booking confirmation e-mail", sensitivity=tg.Sensitivity.PII, kind="documents"
)
declaration = tg.Data(
    "Footplate medical declaration",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Answers on heart conditions, epilepsy, mobility, pregnancy, medication; name and booking.",
)
declaration_call = tg.Data(
    "Declaration tool call", sensitivity=tg.Sensitivity.REGULATED, kind="tool-call"
)
declaration_outcome = tg.Data(
    "Declaration outcome (accepted or held for review)",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
)
review_decision = tg.Data(
    "Coordinator review decision", sensitivity=tg.Sensitivity.PII, kind="records"
)
timetable = tg.Data(
    "Timetable and dining menus", sensitivity=tg.Sensitivity.PUBLIC, kind="documents"
)
roster = tg.Data(
    "Volunteer roster",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Turns of duty: volunteer names, roles (driver, fireman, guard, steward), phone numbers.",
)
lookup_call = tg.Data(
    "Timetable and roster query", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
lookup_result = tg.Data(
    "Timetable and roster answer", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
transcripts = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.REGULATED, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone on the railway's website: enthusiasts, gift buyers, families.
    guest = tm.add(tg.Actor("Website visitor", role="guest"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, called over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling.",
        )
    )

with tm.boundary("Ticketing SaaS", trust=tg.Trust.PARTNER):
    # The railway's existing ticketing system: trains, seats, experiences, bookings.
    ticketing = tm.add(
        tg.DataStore(
            "Ticketing system",
            stores={booking_record, availability, checkout_session},
            description="Hosted ticketing product; integrated with its payment provider; sends confirmations.",
        )
    )
    # Takes the card payment on its hosted checkout page.
    payments = tm.add(
        tg.ExternalService(
            "Payment provider",
            description="Hosted checkout page used by the ticketing system.",
        )
    )

with tm.boundary("Railway cloud account", trust=tg.Trust.INTERNAL):
    # The chat widget's backend on the website.
    chat = tm.add(
        tg.Endpoint(
            "Booking chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # The LLM agent that talks to guests and calls the tools below.
    agent = tm.add(
        tg.Agent(
            "Booking agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Sells footplate experiences and dining seats, takes declarations, answers questions.",
            controls={c.CircuitBreaker(max_steps=12)},
        )
    )
    # Finds availability, creates bookings and looks up a guest's existing booking.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"read", "write"},
            description="Calls the ticketing system's API with the railway's API key.",
            controls={c.Authentication(method="booking reference and e-mail address")},
        )
    )
    # Asks the ticketing system for a checkout link for a booking the agent has made.
    checkout_tool = tm.add(
        tg.Tool(
            "Checkout link tool",
            capabilities={"write", "network-egress"},
            description="Creates a checkout for a booking; the amount comes from the booking record.",
        )
    )
    # Records the footplate guest's medical declaration and its outcome.
    declaration_tool = tm.add(
        tg.Tool(
            "Medical declaration tool",
            capabilities={"read", "write"},
            controls={
                c.HumanInTheLoop(
                    approver="footplate experience coordinator",
                    note="declarations with any 'yes' answer are held for the coordinator; "
                    "all-'no' declarations are accepted by the agent",
                )
            },
        )
    )
    # Read-only lookups in the timetable, menus and volunteer roster.
    lookup_tool = tm.add(tg.Tool("Timetable and roster lookup tool", capabilities={"read"}))
    # Where footplate guests' declarations are kept until the season ends.
    declaration_store = tm.add(
        tg.DataStore(
            "Medical declaration store",
            stores={declaration, declaration_outcome},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Timetable and dining menus published for the season.
    timetable_store = tm.add(tg.DataStore("Timetable and menu store", stores={timetable}))
    # Who is on duty on each running day, kept by the roster clerk.
    roster_store = tm.add(tg.DataStore("Volunteer roster store", stores={roster}))
    # Every conversation, kept for complaints and to improve the prompts.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))
    # Small web app the office uses to review declarations and update timetable and roster.
    back_office = tm.add(
        tg.Endpoint(
            "Back-office web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Google Workspace single sign-on")},
        )
    )

with tm.boundary("Railway office", trust=tg.Trust.INTERNAL):
    # Volunteer and paid office staff, including the footplate experience coordinator.
    staff = tm.add(
        tg.Actor("Office staff", role="footplate experience coordinator and roster clerk")
    )

# ---------------------------------------------------------------- flows
tm.flow(guest, chat, chat_message, protocol="https")
tm.flow(chat, agent, chat_message)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, chat, agent_reply)
tm.flow(chat, guest, agent_reply, protocol="https")
tm.flow(agent, transcript_store, transcripts)

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, ticketing, booking_request, protocol="https")
tm.flow(ticketing, booking_tool, booking_record, availability, protocol="https")
tm.flow(booking_tool, agent, booking_result)

tm.flow(agent, checkout_tool, checkout_call)
tm.flow(checkout_tool, ticketing, checkout_request, protocol="https")
tm.flow(ticketing, payments, checkout_session, protocol="https")
tm.flow(payments, ticketing, payment_confirmation, protocol="https", label="payment webhook")
tm.flow(ticketing, checkout_tool, checkout_link, protocol="https")
tm.flow(checkout_tool, agent, checkout_link)
tm.flow(guest, payments, card_details, protocol="https", label="hosted checkout page")
tm.flow(ticketing, guest, confirmation_email, protocol="smtp")

tm.flow(agent, declaration_tool, declaration_call)
tm.flow(declaration_tool, declaration_store, declaration, declaration_outcome)
tm.flow(declaration_store, declaration_tool, declaration_outcome)
tm.flow(declaration_tool, agent, declaration_outcome)

tm.flow(agent, lookup_tool, lookup_call)
tm.flow(timetable_store, lookup_tool, timetable)
tm.flow(roster_store, lookup_tool, roster)
tm.flow(lookup_tool, agent, lookup_result)

tm.flow(staff, back_office, review_decision, timetable, roster, protocol="https")
tm.flow(back_office, staff, declaration, protocol="https", label="declarations held for review")
tm.flow(declaration_store, back_office, declaration)
tm.flow(back_office, declaration_store, review_decision)
tm.flow(back_office, timetable_store, timetable)
tm.flow(back_office, roster_store, roster)
