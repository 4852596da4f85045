"""Veterinary telehealth triage: the first design, before any security review.

A veterinary clinic chain in the Netherlands and Germany adds a triage assistant to
its pet-owner app. Owners log in, describe their pet's symptoms and upload photos
and short videos. A triage agent in our cloud account sends the conversation and
media to a hosted multimodal LLM, asks follow-up questions, rates the urgency
(emergency, same day, routine) and, without staff approval, books a clinic visit
or video call in the clinics' practice management system; confirmations and join
links go out by SMS and e-mail. Before or during the consultation the vet reads
the transcript, rating and media in a vet console. Controls: app login, rate
limits and upload type/size checks on the API, clinic SSO for vets, encrypted
stores, and a vetted LLM vendor with its default content filter.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Veterinary telehealth triage",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM triage of pet symptoms with photo and video upload, booking and vet review.",
)

# ---------------------------------------------------------------- data assets
owner_account = tg.Data(
    "Owner account and contact details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, phone, e-mail, address and the pets registered to the owner.",
)
symptom_messages = tg.Data(
    "Owner symptom messages",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text description of the pet's symptoms and answers to follow-ups.",
)
pet_media = tg.Data(
    "Pet photos and videos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Taken in the owner's home; may show people, rooms and location metadata.",
)
triage_instructions = tg.Data(
    "Triage system prompt and urgency protocol",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
triage_prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, pet profile and attached media.",
)
llm_completion = tg.Data(
    "Follow-up questions and urgency rating",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
assistant_reply = tg.Data(
    "Assistant reply to owner", kind="model-output", sensitivity=tg.Sensitivity.PII
)
booking_call = tg.Data(
    "Booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Clinic, slot, urgency, appointment type (clinic or video) and owner id.",
)
booking_result = tg.Data(
    "Available slots, pet history and booking confirmation",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
)
pet_records = tg.Data(
    "Pet medical records and appointments",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
transcript = tg.Data(
    "Triage transcript and urgency rating",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
vet_notes = tg.Data(
    "Vet review notes and urgency override", kind="records", sensitivity=tg.Sensitivity.PII
)
video_link = tg.Data(
    "Video call join link",
    kind="credentials",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per-appointment link that admits whoever holds it to the call.",
)
video_stream = tg.Data("Video consultation stream", kind="media", sensitivity=tg.Sensitivity.PII)
confirmation = tg.Data(
    "Booking confirmation message", kind="documents", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any member of the public can install the app and create an account.
    owner = tm.add(tg.Actor("Pet owner", role="app user"))

with tm.boundary("Clinic chain cloud account", trust=tg.Trust.INTERNAL):
    # Public API behind the mobile app: chat turns, uploads, booking status.
    triage_api = tm.add(
        tg.Endpoint(
            "Triage API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="app account, e-mail and password with OAuth tokens"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="upload MIME type and size checks only"),
            },
        )
    )
    # Runs the triage conversation, rates urgency and books on its own.
    triage_agent = tm.add(
        tg.Agent(
            "Triage agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Orchestrates the LLM, loads media, calls the scheduling tool.",
            controls={c.CircuitBreaker(max_steps=20, note="conversation capped at 20 turns")},
        )
    )
    # Object storage for the photos and videos owners upload.
    media_store = tm.add(
        tg.DataStore(
            "Media upload bucket",
            stores={pet_media},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # One Postgres database: owner accounts, triage sessions, vet notes, prompt config.
    triage_db = tm.add(
        tg.DataStore(
            "Triage app database",
            stores={transcript, vet_notes, owner_account, triage_instructions},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Wraps the practice management and video APIs for the agent.
    scheduling_tool = tm.add(
        tg.Tool(
            "Scheduling tool",
            capabilities={"read", "write"},
            origin=tg.ToolOrigin.FIRST_PARTY,
            description="Looks up pet history and free slots, books appointments, creates calls.",
            controls={
                c.SecretsManagement(note="PMS and video API keys in the cloud secret manager")
            },
        )
    )
    # Web app where vets read transcripts, ratings and media before the consult.
    vet_console = tm.add(
        tg.Service(
            "Vet console",
            controls={c.Authentication(method="clinic SSO (OIDC)")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model in the vendor's EU region.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Reads text, photos and video frames; proposes questions and urgency.",
            controls={
                c.Guardrails(note="the vendor's default content filter"),
                c.SupplierAssessment(note="DPA signed, EU processing, no training on our data"),
            },
        )
    )

with tm.boundary("Practice management vendor", trust=tg.Trust.PARTNER):
    # The clinics' existing SaaS practice management system: the record of truth.
    pms = tm.add(tg.ExternalService("Practice management system", provides="data-provider"))

with tm.boundary("Video call vendor", trust=tg.Trust.PARTNER):
    # Hosted WebRTC video rooms for remote consultations.
    video = tm.add(tg.ExternalService("Video consultation service"))

with tm.boundary("Messaging vendor", trust=tg.Trust.PARTNER):
    # Sends booking confirmations and join links by SMS and e-mail.
    messaging = tm.add(tg.ExternalService("SMS and e-mail gateway"))

with tm.boundary("Clinic network", trust=tg.Trust.INTERNAL):
    # Reviews the triage before or during the consultation and can change the rating.
    vet = tm.add(tg.Actor("Veterinarian", role="vet"))

# ---------------------------------------------------------------- flows
# owner and app
tm.flow(owner, triage_api, symptom_messages, pet_media, owner_account, protocol="https")
tm.flow(triage_api, owner, assistant_reply, booking_result, protocol="https")
tm.flow(triage_api, media_store, pet_media, label="upload")
tm.flow(triage_api, triage_db, owner_account, label="sign-up and profile")
tm.flow(triage_db, triage_api, owner_account, label="login and profile")
tm.flow(triage_api, triage_agent, symptom_messages)
tm.flow(triage_agent, triage_api, assistant_reply)

# triage with the LLM
tm.flow(media_store, triage_agent, pet_media)
tm.flow(triage_db, triage_agent, triage_instructions, owner_account, label="prompt and profile")
tm.flow(triage_agent, llm, triage_prompt, pet_media, protocol="https")
tm.flow(llm, triage_agent, llm_completion, protocol="https")
tm.flow(triage_agent, triage_db, transcript, label="session record")

# booking
tm.flow(triage_agent, scheduling_tool, booking_call)
tm.flow(scheduling_tool, triage_agent, booking_result)
tm.flow(scheduling_tool, pms, booking_call, protocol="https", label="book appointment")
tm.flow(pms, scheduling_tool, pet_records, protocol="https", label="slots and pet history")
tm.flow(scheduling_tool, video, booking_call, protocol="https", label="create room")
tm.flow(video, scheduling_tool, video_link, protocol="https")
tm.flow(scheduling_tool, messaging, confirmation, video_link, protocol="https")
tm.flow(messaging, owner, confirmation, video_link, label="SMS and e-mail")

# vet review and consultation
tm.flow(triage_db, vet_console, transcript)
tm.flow(media_store, vet_console, pet_media)
tm.flow(vet_console, vet, transcript, pet_media, protocol="https")
tm.flow(vet, vet_console, vet_notes, protocol="https")
tm.flow(vet_console, triage_db, vet_notes)
tm.flow(owner, video, video_stream, protocol="srtp", id="owner->video")
tm.flow(video, owner, video_stream, protocol="srtp", id="video->owner")
tm.flow(vet, video, video_stream, protocol="srtp", id="vet->video")
tm.flow(video, vet, video_stream, protocol="srtp", id="video->vet")
