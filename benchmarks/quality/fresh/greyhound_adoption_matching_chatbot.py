"""Greyhound adoption chatbot: the first design, before any security review.

A UK greyhound rehoming charity puts a chat assistant on its website. Would-be
adopters ask about greyhounds, the adoption process and fees, and describe their
home (children, cats, garden, working hours). The assistant, an LLM agent on a
hosted model API, answers from the charity's guides and policies in a vector
index, searches the dogs currently in kennels through a dog profile tool, suggests
matches, and, when the adopter confirms, files an adoption enquiry with their
contact details in the charity's hosted rehoming CRM. Kennel staff keep dog
profiles up to date in the CRM and follow up each enquiry with a call and a home
check; no dog is reserved by the bot. Conversations are logged for quality review.
Controls in this design: HTTPS everywhere, a rate limit on the public chat API,
the model vendor's content filter, and staff sign-in to the CRM with MFA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Greyhound adoption chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Public website assistant answering adopters and matching them with kennelled greyhounds.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data(
    "Adopter chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Questions and household details typed by the adopter.",
)
reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "LLM prompt with context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, retrieved guidance and dog profiles.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
guidance = tg.Data(
    "Adoption guides and policies",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Care guides, FAQs, adoption fee and home-check policy.",
)
guide_chunks = tg.Data("Guide chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC)
dog_query = tg.Data("Dog search call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
dog_profiles = tg.Data(
    "Dog profiles",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Name, age, kennel, cat and child tests, temperament and medical notes.",
)
enquiry_call = tg.Data("Enquiry submission call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
enquiry = tg.Data(
    "Adoption enquiry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Adopter name, e-mail, phone, postcode, household details and chosen dogs.",
)
enquiry_ref = tg.Data("Enquiry reference", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
profile_update = tg.Data(
    "Dog profile update", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public thinking about adopting; no account needed to chat.
    adopter = tm.add(tg.Actor("Adopter", role="member of the public"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted chat model",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's built-in content filter")},
        )
    )

with tm.boundary("CRM SaaS", trust=tg.Trust.PARTNER):
    # The charity's hosted rehoming CRM: the record of dogs and adopters.
    crm = tm.add(
        tg.DataStore(
            "Rehoming CRM",
            stores={dog_profiles, enquiry},
            controls={
                c.Authentication(method="staff accounts, password and authenticator app MFA")
            },
        )
    )

with tm.boundary("Charity cloud app", trust=tg.Trust.INTERNAL):
    # Public chat API the website widget calls.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=20)},
        )
    )
    # The assistant: answers, searches dogs, suggests matches, files enquiries.
    agent = tm.add(
        tg.Agent(
            "Adoption assistant agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Files an enquiry once the adopter confirms the summary in the chat.",
        )
    )
    # Index of the charity's guides and policies, for grounded answers.
    guide_index = tm.add(tg.VectorStore("Guidance vector index", stores={guide_chunks}))
    # Chunks and embeds the guide documents when staff publish them.
    indexer = tm.add(tg.Pipeline("Guide indexing pipeline", stage=tg.Stage.INGESTION))
    # Reads available dogs from the CRM, filtered by the adopter's household answers.
    dog_search = tm.add(tg.Tool("Dog profile search tool", capabilities={"read"}))
    # Creates an enquiry record in the CRM for kennel staff to follow up.
    enquiry_tool = tm.add(tg.Tool("Adoption enquiry tool", capabilities={"write"}))
    # Conversation log kept for quality review and training the bot's prompts.
    transcript_store = tm.add(tg.DataStore("Transcript store", stores={transcripts}))

with tm.boundary("Charity office", trust=tg.Trust.INTERNAL):
    # Kennel and rehoming staff: update dog profiles, follow up enquiries, publish guides.
    staff = tm.add(tg.Actor("Kennel staff", role="rehoming staff"))
    # Shared drive where the charity keeps its care guides and policies.
    guide_source = tm.add(
        tg.DataSource("Charity shared drive", origin=tg.Origin.INTERNAL, provides={guidance})
    )

# ---------------------------------------------------------------- flows
tm.flow(adopter, chat_api, question, protocol="https")
tm.flow(chat_api, adopter, reply, protocol="https")
tm.flow(chat_api, agent, question)
tm.flow(agent, chat_api, reply)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, guide_index, question, label="similarity query")
tm.flow(guide_index, agent, guide_chunks)

tm.flow(agent, dog_search, dog_query)
tm.flow(dog_search, agent, dog_profiles)
tm.flow(dog_search, crm, dog_query, protocol="https")
tm.flow(crm, dog_search, dog_profiles, protocol="https")

tm.flow(agent, enquiry_tool, enquiry_call)
tm.flow(enquiry_tool, agent, enquiry_ref)
tm.flow(enquiry_tool, crm, enquiry, protocol="https")
tm.flow(crm, enquiry_tool, enquiry_ref, protocol="https")

tm.flow(agent, transcript_store, transcripts)

tm.flow(staff, crm, profile_update, protocol="https")
tm.flow(crm, staff, enquiry, dog_profiles, protocol="https")
tm.flow(staff, guide_source, guidance)
tm.flow(guide_source, indexer, guidance, protocol="https")
tm.flow(indexer, guide_index, guide_chunks)
