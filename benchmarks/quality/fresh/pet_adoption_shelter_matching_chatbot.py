"""Pet adoption matching chatbot: the first design, before any security review.

A regional animal-welfare charity adds a chatbot to its public website. Visitors
describe their home and lifestyle, and the chatbot suggests animals that are up for
adoption, answers questions about them (temperament, care needs, fees) and, when the
visitor is ready, collects an adoption application in the conversation. Nothing is
decided by the bot: adoption coordinators assess every application in a staff portal.
The bot is an LLM agent hosted in the charity's cloud account; it calls a hosted LLM
API and two in-house tools, one that searches an index of adoptable animals and one
that files an application. Animal profiles are exported nightly from the shelter
management system (a SaaS product) and indexed. Visitors chat anonymously; the chat
API is rate-limited at the CDN, the LLM vendor's default content filter is on, staff
sign in to the portal with Google Workspace SSO, and the application database is
encrypted with the cloud provider's managed keys. Applicants are UK residents.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Pet adoption matching chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Public chatbot that matches visitors with adoptable animals and takes "
    "adoption applications for staff to assess.",
)

# ---------------------------------------------------------------- data assets
visitor_message = tg.Data(
    "Visitor chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text; visitors describe their household, home, other pets and work hours.",
)
bot_reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "LLM prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far and tool results.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
search_call = tg.Data(
    "Animal search request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
animal_matches = tg.Data(
    "Matching animal profiles", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
animal_profiles = tg.Data(
    "Animal profile chunks and embeddings",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Public listing text plus staff behaviour and care notes for each adoptable animal.",
)
animal_records = tg.Data(
    "Animal records export",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Adoptable animals with listing text, behaviour notes, medical summary and fee.",
)
animal_updates = tg.Data(
    "Animal record updates", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
application_call = tg.Data(
    "Application submission", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
application = tg.Data(
    "Adoption application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Name, address, phone, e-mail, household members, home type, landlord "
    "permission, other pets and the animal applied for.",
)
application_receipt = tg.Data(
    "Application reference", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
confirmation_email = tg.Data(
    "Application confirmation e-mail", kind="documents", sensitivity=tg.Sensitivity.PII
)
assessment = tg.Data(
    "Application assessment",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Coordinator notes, home-visit outcome and approve / decline status.",
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone visiting the website; no account is needed to chat or apply.
    visitor = tm.add(tg.Actor("Website visitor", role="prospective adopter"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API, with function calling.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={tg.controls.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that sends applicants their confirmation.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Shelter software vendor", trust=tg.Trust.PARTNER):
    # The SaaS shelter management system where staff keep every animal's record.
    shelter_system = tm.add(
        tg.ExternalService("Shelter management system", provides="data-provider")
    )

with tm.boundary("Charity cloud account", trust=tg.Trust.INTERNAL):
    # Public API behind the website's chat widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.RateLimiting(requests_per_minute=30, note="per IP, at the CDN"),
                tg.controls.InputValidation(note="messages capped at 2,000 characters"),
            },
        )
    )
    # The LLM agent: keeps the conversation, decides when to search or file an application.
    agent = tm.add(
        tg.Agent(
            "Adoption chatbot agent",
            description="Runs the conversation with the hosted LLM and calls the search "
            "and application tools when the model asks for them.",
        )
    )
    # Read-only search over the adoptable-animal index.
    search_tool = tm.add(tg.Tool("Animal search tool", capabilities={"read"}))
    # Files the application the visitor confirmed in chat, and triggers the e-mail.
    apply_tool = tm.add(
        tg.Tool(
            "Application submission tool",
            capabilities={"write", "send-messages"},
            controls={
                tg.controls.InputValidation(
                    note="fields checked against the application form schema"
                )
            },
        )
    )
    # Semantic index of adoptable animals, rebuilt nightly.
    animal_index = tm.add(tg.VectorStore("Adoptable animal index", stores={animal_profiles}))
    # Nightly job that pulls the animal export and re-embeds it.
    sync_job = tm.add(tg.Pipeline("Nightly animal sync job", stage=tg.Stage.INGESTION))
    # Applications waiting for, and after, a coordinator's assessment.
    applications_db = tm.add(
        tg.DataStore(
            "Application database",
            stores={application, assessment},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Conversation logs, kept so staff can see what the applicant discussed.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))
    # Web app where coordinators read and assess applications.
    staff_portal = tm.add(
        tg.Service(
            "Staff adoption portal",
            controls={tg.controls.Authentication(method="Google Workspace SSO")},
        )
    )

with tm.boundary("Shelter office", trust=tg.Trust.INTERNAL):
    # Adoption coordinators: assess applications and keep animal records current.
    coordinator = tm.add(tg.Actor("Adoption coordinator", role="shelter staff"))

# ---------------------------------------------------------------- flows
tm.flow(visitor, chat_api, visitor_message, protocol="https")
tm.flow(chat_api, agent, visitor_message)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, search_tool, search_call)
tm.flow(search_tool, animal_index, search_call, label="similarity query")
tm.flow(animal_index, search_tool, animal_profiles)
tm.flow(search_tool, agent, animal_matches)
tm.flow(agent, apply_tool, application_call)
tm.flow(apply_tool, applications_db, application)
tm.flow(apply_tool, agent, application_receipt)
tm.flow(apply_tool, mailer, confirmation_email, protocol="https")
tm.flow(mailer, visitor, confirmation_email, protocol="smtp")
tm.flow(agent, transcript_store, transcripts)
tm.flow(agent, chat_api, bot_reply)
tm.flow(chat_api, visitor, bot_reply, protocol="https")

tm.flow(coordinator, shelter_system, animal_updates, protocol="https")
tm.flow(shelter_system, sync_job, animal_records, protocol="https", label="nightly export")
tm.flow(sync_job, animal_index, animal_profiles)

tm.flow(applications_db, staff_portal, application)
tm.flow(transcript_store, staff_portal, transcripts)
tm.flow(staff_portal, applications_db, assessment)
tm.flow(staff_portal, coordinator, application, transcripts, protocol="https")
tm.flow(coordinator, staff_portal, assessment, protocol="https")
