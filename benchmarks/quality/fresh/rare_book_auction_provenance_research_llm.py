"""Rare book provenance research assistant: the first design, before any security review.

The book department of a London auction house catalogues several thousand lots a
year. For each lot the specialist photographs ownership marks (bookplates,
inscriptions, library stamps, binders' tickets) and asks the assistant for a
provenance note. An orchestrator in the house's cloud tenancy reads the lot and
consignment record from the catalogue system, finds earlier appearances of the copy
in the house's own sale records (through a vector index refreshed nightly), searches
a stolen-book register run by a trade partner and public library and provenance
catalogues on the web, and sends it all with the photographs to a hosted LLM that
drafts the note with its sources. The specialist checks every draft and types the
final wording into the catalogue system; nothing is written there by the assistant.
Staff sign in through the corporate SSO with MFA, the archive and the catalogue
system are role-restricted, and the LLM vendor was vetted under enterprise terms.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Rare book provenance research assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Drafts provenance notes for rare book lots from ownership marks, past sale "
        "records and stolen-book registers, for the specialist to check."
    ),
)

# ---------------------------------------------------------------- data assets
research_request = tg.Data(
    "Provenance research request",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Lot number, author, title, edition and the specialist's own notes on the copy.",
)
mark_photos = tg.Data(
    "Ownership mark photographs",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Bookplates, inscriptions, stamps and shelfmarks photographed by the specialist.",
)
lot_record = tg.Data(
    "Lot and consignment record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Catalogue fields of the lot and the consignor's name and family history.",
)
sale_records = tg.Data(
    "Historic sale records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Past lots since 1950 with descriptions, hammer prices, consignors and buyers.",
)
sale_chunks = tg.Data(
    "Sale record chunks and embeddings",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PII,
)
register_query = tg.Data(
    "Stolen-book register search",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Author, title, edition and distinguishing marks of the copy.",
)
register_matches = tg.Data(
    "Stolen-book register matches",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Reported thefts that may match the copy, with the reporting library or owner.",
)
public_references = tg.Data(
    "Public provenance references",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Library catalogue entries and provenance database pages about former owners.",
)
llm_prompt = tg.Data(
    "Provenance drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the request, photographs, sale record chunks, register hits and web references.",
)
draft_note = tg.Data(
    "Draft provenance note",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Chain of former owners with the source of each link, and any register hits.",
)
final_note = tg.Data(
    "Checked provenance note",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The wording the specialist approves; published with the sale catalogue.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public library catalogues and provenance databases looked up for former owners.
    public_catalogues = tm.add(
        tg.DataSource(
            "Public library and provenance catalogues",
            origin=tg.Origin.PUBLIC_WEB,
            provides={public_references},
            description="Library OPACs and provenance databases searched live for each lot.",
        )
    )

with tm.boundary("Stolen-book register operator", trust=tg.Trust.PARTNER):
    # Due diligence: every lot is checked against the trade's register of stolen books.
    register = tm.add(
        tg.ExternalService(
            "Stolen-book register API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Search API of the antiquarian trade's stolen-book register.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads the photographs and the sources and writes the draft note.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose vision and text model behind the vendor's API.",
            controls={c.SupplierAssessment(note="enterprise terms: no training on our prompts")},
        )
    )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # The book department specialist who catalogues the lot and owns the final wording.
    specialist = tm.add(tg.Actor("Book specialist", role="cataloguer"))

with tm.boundary("Auction house cloud tenancy", trust=tg.Trust.INTERNAL):
    # The web app specialists use to ask for drafts and read them.
    web_app = tm.add(
        tg.Endpoint(
            "Provenance assistant web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO (OIDC) with MFA")},
        )
    )
    # Gathers the sources, builds the prompt and stores the draft.
    orchestrator = tm.add(
        tg.Service(
            "Provenance research orchestrator",
            description="Looks up the lot, the sale index, the register and the web; calls the LLM.",
            controls={
                c.HumanInTheLoop(
                    approver="the book specialist, who checks each draft and enters the final note"
                )
            },
        )
    )
    # Photographs kept with the research so the specialist can recheck a reading.
    photo_store = tm.add(tg.DataStore("Ownership mark photo store", stores={mark_photos}))
    # Drafts and the sources cited, kept for the specialist to come back to.
    draft_store = tm.add(
        tg.DataStore("Provenance draft store", stores={draft_note, register_matches})
    )
    # Semantic search over past sale records, to find earlier sales of the same copy.
    sale_index = tm.add(tg.VectorStore("Sale records index", stores={sale_chunks}))
    # Nightly export of the archive into the index.
    indexer = tm.add(
        tg.Pipeline(
            "Nightly sale records indexing",
            stage=tg.Stage.INGESTION,
            description="Chunks and embeds new and corrected sale records each night.",
        )
    )

    with tm.boundary("Collections systems", trust=tg.Trust.RESTRICTED):
        # The house's archive of every sale, with consignors and buyers.
        sale_archive = tm.add(
            tg.DataStore(
                "Sale records archive",
                stores={sale_records},
                controls={c.RBAC(), c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # The catalogue system of record: lots, consignments and published notes.
        catalogue_system = tm.add(
            tg.DataStore(
                "Catalogue management system",
                stores={lot_record, final_note},
                controls={c.RBAC(), c.AuditLogging(note="edit history on every lot")},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(specialist, web_app, research_request, mark_photos, protocol="https")
tm.flow(web_app, orchestrator, research_request, mark_photos)
tm.flow(orchestrator, photo_store, mark_photos)

tm.flow(catalogue_system, orchestrator, lot_record, label="lot lookup")
tm.flow(orchestrator, sale_index, research_request, label="similarity query")
tm.flow(sale_index, orchestrator, sale_chunks, label="earlier sales")
tm.flow(orchestrator, register, register_query, protocol="https")
tm.flow(register, orchestrator, register_matches, protocol="https")
tm.flow(public_catalogues, orchestrator, public_references, protocol="https", label="live search")

tm.flow(orchestrator, llm, llm_prompt, protocol="https")
tm.flow(llm, orchestrator, draft_note, protocol="https")
tm.flow(orchestrator, draft_store, draft_note, register_matches)
tm.flow(orchestrator, web_app, draft_note, register_matches)
tm.flow(web_app, specialist, draft_note, register_matches, protocol="https")

tm.flow(specialist, catalogue_system, final_note, protocol="https", label="enters checked note")

tm.flow(sale_archive, indexer, sale_records, label="nightly export")
tm.flow(indexer, sale_index, sale_chunks)
