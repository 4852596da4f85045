"""Driving school lesson booking and test-readiness agent: the first design.

A UK driving school with about twenty instructors gives its learners a chat
assistant on its website. Signed-in learners ask it to book, move or cancel
lessons; an LLM agent in the school's cloud account, calling a hosted model,
finds free slots in the lesson diary, books them straight away and texts a
confirmation through an SMS provider. The agent also reads the notes instructors
write after each lesson (skills, faults, progress scores) and, when they show a
learner is consistently at test standard, suggests booking the practical test;
the suggestion goes to the learner's instructor in the staff portal first, and
the learner only hears it once the instructor confirms. Instructors and the
office manager use the staff portal from their phones. Controls: sign-in on the
chat and the portal, a chat rate limit, an agent step limit, TLS on external
links and the cloud provider's storage encryption.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Driving school lesson booking and test-readiness agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Chat agent that books driving lessons and suggests, for the instructor "
        "to confirm, when a learner is ready to book the practical test."
    ),
)

# ---------------------------------------------------------------- data assets
learner_message = tg.Data("Learner chat message", sensitivity=tg.Sensitivity.PII, kind="prompt")
assistant_reply = tg.Data("Assistant reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Prompt with learner context",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, chat history, free diary slots and recent lesson notes.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
booking_call = tg.Data("Booking tool call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
booking_result = tg.Data("Booking result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
diary = tg.Data(
    "Lesson diary and bookings",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Learners' names, phone numbers, pick-up addresses and booked lessons.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
availability = tg.Data(
    "Instructor availability", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
notes_query = tg.Data("Lesson notes query", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
lesson_notes = tg.Data(
    "Instructor lesson notes",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Per-lesson skills, faults and progress scores; sometimes nerves or health remarks.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
notes_excerpt = tg.Data("Lesson notes excerpt", sensitivity=tg.Sensitivity.PII, kind="tool-result")
readiness_suggestion = tg.Data(
    "Test readiness suggestion", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
readiness_confirmation = tg.Data(
    "Instructor readiness confirmation", sensitivity=tg.Sensitivity.PII, kind="records"
)
sms_confirmation = tg.Data("Lesson confirmation text", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Learners (many aged 17-18) using the website chat on their phones.
    learner = tm.add(tg.Actor("Learner driver", role="learner"))
    # Instructors are self-employed franchisees working from their cars.
    instructor = tm.add(tg.Actor("Driving instructor", role="instructor"))
    # Runs the diary and instructor rota from the office or at home.
    office_manager = tm.add(tg.Actor("Office manager", role="office manager", privileged=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model that plans the replies and tool calls.
    llm = tm.add(
        tg.LLM(
            "Hosted chat model",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model behind the vendor's API.",
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Delivers booking confirmations and reminders by text.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway", provides="generic"))

with tm.boundary("School cloud account", trust=tg.Trust.INTERNAL):
    # Public entry point for the website chat widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Learner chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="learner account e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # The LLM agent: books lessons and drafts readiness suggestions.
    agent = tm.add(
        tg.Agent(
            "Booking and readiness agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Books lessons directly; readiness suggestions wait for the instructor.",
            controls={
                c.CircuitBreaker(max_steps=12),
                c.HumanInTheLoop(
                    approver="the learner's instructor",
                    note="test-readiness suggestions only; lesson bookings go ahead directly",
                ),
            },
        )
    )
    # Finds free slots and books, moves or cancels lessons in the diary.
    booking_tool = tm.add(
        tg.Tool(
            "Lesson booking tool",
            capabilities={"read", "write", "delete"},
            description="Acts on the lessons of the signed-in learner's own account.",
        )
    )
    # Reads the learner's lesson notes so the agent can judge progress.
    notes_tool = tm.add(tg.Tool("Lesson notes reader", capabilities={"read"}))
    # Sends the booking confirmation text through the SMS provider.
    sms_tool = tm.add(tg.Tool("Confirmation text tool", capabilities={"send-messages"}))
    # Kept for complaint handling and for tuning the prompts.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))
    # Where instructors write notes, set availability and review suggestions.
    staff_portal = tm.add(
        tg.Endpoint(
            "Staff portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="staff e-mail and password")},
        )
    )
    # The school's diary: learners, bookings, availability, readiness flags.
    diary_db = tm.add(
        tg.DataStore(
            "Lesson diary database",
            stores={diary, availability, readiness_confirmation},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Notes written by instructors after every lesson.
    notes_db = tm.add(
        tg.DataStore(
            "Lesson notes database",
            stores={lesson_notes},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# learner chat
tm.flow(learner, chat_api, learner_message, protocol="https", controls={tls})
tm.flow(chat_api, learner, assistant_reply, protocol="https", controls={tls})
tm.flow(chat_api, agent, learner_message)
tm.flow(agent, chat_api, assistant_reply)
tm.flow(agent, transcript_store, transcripts)

# the agent and its model
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# booking
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, diary_db, booking_call, label="book, move or cancel")
tm.flow(diary_db, booking_tool, diary, availability, readiness_confirmation, label="free slots")
tm.flow(booking_tool, agent, booking_result)

# lesson notes
tm.flow(agent, notes_tool, notes_query)
tm.flow(notes_tool, notes_db, notes_query)
tm.flow(notes_db, notes_tool, lesson_notes)
tm.flow(notes_tool, agent, notes_excerpt)

# confirmation texts
tm.flow(agent, sms_tool, sms_confirmation)
tm.flow(sms_tool, sms_gateway, sms_confirmation, protocol="https")
tm.flow(sms_gateway, learner, sms_confirmation, protocol="sms")

# readiness suggestions go to the instructor first
tm.flow(agent, staff_portal, readiness_suggestion, label="for instructor review")

# staff portal
tm.flow(
    instructor, staff_portal, lesson_notes, availability, readiness_confirmation, protocol="https"
)
tm.flow(staff_portal, instructor, diary, readiness_suggestion, protocol="https")
tm.flow(office_manager, staff_portal, diary, availability, protocol="https")
tm.flow(staff_portal, office_manager, diary, protocol="https")
tm.flow(staff_portal, notes_db, lesson_notes)
tm.flow(staff_portal, diary_db, diary, availability, readiness_confirmation)
tm.flow(diary_db, staff_portal, diary, availability)
