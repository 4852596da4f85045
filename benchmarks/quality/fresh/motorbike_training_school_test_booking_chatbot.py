"""Motorcycle training school chatbot: the first design, before any security review.

A motorcycle training school adds a chat assistant to its website. Learner riders
ask about CBT, DAS courses and kit, book lessons and reserve one of the test slots
the school holds for Module 1 and Module 2, and pay a deposit by a payment link.
The chat backend runs in the school's cloud account: an LLM agent, using a model a
vendor hosts, answers from an index of the school's course documents and calls
booking tools against the booking database. Changing an existing booking needs the
booking reference and the learner's surname; a test slot reserved in chat stays
provisional until the office manager checks the licence and theory certificate
numbers. Card payments happen on the payment provider's hosted page. Staff manage
the diary and read chat transcripts in an admin dashboard with e-mail and password
sign-in. The chat endpoint is rate limited; all traffic outside uses HTTPS.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Motorbike training school chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Website chat that answers learners' questions and books lessons and test slots.",
)

# ---------------------------------------------------------------- data assets
message = tg.Data(
    "Learner chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Questions and booking details typed by the learner.",
)
reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, retrieved course text and tool results.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="The answer, or the tool calls the agent should make.",
)
course_docs = tg.Data(
    "Course documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Course descriptions, CBT and DAS requirements, kit lists, cancellation policy.",
)
course_chunks = tg.Data(
    "Course information chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
lesson_request = tg.Data(
    "Lesson booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Course, date, learner name, phone, e-mail; booking reference when changing one.",
)
lesson_result = tg.Data("Lesson booking result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
test_request = tg.Data(
    "Test slot request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Module and slot wanted, driving licence number and theory certificate number.",
)
test_result = tg.Data("Test slot hold", kind="tool-result", sensitivity=tg.Sensitivity.PII)
deposit_request = tg.Data("Deposit request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
payment_link = tg.Data(
    "Deposit payment link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
bookings = tg.Data(
    "Learner bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Lesson and test bookings with learner contact details and licence numbers.",
)
price_list = tg.Data(
    "Course price list",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
)
checkout = tg.Data(
    "Deposit checkout session",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Booking reference and deposit amount for the hosted payment page.",
)
payment_notice = tg.Data(
    "Deposit payment notification",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Payment succeeded or failed, for a booking reference.",
)
confirmation = tg.Data(
    "Booking confirmation message",
    sensitivity=tg.Sensitivity.PII,
    description="SMS and e-mail confirming the date, time and site.",
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
staff_approval = tg.Data(
    "Test slot approval",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The office manager confirms or releases a provisional test slot.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone visiting the website can chat; no account is needed.
    learner = tm.add(tg.Actor("Learner rider", role="prospective or current learner"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosts the checkout page, so card details never reach the school.
    payments = tm.add(
        tg.ExternalService(
            "Payment provider",
            description="Hosted checkout; posts a webhook when a deposit is paid.",
        )
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Sends booking confirmations by SMS and e-mail.
    messaging = tm.add(tg.ExternalService("SMS and e-mail gateway"))

with tm.boundary("School cloud account", trust=tg.Trust.INTERNAL):
    # The chat widget's backend on the website.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.RateLimiting(requests_per_minute=20)},
        )
    )
    # Reads the conversation, answers questions and decides which booking tool to call.
    agent = tm.add(
        tg.Agent(
            "Booking assistant",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books lessons directly; test slots are held until the office confirms them.",
        )
    )
    # The school's course information, for answering questions.
    course_index = tm.add(tg.VectorStore("Course information index", stores={course_chunks}))
    # Embeds the course documents the office uploads.
    indexer = tm.add(tg.Pipeline("Course document indexing", stage=tg.Stage.INGESTION))
    # Finds free lesson places, books, moves or cancels a lesson and sends the confirmation.
    lesson_tool = tm.add(
        tg.Tool(
            "Lesson booking tool",
            capabilities={"read", "write", "send-messages"},
            controls={
                tg.controls.Authentication(
                    method="booking reference and surname, to change or cancel a booking"
                )
            },
        )
    )
    # Reserves one of the school's held Module 1 or Module 2 test slots.
    test_tool = tm.add(
        tg.Tool(
            "Test slot booking tool",
            capabilities={"read", "write"},
            controls={
                tg.controls.HumanInTheLoop(
                    approver="office manager, who checks the licence and theory certificate numbers"
                )
            },
        )
    )
    # Creates a payment link for the course deposit.
    deposit_tool = tm.add(
        tg.Tool(
            "Deposit payment link tool",
            capabilities={"write", "network-egress"},
            description="The deposit amount is read from the course price list in the booking database.",
        )
    )
    # Lesson diary, held test slots, learner bookings and prices.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings, price_list},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Every conversation is kept so staff can follow up.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))
    # Staff web app: diary, test slot approvals, transcripts, payment webhooks.
    dashboard = tm.add(
        tg.Endpoint(
            "Admin dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("School office", trust=tg.Trust.INTERNAL):
    # Runs the diary, confirms test slots and keeps the course documents current.
    office = tm.add(tg.Actor("Office manager", role="office staff"))

# ---------------------------------------------------------------- flows
# conversation
tm.flow(learner, chat_api, message, protocol="https")
tm.flow(chat_api, agent, message)
tm.flow(agent, course_index, message, label="similarity query")
tm.flow(course_index, agent, course_chunks)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, chat_api, reply)
tm.flow(chat_api, learner, reply, protocol="https")
tm.flow(agent, transcript_store, transcripts)

# lesson bookings
tm.flow(agent, lesson_tool, lesson_request)
tm.flow(lesson_tool, booking_db, bookings)
tm.flow(booking_db, lesson_tool, bookings)
tm.flow(lesson_tool, agent, lesson_result)
tm.flow(lesson_tool, messaging, confirmation, protocol="https")
tm.flow(messaging, learner, confirmation, protocol="sms")

# test slots
tm.flow(agent, test_tool, test_request)
tm.flow(test_tool, booking_db, bookings, label="provisional hold")
tm.flow(booking_db, test_tool, bookings, label="free held slots")
tm.flow(test_tool, agent, test_result)

# deposits
tm.flow(agent, deposit_tool, deposit_request)
tm.flow(booking_db, deposit_tool, price_list)
tm.flow(deposit_tool, payments, checkout, protocol="https")
tm.flow(payments, deposit_tool, payment_link, protocol="https")
tm.flow(deposit_tool, agent, payment_link)
tm.flow(learner, payments, label="pays the deposit on the hosted page", protocol="https")
tm.flow(payments, dashboard, payment_notice, protocol="https", label="payment webhook")

# staff
tm.flow(office, dashboard, staff_approval, protocol="https")
tm.flow(dashboard, office, bookings, transcripts, protocol="https")
tm.flow(dashboard, booking_db, bookings, label="diary changes, confirmed test slots, paid deposits")
tm.flow(booking_db, dashboard, bookings)
tm.flow(transcript_store, dashboard, transcripts)
tm.flow(office, indexer, course_docs, protocol="https", label="uploads course documents")
tm.flow(indexer, course_index, course_chunks)
