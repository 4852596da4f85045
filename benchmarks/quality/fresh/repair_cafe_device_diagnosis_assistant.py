"""Repair café device diagnosis assistant: the first design, before any security review.

A network of volunteer-run repair cafés in several EU countries shares one
diagnosis assistant. At the repair table a volunteer photographs the broken
appliance on a café tablet and types the symptoms the visitor describes; the
visitor signs a safety waiver on the same tablet first. A small cloud backend
retrieves matching repair guides from a shared knowledge base, sends the photos,
symptoms and guides to a hosted multimodal LLM, and returns likely faults and
repair steps. Advice for mains-powered devices is held in a review queue until an
experienced volunteer approves or edits it; other advice goes straight back.
Volunteers sign in with e-mail and password; traffic is HTTPS; the database is
encrypted by the hosting provider; only coordinators may edit the knowledge base,
which is also fed from public repair wikis crawled weekly.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Repair café device diagnosis assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM fault suggestions and repair guides for volunteers at repair cafés.",
)

# ---------------------------------------------------------------- data assets
waiver = tg.Data(
    "Signed safety waiver",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Visitor name, e-mail, signature and the device brought in.",
)
photos = tg.Data(
    "Appliance photos",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Photos of the device, its rating plate and opened casing.",
)
symptoms = tg.Data("Symptom description", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Diagnosis prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="System prompt, photos, symptoms and the retrieved guide excerpts.",
)
completion = tg.Data("LLM fault suggestions", kind="model-output")
advice = tg.Data(
    "Repair advice",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Likely faults, safety notes and step-by-step repair guide.",
)
review_decision = tg.Data("Reviewer approval or edit", kind="records")
guides = tg.Data(
    "Repair guides",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
wiki_pages = tg.Data(
    "Public repair wiki pages", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
guide_chunks = tg.Data("Guide chunks and embeddings", kind="retrieved-context")
session_log = tg.Data(
    "Repair session log",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Who brought what device, the advice given and the repair outcome.",
)
volunteer_login = tg.Data(
    "Volunteer credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Repair café venue", trust=tg.Trust.UNTRUSTED):
    # Members of the public who bring the broken appliance and sign the waiver.
    visitor = tm.add(tg.Actor("Visitor", role="device owner"))
    # Volunteer repairer at the table who photographs and describes the fault.
    volunteer = tm.add(tg.Actor("Volunteer repairer", role="volunteer"))
    # Experienced volunteer who signs off advice for mains-powered devices.
    reviewer = tm.add(tg.Actor("Experienced volunteer", role="safety reviewer"))
    # Shared Android tablets at each café, on the venue's guest Wi-Fi.
    tablet = tm.add(
        tg.Device(
            "Café tablet app",
            fleet=True,
            description="Shared Android tablets running the assistant app and the waiver form.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public repair wikis whose guides are imported into the knowledge base index.
    wiki = tm.add(
        tg.DataSource(
            "Public repair wikis",
            origin=tg.Origin.PUBLIC_WEB,
            provides={wiki_pages},
            description="Community repair guides crawled weekly.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that reads the photos and proposes faults.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose vision-language model behind the vendor's API.",
            controls={tg.controls.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("Cloud backend", trust=tg.Trust.INTERNAL):
    # Single API the tablets talk to for diagnosis, waivers and session notes.
    api = tm.add(
        tg.Endpoint(
            "Assistant API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )
    # Retrieves guides, builds the prompt, calls the LLM and routes mains advice to review.
    orchestrator = tm.add(
        tg.Service(
            "Diagnosis orchestrator",
            description="Looks up guides, calls the LLM, sends mains-powered cases to review.",
        )
    )
    # Holds advice for mains-powered devices until an experienced volunteer approves it.
    review_queue = tm.add(
        tg.Service(
            "Mains safety review queue",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="an experienced volunteer",
                    note="only advice for mains-powered devices; battery devices skip review",
                )
            },
        )
    )
    # Waivers, session logs and volunteer accounts in the managed database.
    sessions = tm.add(
        tg.DataStore(
            "Session and waiver database",
            stores={waiver, session_log, volunteer_login},
            controls={tg.controls.EncryptionAtRest(key_management="hosting provider managed keys")},
        )
    )
    # Curated repair guides written by the café network's coordinators.
    kb = tm.add(
        tg.DataStore(
            "Repair knowledge base",
            stores={guides},
            controls={tg.controls.RBAC(note="only coordinators can edit guides")},
        )
    )
    # Weekly job that chunks and embeds guides and crawled wiki pages.
    indexer = tm.add(tg.Pipeline("Guide indexing job", stage=tg.Stage.INGESTION))
    # Vector index the orchestrator searches for relevant guides.
    index = tm.add(tg.VectorStore("Guide vector index", stores={guide_chunks}))

with tm.boundary("Coordinator laptops", trust=tg.Trust.INTERNAL):
    # Network coordinators who write and curate the shared guides.
    coordinator = tm.add(
        tg.Actor("Knowledge base coordinator", role="coordinator", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(visitor, tablet, waiver, symptoms, label="signs waiver, describes symptoms")
tm.flow(volunteer, tablet, photos, symptoms, volunteer_login)
tm.flow(tablet, api, waiver, protocol="https", label="waiver upload")
tm.flow(tablet, api, photos, symptoms, volunteer_login, protocol="https", label="diagnosis request")
tm.flow(api, sessions, waiver, volunteer_login, label="store waiver, check login")
tm.flow(api, orchestrator, photos, symptoms)

tm.flow(orchestrator, index, symptoms, label="similarity query")
tm.flow(index, orchestrator, guide_chunks, label="retrieved guides")
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, sessions, session_log)

tm.flow(orchestrator, review_queue, advice, label="mains-powered device")
tm.flow(review_queue, reviewer, advice, protocol="https", label="advice to review")
tm.flow(reviewer, review_queue, review_decision, protocol="https")
tm.flow(review_queue, api, advice, label="approved advice")
tm.flow(orchestrator, api, advice, label="low-voltage device advice")
tm.flow(api, tablet, advice, protocol="https")
tm.flow(tablet, volunteer, advice)
tm.flow(tablet, api, session_log, protocol="https", label="repair outcome")
tm.flow(api, sessions, session_log, label="repair outcome")

tm.flow(coordinator, kb, guides, protocol="https", label="writes and edits guides")
tm.flow(kb, indexer, guides)
tm.flow(wiki, indexer, wiki_pages, protocol="https", label="weekly crawl")
tm.flow(indexer, index, guide_chunks)
