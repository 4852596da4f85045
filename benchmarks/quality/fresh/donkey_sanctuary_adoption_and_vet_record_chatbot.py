"""Donkey sanctuary adoption and vet record chatbot: the first design.

A donkey sanctuary (a UK charity with supporters across Europe) adds a chatbot to
its website. Members of the public ask about rehoming a donkey and the chatbot
answers from the sanctuary's care guides and rehoming FAQ, and can file a
rehoming enquiry into the adoption CRM for a welfare officer to follow up.
Existing guardians, who look after a rehomed donkey at home, sign in and ask
about their donkey's care: vaccinations, worming, farrier and dental visits due,
read from the sanctuary vet team's record database.
The chatbot is an LLM agent in the sanctuary's cloud tenancy; the model is a
vendor-hosted API. Care guides are embedded nightly from the website CMS.
Controls in this design: guardian sign-in and a per-visitor rate limit on the
chat API, TLS to the browser and the model vendor, role-based access and
provider-managed encryption on the CRM, and role-based access on the vet records.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Donkey sanctuary adoption and vet record chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Website chatbot for rehoming enquiries and guardians' questions "
    "about their donkey's vet and care records.",
)

# ---------------------------------------------------------------- data assets
visitor_message = tg.Data(
    "Visitor chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text; enquirers often give their name, address and home set-up.",
)
chat_reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Prompt with context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, retrieved guide chunks and tool results.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
care_guides = tg.Data(
    "Care guides and rehoming FAQ", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
guide_chunks = tg.Data(
    "Care guide chunks and embeddings",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PUBLIC,
)
adopter_records = tg.Data(
    "Adopter and guardian records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Names, home addresses, phone numbers, home-check notes, which donkeys they have.",
)
enquiry = tg.Data("Rehoming enquiry", kind="tool-call", sensitivity=tg.Sensitivity.PII)
enquiry_ref = tg.Data("Enquiry reference", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
record_query = tg.Data(
    "Donkey record query",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The donkey's sanctuary ID, taken from the signed-in guardian's account.",
)
vet_records = tg.Data(
    "Donkey vet records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Treatments, medication, vaccinations, farrier and dental history, "
    "with the guardian's name and address on each donkey's file.",
)
care_summary = tg.Data(
    "Donkey care summary", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Prospective adopters and signed-in guardians, using the website chat widget.
    visitor = tm.add(tg.Actor("Website visitor or guardian", role="member of the public"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API; no fine-tuning.
    llm = tm.add(tg.LLM("Hosted chat model", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Sanctuary cloud tenancy", trust=tg.Trust.INTERNAL):
    # The public chat API behind the website widget; guardians sign in to reach records.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=20),
                c.Authentication(
                    method="e-mail and password for guardians; anonymous for enquirers"
                ),
            },
        )
    )
    # The chatbot: an LLM agent that retrieves guides and calls the two tools.
    agent = tm.add(
        tg.Agent(
            "Sanctuary chatbot agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Answers questions, files rehoming enquiries and reads care "
            "summaries without a person in the loop during the chat.",
        )
    )
    # RAG index of the public care guides and rehoming FAQ.
    guide_index = tm.add(tg.VectorStore("Care guide index", stores={guide_chunks}))
    # Nightly job that chunks and embeds the website's care pages.
    indexer = tm.add(tg.Pipeline("Care guide indexing job", stage=tg.Stage.INGESTION))
    # Creates a rehoming enquiry in the CRM for the welfare team.
    enquiry_tool = tm.add(
        tg.Tool("Rehoming enquiry tool", capabilities={"write"}, origin="first-party")
    )
    # Reads the care summary of the guardian's donkey from the vet records.
    record_tool = tm.add(
        tg.Tool("Donkey record lookup tool", capabilities={"read"}, origin="first-party")
    )
    # Every conversation is kept for the welfare team to read back.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))
    # The sanctuary's website content management system, where care pages are written.
    cms = tm.add(tg.DataSource("Website CMS", origin=tg.Origin.INTERNAL, provides={care_guides}))

    with tm.boundary("Sanctuary records", trust=tg.Trust.RESTRICTED):
        # SaaS charity CRM holding adopters, guardians and rehoming enquiries.
        crm = tm.add(
            tg.DataStore(
                "Adoption CRM",
                stores={adopter_records},
                controls={c.RBAC(), c.EncryptionAtRest(key_management="CRM provider managed")},
            )
        )
        # The vet team's database of every donkey's treatment history.
        vet_db = tm.add(
            tg.DataStore("Vet record database", stores={vet_records}, controls={c.RBAC()})
        )

with tm.boundary("Sanctuary office network", trust=tg.Trust.INTERNAL):
    # Welfare officers follow up enquiries and run home checks.
    officer = tm.add(tg.Actor("Welfare officer", role="welfare staff"))
    # Sanctuary vets and vet nurses record treatments.
    vet = tm.add(tg.Actor("Sanctuary vet", role="vet team"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(visitor, chat_api, visitor_message, protocol="https", controls={tls})
tm.flow(chat_api, visitor, chat_reply, protocol="https", controls={tls})
tm.flow(chat_api, agent, visitor_message)
tm.flow(agent, chat_api, chat_reply)

tm.flow(agent, guide_index, visitor_message, label="similarity query")
tm.flow(guide_index, agent, guide_chunks, label="retrieved guides")
tm.flow(agent, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, llm_completion, protocol="https", controls={tls})

tm.flow(agent, enquiry_tool, enquiry)
tm.flow(enquiry_tool, crm, adopter_records, protocol="https", label="create enquiry")
tm.flow(enquiry_tool, agent, enquiry_ref)

tm.flow(agent, record_tool, record_query)
tm.flow(record_tool, vet_db, record_query)
tm.flow(vet_db, record_tool, vet_records)
tm.flow(record_tool, agent, care_summary)

tm.flow(agent, transcript_store, transcripts)

tm.flow(cms, indexer, care_guides, protocol="https", label="nightly export")
tm.flow(indexer, guide_index, guide_chunks)

tm.flow(officer, crm, adopter_records, protocol="https", label="follow-up and home checks")
tm.flow(crm, officer, adopter_records, protocol="https")
tm.flow(transcript_store, officer, transcripts, label="reads conversations")
tm.flow(vet, vet_db, vet_records, label="records treatments")
tm.flow(vet_db, vet, vet_records)
