"""Pet adoption matching chatbot: the first design, before any security review.

A network of animal shelters in Ireland and the Netherlands puts a chat assistant
on its public website. Prospective adopters describe their home, household and
lifestyle; an LLM agent (a vendor-hosted model) answers questions about adoption,
searches the shared shelter animal database for suitable dogs and cats, and books
meet-and-greet visits into the shelters' visit calendar, sending a confirmation
e-mail through a transactional e-mail provider. Adopters do not log in; they give
a name, e-mail and phone number when booking. Shelter staff use a staff portal
(Google Workspace sign-in) to keep animal profiles up to date, see bookings, and
approve or refuse every adoption: the chatbot never approves one. The chat API is
rate limited, the vendor's content filter screens model output, the databases use
the cloud provider's default encryption, and chat transcripts are kept for review.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pet adoption matching chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Website chatbot that suggests shelter animals and books meet-and-greet visits.",
)

# ---------------------------------------------------------------- data assets
adopter_message = tg.Data(
    "Adopter message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text about home, household, children, other pets, working hours.",
)
bot_reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far and tool results.",
)
llm_completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Reply text or a tool call chosen by the model.",
)
search_call = tg.Data(
    "Animal search request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
animal_profiles = tg.Data(
    "Animal profiles",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Species, age, temperament and behaviour notes, medical needs, photos, shelter.",
)
booking_call = tg.Data("Visit booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data("Booking result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
visit_bookings = tg.Data(
    "Visit bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Adopter name, e-mail, phone, chosen animal, shelter and time slot.",
)
confirmation = tg.Data("Visit confirmation e-mail", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
adoption_decision = tg.Data(
    "Adoption decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
profile_updates = tg.Data(
    "Animal profile updates", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone visiting the shelter website can chat; no account is needed.
    adopter = tm.add(tg.Actor("Prospective adopter", role="website visitor"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API; its built-in filter is on.
    llm = tm.add(
        tg.LLM(
            "Hosted chat model",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="vendor's default content filter")},
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that delivers booking confirmations.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Shelter cloud", trust=tg.Trust.INTERNAL):
    # Public chat API behind the website widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # The LLM agent: keeps the conversation, decides when to search and when to book.
    agent = tm.add(
        tg.Agent(
            "Adoption chat agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books visits itself once the adopter agrees to a slot.",
        )
    )
    # Read-only search over the animal database (filters on species, size, kids, pets).
    search_tool = tm.add(tg.Tool("Animal search tool", capabilities={"read"}))
    # Writes a booking into the visit calendar and triggers the confirmation e-mail.
    booking_tool = tm.add(
        tg.Tool("Visit booking tool", capabilities={"read", "write", "send-messages"})
    )
    # Transcripts kept so staff can review conversations and improve the prompt.
    transcript_store = tm.add(tg.DataStore("Transcript store", stores={transcripts}))
    # Staff web app for animal profiles, bookings and adoption decisions.
    staff_portal = tm.add(
        tg.Service(
            "Staff portal",
            controls={
                c.Authentication(method="Google Workspace SSO"),
                c.RBAC(),
                c.HumanInTheLoop(approver="shelter adoption coordinator"),
            },
        )
    )

    with tm.boundary("Shelter data tier", trust=tg.Trust.RESTRICTED):
        # Shared database of animals available across the shelter network.
        animal_db = tm.add(
            tg.DataStore(
                "Animal database",
                stores={animal_profiles, adoption_decision},
                controls={c.EncryptionAtRest(key_management="cloud provider default")},
            )
        )
        # Meet-and-greet slots per shelter, with the adopter's contact details.
        visit_calendar = tm.add(
            tg.DataStore(
                "Visit calendar",
                stores={visit_bookings},
                controls={c.EncryptionAtRest(key_management="cloud provider default")},
            )
        )

with tm.boundary("Shelter offices", trust=tg.Trust.INTERNAL):
    # Shelter staff, including the adoption coordinators who approve every adoption.
    staff = tm.add(tg.Actor("Shelter staff", role="adoption coordinator"))

# ---------------------------------------------------------------- flows
tm.flow(adopter, chat_api, adopter_message, protocol="https")
tm.flow(chat_api, adopter, bot_reply, protocol="https")
tm.flow(chat_api, agent, adopter_message)
tm.flow(agent, chat_api, bot_reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, search_tool, search_call)
tm.flow(search_tool, agent, animal_profiles, label="matching animals")
tm.flow(search_tool, animal_db, search_call, label="query")
tm.flow(animal_db, search_tool, animal_profiles)

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, visit_calendar, visit_bookings)
tm.flow(visit_calendar, booking_tool, visit_bookings, label="free slots")
tm.flow(booking_tool, mailer, confirmation, protocol="https")
tm.flow(mailer, adopter, confirmation, protocol="smtp+starttls")

tm.flow(agent, transcript_store, transcripts)

tm.flow(staff, staff_portal, profile_updates, adoption_decision, protocol="https")
tm.flow(staff_portal, staff, visit_bookings, transcripts, animal_profiles, protocol="https")
tm.flow(staff_portal, animal_db, profile_updates, adoption_decision)
tm.flow(animal_db, staff_portal, animal_profiles)
tm.flow(visit_calendar, staff_portal, visit_bookings)
tm.flow(transcript_store, staff_portal, transcripts)
