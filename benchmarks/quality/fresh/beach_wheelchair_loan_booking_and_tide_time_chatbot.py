"""Beach wheelchair loans and tide-time chatbot: first design before security review.

A coastal council lends beach wheelchairs free of charge from the lifeguard huts on
three beaches. Residents and visitors use a chatbot on the council website: it answers
questions about tide times and beach access (ramps, mats, accessible toilets, parking)
and books a chair for a date, taking the user's name, mobile number and chair size. The
chatbot is an LLM agent in the council's cloud tenancy calling a vendor-hosted model; it
has a booking tool over the loan database, a tide tool that calls a tide-prediction
API, and a store of the council's beach access guides. Each morning a scheduled job
texts the day's loans to the lifeguard hut phone through an SMS gateway. The council's
beach services officer manages chairs and guides in a back-office screen. Controls:
per-session rate limiting on the chat, a step limit on the agent, checks of dates and
chair sizes in the booking tool, database encryption, and council SSO with MFA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Beach wheelchair loan booking and tide-time chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Council chatbot that books beach wheelchairs, answers tide and access "
    "questions, and texts the lifeguard hut the day's loans.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Questions, and for bookings the name, mobile number, date and chair size.",
)
chat_reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, retrieved guides and tool results.",
)
llm_completion = tg.Data("Model completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
booking_call = tg.Data("Booking tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data(
    "Booking tool result",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Chair availability, or the confirmed loan with its reference.",
)
loans = tg.Data(
    "Wheelchair loan bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, mobile number, beach, date, chair size and loan status.",
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="medium"),
)
chair_fleet = tg.Data("Chair fleet", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
tide_query = tg.Data("Tide query", kind="tool-call", sensitivity=tg.Sensitivity.PUBLIC)
tide_predictions = tg.Data("Tide predictions", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
tide_result = tg.Data("Tide tool result", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC)
guides = tg.Data(
    "Beach access guides",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Council pages on ramps, beach mats, lifeguard season and parking.",
)
guide_chunks = tg.Data(
    "Beach access guide chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
daily_loans = tg.Data(
    "Daily loan list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Today's loans per hut: first name, mobile number, chair size, time.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Residents and visitors, many of them disabled people or their carers.
    visitor = tm.add(tg.Actor("Beach visitor", role="resident or visitor"))

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Chat widget backend on the council website.
    chat_endpoint = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=20, note="per chat session")},
        )
    )
    # The LLM agent: answers questions, retrieves guides, calls the tools.
    chatbot = tm.add(
        tg.Agent(
            "Beach chatbot agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books chairs and answers tide and access questions without staff involvement.",
            controls={c.CircuitBreaker(max_steps=8)},
        )
    )
    # Looks up free chairs and creates or cancels loans.
    booking_tool = tm.add(
        tg.Tool(
            "Loan booking tool",
            capabilities={"read", "write"},
            controls={c.InputValidation(note="date within the season, known beach and chair size")},
        )
    )
    # Fetches tide predictions for the beach and date asked about.
    tide_tool = tm.add(tg.Tool("Tide times tool", capabilities={"read"}))
    # Indexed copy of the council's beach access pages.
    guide_index = tm.add(tg.VectorStore("Beach access guide index", stores={guide_chunks}))
    # System of record for the chairs and the loans.
    loan_db = tm.add(
        tg.DataStore(
            "Loan database",
            stores={loans, chair_fleet},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Runs at 07:00 and texts each hut its loans for the day.
    sms_job = tm.add(tg.Service("Daily loan SMS job"))
    # Where the officer manages the chair fleet, loans and access guides.
    back_office = tm.add(
        tg.Endpoint(
            "Back-office screen",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="council Microsoft 365 single sign-on with MFA"),
                c.RBAC(),
            },
        )
    )

with tm.boundary("Council office network", trust=tg.Trust.INTERNAL):
    # Council staff member who runs the loan scheme.
    officer = tm.add(tg.Actor("Beach services officer", role="council officer", privileged=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model the agent calls for every turn.
    llm = tm.add(tg.LLM("Hosted chat model", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Tide data provider", trust=tg.Trust.PARTNER):
    # Commercial tide-prediction API for the local ports.
    tide_api = tm.add(tg.ExternalService("Tide prediction API", provides="data-provider"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends the morning texts.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Lifeguard hut", trust=tg.Trust.PARTNER):
    # Shared mobile phone kept in the hut; lifeguards hand out chairs from it.
    hut_phone = tm.add(tg.Device("Lifeguard hut phone", fleet=False))

# ---------------------------------------------------------------- flows
# Conversation
tm.flow(visitor, chat_endpoint, chat_message, protocol="https")
tm.flow(chat_endpoint, chatbot, chat_message)
tm.flow(chatbot, chat_endpoint, chat_reply)
tm.flow(chat_endpoint, visitor, chat_reply, protocol="https")
tm.flow(chatbot, llm, llm_prompt, protocol="https")
tm.flow(llm, chatbot, llm_completion, protocol="https")

# Beach access questions
tm.flow(chatbot, guide_index, chat_message, label="similarity query")
tm.flow(guide_index, chatbot, guide_chunks, label="retrieved guides")

# Tide questions
tm.flow(chatbot, tide_tool, tide_query)
tm.flow(tide_tool, tide_api, tide_query, protocol="https")
tm.flow(tide_api, tide_tool, tide_predictions, protocol="https")
tm.flow(tide_tool, chatbot, tide_result)

# Bookings
tm.flow(chatbot, booking_tool, booking_call)
tm.flow(booking_tool, loan_db, loans, label="create or cancel loan")
tm.flow(loan_db, booking_tool, loans, chair_fleet, label="availability")
tm.flow(booking_tool, chatbot, booking_result)

# Morning text to the lifeguard hut
tm.flow(loan_db, sms_job, daily_loans, label="daily export")
tm.flow(sms_job, sms_gateway, daily_loans, protocol="https")
tm.flow(sms_gateway, hut_phone, daily_loans, protocol="sms")

# Back office
tm.flow(officer, back_office, chair_fleet, loans, guides, protocol="https")
tm.flow(back_office, officer, chair_fleet, loans, protocol="https")
tm.flow(back_office, loan_db, chair_fleet, loans)
tm.flow(loan_db, back_office, chair_fleet, loans)
tm.flow(back_office, guide_index, guide_chunks, label="re-index guides")
