"""Kennel booking and health record assistant: the first design, before any security review.

A UK chain of dog boarding kennels adds a chat assistant to its website. Dog
owners sign in with e-mail and password and ask about prices, availability and
kennel rules; the assistant (an LLM agent on a hosted model) answers from an
index of the chain's policies and, once the owner says yes in the chat, books a
stay through a booking tool scoped to that owner's account. Before a stay, owners
upload photos of their dog's vaccination certificate in the chat. A certificate
checker sends each photo to a hosted vision model that reads the vaccines, dates
and vet practice, and records the result as "pending" in the dog's health
record. Kennel staff, signed in to a staff console with the company's SSO, compare
the photo with the extracted details and confirm or reject it; a dog is admitted
only with a confirmed certificate. Booking confirmations go out by a transactional
e-mail service. Traffic from outside is HTTPS; stored photos are encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Kennel booking and health record assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Chat assistant that answers owners, books stays and pre-checks vaccination certificates.",
)

# ---------------------------------------------------------------- data assets
owner_message = tg.Data("Owner chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Prompt with policies and booking context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, chat history, retrieved policy passages and tool results.",
)
completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
policies = tg.Data(
    "Kennel policies, prices and FAQs", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
booking_call = tg.Data("Booking tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data(
    "Availability, booking and certificate status",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
)
bookings = tg.Data(
    "Owner, dog and booking records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="medium"),
)
cert_photo = tg.Data(
    "Vaccination certificate photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Shows the owner's name and address, the dog, the vet practice and vaccine batches.",
)
extracted = tg.Data(
    "Extracted vaccination details", kind="model-output", sensitivity=tg.Sensitivity.PII
)
health_record = tg.Data(
    "Dog health and vaccination record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
staff_decision = tg.Data("Certificate confirmation or rejection", kind="records")
confirmation_email = tg.Data("Booking confirmation e-mail", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Customers, and anyone who creates an account.
    owner = tm.add(tg.Actor("Dog owner", role="customer"))

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # Chat model behind the assistant.
    llm = tm.add(
        tg.LLM(
            "Hosted chat LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )
    # Multimodal model that reads certificate photos.
    vision = tm.add(
        tg.LLM(
            "Hosted vision model",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Returns vaccine names, dates given, expiry dates and vet practice as JSON.",
        )
    )
    # Sends booking confirmations to owners.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Kennel cloud app", trust=tg.Trust.INTERNAL):
    # The website's chat and upload API.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat and upload API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # The LLM agent that answers and books.
    assistant = tm.add(
        tg.Agent(
            "Booking assistant",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Answers questions and books a stay once the owner agrees in the chat.",
            controls={c.CircuitBreaker(max_steps=8)},
        )
    )
    # Policies and FAQs the assistant answers from.
    policy_index = tm.add(tg.VectorStore("Policy and FAQ index", stores={policies}))
    # Checks availability, creates and changes bookings for the signed-in owner.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"read", "write", "send-messages"},
            controls={
                c.LeastPrivilegeTools(note="scoped to the signed-in owner's dogs and bookings")
            },
        )
    )
    # System of record for owners, dogs and stays.
    booking_db = tm.add(tg.DataStore("Booking database", stores={bookings}))
    # Where uploaded certificate photos are kept for staff to check.
    photo_store = tm.add(
        tg.DataStore(
            "Certificate photo store",
            stores={cert_photo},
            controls={c.EncryptionAtRest(key_management="cloud provider KMS")},
        )
    )
    # Runs the vision model over each new photo.
    checker = tm.add(
        tg.Service(
            "Certificate checker",
            controls={
                c.HumanInTheLoop(
                    approver="kennel staff",
                    note="a certificate read by the model stays pending until staff confirm it",
                )
            },
        )
    )
    # Vaccination status per dog; admission depends on it.
    health_db = tm.add(tg.DataStore("Dog health records", stores={health_record}))
    # Staff view of pending certificates.
    staff_console = tm.add(
        tg.Endpoint(
            "Staff console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company SSO")},
        )
    )

with tm.boundary("Kennel sites", trust=tg.Trust.INTERNAL):
    # Front-desk staff who confirm certificates and admit dogs.
    staff = tm.add(tg.Actor("Kennel staff", role="kennel staff"))

# ---------------------------------------------------------------- flows
# Chat.
tm.flow(owner, chat_api, owner_message, cert_photo, protocol="https")
tm.flow(chat_api, owner, reply, protocol="https")
tm.flow(chat_api, assistant, owner_message)
tm.flow(assistant, chat_api, reply)
tm.flow(assistant, llm, llm_prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")
tm.flow(assistant, policy_index, owner_message, label="similarity query")
tm.flow(policy_index, assistant, policies)

# Booking.
tm.flow(assistant, booking_tool, booking_call)
tm.flow(booking_tool, assistant, booking_result)
tm.flow(booking_tool, booking_db, bookings)
tm.flow(booking_db, booking_tool, bookings)
tm.flow(health_db, booking_tool, health_record, label="certificate status")
tm.flow(booking_tool, mailer, confirmation_email, protocol="https")
tm.flow(mailer, owner, confirmation_email, protocol="smtp+starttls")

# Certificate check.
tm.flow(chat_api, photo_store, cert_photo)
tm.flow(photo_store, checker, cert_photo)
tm.flow(checker, vision, cert_photo, protocol="https")
tm.flow(vision, checker, extracted, protocol="https")
tm.flow(checker, health_db, extracted, label="pending certificate")

# Staff confirmation.
tm.flow(health_db, staff_console, health_record, extracted, label="pending certificates")
tm.flow(photo_store, staff_console, cert_photo)
tm.flow(staff_console, staff, health_record, cert_photo, protocol="https")
tm.flow(staff, staff_console, staff_decision, protocol="https")
tm.flow(staff_console, health_db, staff_decision, label="confirm or reject")
