"""Seed library chat assistant: the first design.

A volunteer-run community seed library in Utrecht lends open-pollinated seed to
its members, who grow it out and return seed and germination results. Members
sign in on the library's website with an e-mail magic link and chat with an
assistant that answers growing and seed-saving questions from the library's
guides (indexed from partner seed-saving sites), looks up varieties and lots in
the seed catalogue, and takes down germination reports (lot, seeds sown, seeds
germinated, notes) through a report tool that files them under the signed-in
member. The assistant is an LLM agent on a small managed hosting platform; the
model itself is a hosted vendor API. Catalogue volunteers sign in to an admin
console to review reports and update the germination rates shown in the public
seed swap catalogue. Controls so far: HTTPS everywhere, a rate limit on the chat
API, a step limit on the agent, report schema checks and a 90-day transcript
retention.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Seed library germination report chat assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Answers members' growing questions and collects their germination reports "
        "for the seed swap catalogue."
    ),
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Member question", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
answer = tg.Data("Assistant answer", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Prompt with guide context",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="System prompt, conversation so far, retrieved guide chunks and tool results.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Answer text or a tool call chosen by the model.",
)
guides = tg.Data("Seed-saving guides", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
guide_chunks = tg.Data(
    "Guide chunks and embeddings", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
lookup_call = tg.Data("Catalogue lookup call", kind="tool-call")
catalogue = tg.Data(
    "Seed catalogue entries",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="low"),
    description="Varieties, lots, stock and published germination rates.",
)
report_call = tg.Data(
    "Germination report submission",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Lot, seeds sown, seeds germinated, growing notes; may mention the garden.",
)
report_result = tg.Data("Report saved confirmation", kind="tool-result")
reports = tg.Data(
    "Germination reports",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="low"),
)
members = tg.Data(
    "Member accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail address, postcode and membership status.",
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
catalogue_updates = tg.Data("Catalogue updates", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Library members: the people who ask questions and file reports.
    member = tm.add(tg.Actor("Library member", role="member"))
    # Volunteers work from their own laptops at home.
    volunteer = tm.add(tg.Actor("Catalogue volunteer", role="catalogue coordinator"))
    # Growing guides come from the library's own pages and partner seed-saving sites.
    guide_source = tm.add(
        tg.DataSource(
            "Seed-saving guide sites",
            origin=tg.Origin.PUBLIC_WEB,
            provides={guides},
            description="The library's guide pages and two partner seed-saving networks' sites.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general chat model; the library has no infrastructure to host its own.
    llm = tm.add(tg.LLM("Hosted chat model", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Library hosting platform", trust=tg.Trust.INTERNAL):
    # The chat API behind the website widget; it handles sign-in.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="e-mail magic link"),
                tg.controls.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # Decides whether to answer from the guides, look up the catalogue or file a report.
    agent = tm.add(
        tg.Agent(
            "Growing assistant agent",
            autonomy=tg.Autonomy.ASSISTIVE,
            description="Reads back a report summary and files it when the member says yes.",
            controls={tg.controls.CircuitBreaker(max_steps=6)},
        )
    )
    # Searchable growing guides so answers follow the library's advice.
    guide_index = tm.add(tg.VectorStore("Growing guide index", stores={guide_chunks}))
    # Keeps the index current with the guide pages.
    indexer = tm.add(
        tg.Pipeline(
            "Weekly guide indexing job",
            stage=tg.Stage.INGESTION,
            third_party_packages=True,
        )
    )
    # Lets the agent tell members what is in stock and which lot they borrowed.
    lookup_tool = tm.add(tg.Tool("Catalogue lookup tool", capabilities={tg.Capability.READ}))
    # Files a germination report; the agent cannot choose whose report it is.
    report_tool = tm.add(
        tg.Tool(
            "Germination report tool",
            capabilities={tg.Capability.WRITE},
            description="Stores the report under the member id taken from the chat session.",
            controls={tg.controls.InputValidation(note="lot must exist; germinated <= sown")},
        )
    )
    # The catalogue the seed swap runs on.
    catalogue_db = tm.add(tg.DataStore("Seed catalogue database", stores={catalogue}))
    # Member reports waiting for review and kept as the lot's history.
    report_db = tm.add(
        tg.DataStore(
            "Germination report database",
            stores={reports},
            controls={tg.controls.EncryptionAtRest(key_management="hosting provider managed keys")},
        )
    )
    # Who the members are, for sign-in and to attach reports to them.
    member_db = tm.add(tg.DataStore("Member directory", stores={members}))
    # Conversations kept so volunteers can improve the guides and prompts.
    transcript_store = tm.add(
        tg.DataStore(
            "Chat transcript store",
            stores={transcripts},
            controls={tg.controls.RetentionLimits(days=90)},
        )
    )
    # Where volunteers review reports and publish germination rates.
    admin = tm.add(
        tg.Endpoint(
            "Catalogue admin console",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="individual volunteer accounts with password")
            },
        )
    )
    # The public seed swap catalogue pages.
    catalogue_site = tm.add(
        tg.Endpoint("Seed swap catalogue website", purpose=tg.EndpointPurpose.API)
    )

# ---------------------------------------------------------------- flows
tm.flow(member, chat_api, question, protocol="https")
tm.flow(chat_api, member, answer, protocol="https")
tm.flow(member_db, chat_api, members, label="sign-in lookup")
tm.flow(chat_api, agent, question)
tm.flow(agent, chat_api, answer)

tm.flow(agent, guide_index, question, label="similarity query")
tm.flow(guide_index, agent, guide_chunks, label="retrieved guides")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, lookup_tool, lookup_call)
tm.flow(catalogue_db, lookup_tool, catalogue)
tm.flow(lookup_tool, agent, catalogue)
tm.flow(agent, report_tool, report_call)
tm.flow(report_tool, report_db, reports)
tm.flow(report_tool, agent, report_result)
tm.flow(agent, transcript_store, transcripts)

tm.flow(guide_source, indexer, guides, protocol="https", label="weekly crawl")
tm.flow(indexer, guide_index, guide_chunks)

tm.flow(volunteer, admin, catalogue_updates, protocol="https")
tm.flow(report_db, admin, reports)
tm.flow(admin, volunteer, reports, protocol="https")
tm.flow(admin, catalogue_db, catalogue_updates)
tm.flow(catalogue_db, catalogue_site, catalogue)
tm.flow(catalogue_site, member, catalogue, protocol="https")
