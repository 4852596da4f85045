"""Lost pet matching chatbot: the first design, before any security review.

A national pet microchip database adds a chatbot for members of the public who
have found a lost pet. Finders describe the animal and upload photos in a web
chat; an LLM assistant hosted by a vendor answers them, and an image model
matches their photos against lost-pet reports that keepers have filed. Vets and
dog wardens scan the chip and enter its number in their own portal. When a chip
number matches a registration, a notification service contacts the registered
keeper by SMS and e-mail through a messaging provider. Keepers file lost reports
and update their contact details in an online account with password login.
Everything runs in the database's cloud account; the registry and report stores
sit in a restricted data tier. Controls: password login for keepers and
professionals, role-based access and lookup logging on the professional portal,
rate limits and upload checks on the chat, encryption at rest of the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Lost pet matching chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Helps finders of lost pets, matches photos to lost reports and alerts "
    "registered keepers on a chip match.",
)

# ---------------------------------------------------------------- data assets
finder_message = tg.Data(
    "Finder chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Description of the pet, where it was found, the finder's phone number.",
)
pet_photos = tg.Data("Found pet photos", kind="media", sensitivity=tg.Sensitivity.PII)
assistant_reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data("LLM prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
photo_matches = tg.Data(
    "Candidate photo matches",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Lost report ids with similarity scores.",
)
photo_embeddings = tg.Data(
    "Pet photo embeddings", kind="embeddings", sensitivity=tg.Sensitivity.INTERNAL
)
lost_reports = tg.Data(
    "Lost pet reports",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pet description, photos, area last seen and the keeper's reference.",
)
report_summary = tg.Data(
    "Matched report summary", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
registrations = tg.Data(
    "Microchip registrations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Chip number, pet details, keeper name, address, phone and e-mail.",
)
keeper_contact = tg.Data("Keeper contact details", kind="records", sensitivity=tg.Sensitivity.PII)
chip_number = tg.Data("Scanned chip number", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
keeper_credentials = tg.Data("Keeper login", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
professional_credentials = tg.Data(
    "Vet and warden login", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
found_notice = tg.Data(
    "Found pet notice",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which pet was found, where, and how to reach the finder, vet or warden.",
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any member of the public who has found an animal.
    finder = tm.add(tg.Actor("Finder", role="member of the public"))
    # Vets, rescue centres and council dog wardens with a professional account.
    professional = tm.add(tg.Actor("Vet or dog warden", role="authorised scanner"))
    # The registered keeper of a chipped pet.
    keeper = tm.add(tg.Actor("Registered keeper", role="pet keeper"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model that writes the assistant's answers to finders.
    llm = tm.add(tg.LLM("Finder assistant LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # SMS and e-mail delivery service used for keeper alerts.
    messaging = tm.add(tg.ExternalService("SMS and e-mail gateway"))

with tm.boundary("Database cloud account", trust=tg.Trust.INTERNAL):
    # Public chat API behind the finder web chat.
    chat_api = tm.add(
        tg.Endpoint(
            "Finder chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=20),
                c.InputValidation(note="image type and size checks on uploads"),
            },
        )
    )
    # Runs the conversation: calls the LLM and the photo matcher, raises found notices.
    orchestrator = tm.add(tg.Service("Chat orchestrator"))
    # Image model that turns pet photos into embeddings for matching.
    photo_model = tm.add(
        tg.Model(
            "Pet photo matching model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights image embedding model, used as published.",
        )
    )
    # Embeddings of the photos in every open lost report.
    photo_index = tm.add(tg.VectorStore("Lost pet photo index", stores={photo_embeddings}))
    # Keeps conversations for support and complaint handling.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))
    # Portal where vets and wardens look up a scanned chip.
    vet_portal = tm.add(
        tg.Endpoint(
            "Professional portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="username and password"),
                c.RBAC(),
                c.AuditLogging(note="every chip lookup logged"),
            },
        )
    )
    # Keeper self-service: contact details and lost reports.
    keeper_portal = tm.add(
        tg.Endpoint(
            "Keeper account portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Looks up the keeper's contact details and sends the alert.
    notifier = tm.add(tg.Service("Keeper notification service"))

    with tm.boundary("Registry data tier", trust=tg.Trust.RESTRICTED):
        # The national register of chips and keepers.
        registry = tm.add(
            tg.DataStore(
                "Microchip registry database",
                stores={registrations},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Lost reports filed by keepers, with their photos.
        report_store = tm.add(tg.DataStore("Lost report store", stores={lost_reports}))

# ---------------------------------------------------------------- flows
# Finder chat
tm.flow(finder, chat_api, finder_message, pet_photos, protocol="https")
tm.flow(chat_api, finder, assistant_reply, protocol="https")
tm.flow(chat_api, orchestrator, finder_message, pet_photos)
tm.flow(orchestrator, chat_api, assistant_reply)
tm.flow(orchestrator, llm, llm_prompt, protocol="https")
tm.flow(llm, orchestrator, llm_completion, protocol="https")
tm.flow(orchestrator, transcript_store, transcripts)

# Photo matching
tm.flow(orchestrator, photo_model, pet_photos)
tm.flow(photo_model, photo_index, photo_embeddings, label="similarity query")
tm.flow(photo_index, photo_model, photo_matches)
tm.flow(photo_model, orchestrator, photo_matches)
tm.flow(orchestrator, report_store, photo_matches, label="report lookup")
tm.flow(report_store, orchestrator, report_summary)
tm.flow(report_store, photo_model, lost_reports, label="indexes new report photos")
tm.flow(photo_model, photo_index, photo_embeddings, label="index update")

# Chip lookups by vets and wardens
tm.flow(professional, vet_portal, professional_credentials, chip_number, protocol="https")
tm.flow(vet_portal, registry, chip_number, label="chip lookup")
tm.flow(registry, vet_portal, registrations)
tm.flow(vet_portal, professional, keeper_contact, protocol="https")

# Keeper alerts
tm.flow(vet_portal, notifier, found_notice, label="chip match")
tm.flow(orchestrator, notifier, found_notice, label="photo match")
tm.flow(registry, notifier, keeper_contact)
tm.flow(notifier, messaging, found_notice, keeper_contact, protocol="https")
tm.flow(messaging, keeper, found_notice, protocol="sms", label="SMS alert")
tm.flow(messaging, keeper, found_notice, protocol="smtp", label="e-mail alert")

# Keeper account
tm.flow(keeper, keeper_portal, keeper_credentials, keeper_contact, lost_reports, protocol="https")
tm.flow(keeper_portal, keeper, registrations, protocol="https")
tm.flow(keeper_portal, registry, keeper_contact, label="contact update")
tm.flow(registry, keeper_portal, registrations)
tm.flow(keeper_portal, report_store, lost_reports)
