"""Pharmacy travel vaccine consultation chat: first design, before security review.

Our UK high-street pharmacy chain lets customers with a booked travel health
appointment do the pre-consultation by chat on the website. Signed in to their
pharmacy account, they answer the assistant's questions about the trip
(destinations, dates, activities) and their health history (conditions,
medicines, pregnancy, allergies, past vaccines). The orchestrator reads the
booking from the appointment system, retrieves country guidance from an index
built from public travel health pages, and calls a hosted LLM to run the chat
and draft a vaccine and antimalarial recommendation. The pharmacist reviews,
edits and approves the draft in the review console before the appointment; the
approved plan goes to the patient medication record. Controls: customer sign-in,
HTTPS, a chat rate limit, pharmacist approval, staff SSO with roles, the vendor's
safety filter, and encrypted, audit-logged consultation records.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pharmacy travel vaccine consultation chat",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Chat assistant that gathers trip and health history before a travel vaccine "
        "appointment and drafts a recommendation for the pharmacist to approve."
    ),
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Customer chat messages",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Trip details and health history typed by the customer.",
)
assistant_reply = tg.Data(
    "Assistant replies", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
llm_prompt = tg.Data(
    "Consultation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, booking details, the conversation so far and retrieved guidance.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
booking = tg.Data(
    "Appointment booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer name, date of birth, store, appointment slot and travel date.",
)
booking_lookup = tg.Data("Booking reference lookup", kind="records", sensitivity=tg.Sensitivity.PII)
guidance_pages = tg.Data(
    "Country travel health pages", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
guidance_chunks = tg.Data(
    "Guidance chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
guidance_query = tg.Data("Destination query", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
consultation = tg.Data(
    "Consultation record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Transcript and structured questionnaire answers.",
)
draft = tg.Data(
    "Draft vaccine recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Suggested vaccines, antimalarials and advice, with the reasons the model gave.",
)
approved = tg.Data(
    "Approved travel health plan",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # A customer with a booked travel health appointment, on their phone or laptop.
    customer = tm.add(tg.Actor("Customer", role="pharmacy customer"))
    # Public travel health guidance per country (vaccines, malaria maps, outbreaks).
    travel_source = tm.add(
        tg.DataSource(
            "Travel health guidance website",
            origin=tg.Origin.PUBLIC_WEB,
            provides={guidance_pages},
            description="Country information pages, crawled weekly.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model that runs the conversation and writes the draft.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.Guardrails(note="the vendor's content safety filter"),
                c.SupplierAssessment(note="DPA signed; vendor does not retain or train on prompts"),
            },
        )
    )

with tm.boundary("PMR supplier cloud", trust=tg.Trust.PARTNER):
    # The chain's patient medication record, run by its software supplier.
    pmr = tm.add(tg.DataStore("Patient medication record", stores={approved}))

with tm.boundary("Pharmacy cloud", trust=tg.Trust.INTERNAL):
    # Public chat API behind the website widget; needs a signed-in customer.
    chat_api = tm.add(
        tg.Endpoint(
            "Consultation chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="pharmacy account e-mail and password"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # Holds the conversation state, builds prompts and saves the draft.
    orchestrator = tm.add(
        tg.Service(
            "Consultation orchestrator",
            description="Asks the scripted questions via the LLM and assembles the draft.",
        )
    )
    # Existing booking system; the chat reads the customer's appointment from it.
    bookings = tm.add(tg.Service("Appointment booking system"))
    # Index of chunked country guidance for retrieval by destination.
    guidance_index = tm.add(tg.VectorStore("Travel guidance index", stores={guidance_chunks}))
    # Weekly job that crawls, chunks and embeds the guidance pages.
    ingestion = tm.add(tg.Pipeline("Guidance ingestion job", stage=tg.Stage.INGESTION))
    # Web app pharmacists use to review, edit and approve the draft.
    console = tm.add(
        tg.Endpoint(
            "Pharmacist review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="staff SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="the pharmacist running the appointment"),
            },
        )
    )

    with tm.boundary("Clinical data tier", trust=tg.Trust.RESTRICTED):
        # Transcripts and drafts kept until the appointment and for the clinical record.
        consult_store = tm.add(
            tg.DataStore(
                "Consultation store",
                stores={consultation, draft, approved},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.AuditLogging()},
            )
        )

with tm.boundary("Store network", trust=tg.Trust.INTERNAL):
    # The pharmacist who will give the vaccines and owns the recommendation.
    pharmacist = tm.add(tg.Actor("Pharmacist", role="pharmacist", privileged=True))

# ---------------------------------------------------------------- flows
# Conversation
tm.flow(customer, chat_api, chat_message, protocol="https")
tm.flow(chat_api, customer, assistant_reply, protocol="https")
tm.flow(chat_api, orchestrator, chat_message)
tm.flow(orchestrator, chat_api, assistant_reply)
tm.flow(orchestrator, bookings, booking_lookup)
tm.flow(bookings, orchestrator, booking)
tm.flow(orchestrator, guidance_index, guidance_query, label="destinations")
tm.flow(guidance_index, orchestrator, guidance_chunks)
tm.flow(orchestrator, llm, llm_prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, consult_store, consultation, draft)

# Pharmacist review
tm.flow(consult_store, console, consultation, draft)
tm.flow(console, pharmacist, consultation, draft, protocol="https")
tm.flow(pharmacist, console, approved, protocol="https", label="edits and approves")
tm.flow(console, consult_store, approved)
tm.flow(console, pmr, approved, protocol="https")

# Guidance ingestion
tm.flow(travel_source, ingestion, guidance_pages, protocol="https", label="weekly crawl")
tm.flow(ingestion, guidance_index, guidance_chunks)
