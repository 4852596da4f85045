"""Riding school lesson booking and horse allocation agent (first design).

Riders, and the parents of child riders, chat with an AI agent on the riding
school's website. The agent answers questions about lessons and the yard, books
lessons in the yard diary and allocates a horse to each rider, matching the
rider's weight and experience against each horse's weight limit and daily
workload limit. It then sends a payment link from the payment provider, whose
hosted checkout takes the card. New riders register on a website form that
records their weight, riding experience and medical notes. The agent runs in
the school's cloud account and calls a hosted LLM through the vendor's API.
Instructors see the day's lessons, allocations and relevant medical notes on a
day sheet and can change allocations; the yard manager keeps the horse roster.
Controls: parent accounts, staff sign-in, TLS, encrypted rider records, a
read-only lookup tool, the payment key in a secret manager, the vendor's filter.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Riding school booking and horse allocation agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chat agent that books riding lessons, allocates horses, takes payment "
    "and answers parents' questions.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
registration = tg.Data(
    "Rider registration",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Rider's name, age, weight, riding experience, medical notes, "
    "parent or guardian contact.",
)
rider_profile = tg.Data(
    "Rider profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Age, weight, riding level and lesson history.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
medical = tg.Data(
    "Rider medical notes",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Conditions, allergies and injuries the instructor must know about.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
roster = tg.Data(
    "Horse roster and workload limits",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Each horse's maximum rider weight, suitable levels, daily and weekly work limits.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
bookings = tg.Data(
    "Lesson bookings and horse allocations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the conversation, rider profile, medical notes and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
lookup_call = tg.Data("Rider lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
lookup_result = tg.Data(
    "Rider lookup result", kind="tool-result", sensitivity=tg.Sensitivity.REGULATED
)
booking_call = tg.Data("Booking call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data(
    "Availability and booking result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
payment_call = tg.Data(
    "Payment request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Booking, payer and amount, as the agent gives them.",
)
payment_link = tg.Data(
    "Payment link and status", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
card = tg.Data(
    "Card payment details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Entered on the payment provider's hosted checkout page.",
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.REGULATED)
day_sheet = tg.Data(
    "Day sheet",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The day's lessons, riders, allocated horses and relevant medical notes.",
)
override = tg.Data("Allocation change", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Adult riders and the parents of child riders: book, pay, ask questions.
    parent = tm.add(tg.Actor("Parent or rider", role="customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's content filter")},
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout, so that card details never reach the school.
    payments = tm.add(
        tg.ExternalService(
            "Payment provider",
            description="Creates payment links and takes the card on its hosted checkout.",
        )
    )

with tm.boundary("School cloud", trust=tg.Trust.INTERNAL):
    # The school's website: chat widget, rider registration form, parent accounts.
    website = tm.add(
        tg.Endpoint(
            "School website",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Books lessons, matches riders to horses, takes payment, answers questions.
    agent = tm.add(
        tg.Agent(
            "Booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Bookings, allocations and payment links go ahead without staff approval.",
        )
    )
    # Lets the agent read a rider's weight, level and medical notes.
    lookup_tool = tm.add(
        tg.Tool(
            "Rider lookup tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only database user")},
        )
    )
    # Lets the agent read availability and the horse roster and write bookings and allocations.
    booking_tool = tm.add(tg.Tool("Lesson booking tool", capabilities={"read", "write"}))
    # Lets the agent create a payment link for a booking.
    payment_tool = tm.add(
        tg.Tool(
            "Take payment tool",
            capabilities={"money-movement", "network-egress"},
            controls={c.SecretsManagement(note="provider API key in the cloud secret manager")},
        )
    )
    # Riders' personal, weight and medical information.
    rider_db = tm.add(
        tg.DataStore(
            "Rider records",
            stores={rider_profile, medical},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RBAC(note="staff roles"),
            },
        )
    )
    # Horses, workload limits, the lesson diary and allocations.
    yard_diary = tm.add(tg.DataStore("Yard diary", stores={roster, bookings}))
    # Kept for follow-up of complaints and to improve the agent's instructions.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))
    # What instructors open on the yard tablet each morning.
    day_view = tm.add(
        tg.Service(
            "Instructor day sheet",
            controls={c.Authentication(method="staff e-mail and password"), c.RBAC()},
        )
    )

with tm.boundary("Yard", trust=tg.Trust.INTERNAL):
    # Teach the lessons; check and change horse allocations.
    instructor = tm.add(tg.Actor("Instructor", role="instructor"))
    # Maintains the horse roster and workload limits.
    yard_manager = tm.add(tg.Actor("Yard manager", role="yard manager", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# chat and registration
tm.flow(parent, website, chat_message, registration, protocol="https", controls={tls})
tm.flow(website, parent, reply, protocol="https", controls={tls})
tm.flow(website, rider_db, registration, label="registration form")
tm.flow(website, agent, chat_message)
tm.flow(agent, website, reply)

# the agent's model
tm.flow(agent, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, completion, protocol="https", controls={tls})
tm.flow(agent, transcript_store, transcripts)

# rider lookup
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, rider_db, lookup_call)
tm.flow(rider_db, lookup_tool, rider_profile, medical)
tm.flow(lookup_tool, agent, lookup_result)

# booking and horse allocation
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, yard_diary, bookings, label="write booking and allocation")
tm.flow(yard_diary, booking_tool, roster, bookings, label="availability and workload")
tm.flow(booking_tool, agent, booking_result)

# payment
tm.flow(agent, payment_tool, payment_call)
tm.flow(payment_tool, payments, payment_call, protocol="https", controls={tls})
tm.flow(payments, payment_tool, payment_link, protocol="https", controls={tls})
tm.flow(payment_tool, agent, payment_link)
tm.flow(parent, payments, card, protocol="https", controls={tls})

# instructors and the yard
tm.flow(yard_diary, day_view, bookings, roster)
tm.flow(rider_db, day_view, medical)
tm.flow(day_view, instructor, day_sheet, protocol="https", controls={tls})
tm.flow(instructor, day_view, override, protocol="https", controls={tls})
tm.flow(day_view, yard_diary, override)
tm.flow(yard_manager, yard_diary, roster, label="maintains horse roster")
