"""Treaty wording comparison with an LLM: the first design, before any security review.

Brokers place reinsurance treaties with us by uploading draft treaty wordings
(PDF or Word) to our broker portal. An extraction pipeline turns each upload into
numbered clauses. A comparison service finds the closest clauses of our house
clause library (embedded with the LLM vendor's embedding API and kept in a vector
index), asks a hosted LLM to mark where the broker's wording deviates from the
house position and to draft a comment for each deviation, and stores the result
for review. Underwriters open the wording side by side with the marked deviations
in a review workbench, accept, edit or reject every draft comment, and only the
accepted comments go back to the broker as our reply through the portal. The
wordings team maintains the clause library. Broker logins use MFA, uploads are
type- and size-checked and stored encrypted, staff use corporate SSO, and the LLM
vendor was assessed and contractually bound not to train on or retain our data.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Treaty wording comparison",
    profile=tg.RiskProfile.HIGH,
    description="LLM-drafted deviation comments on broker treaty wordings, approved by underwriters.",
)

# ---------------------------------------------------------------- data assets
wording = tg.Data(
    "Broker treaty wording",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Draft treaty wording from the broker, with the cedent's terms and contact names.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
clauses = tg.Data(
    "Extracted wording clauses",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
house_clauses = tg.Data(
    "House clause library",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Our approved clause texts and the house position on each.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
clause_embeddings = tg.Data(
    "Clause embeddings", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
matched_clauses = tg.Data(
    "Matched house clauses", kind="retrieved-context", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
comparison_prompt = tg.Data(
    "Comparison prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, one broker clause and the matched house clauses.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
draft_comments = tg.Data(
    "Deviation marks and draft comments",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
decisions = tg.Data(
    "Underwriter decisions",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Accept, edit or reject per comment, with the underwriter's edits.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
reply = tg.Data(
    "Reply to broker",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Placing brokers from many firms; they upload wordings and receive our replies.
    broker = tm.add(tg.Actor("Reinsurance broker", role="broker"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model that compares clauses and drafts comments.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="no training on or retention of our data")},
        )
    )
    # The same vendor's embedding API, used to match clauses to the library.
    embedder = tm.add(
        tg.Model(
            "Hosted embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment()},
        )
    )

with tm.boundary("Reinsurer DMZ", trust=tg.Trust.INTERNAL):
    # The only internet-facing part: broker login, upload and reply download.
    portal = tm.add(
        tg.Endpoint(
            "Broker portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="broker accounts with MFA"),
                c.InputValidation(note="file type (PDF, DOCX) and size checks"),
            },
        )
    )

with tm.boundary("Underwriting platform", trust=tg.Trust.INTERNAL):
    # Keeps every uploaded wording as received, for the underwriting file.
    upload_store = tm.add(
        tg.DataStore(
            "Wording upload store",
            stores={wording},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Parses PDF and Word files and splits them into numbered clauses.
    extraction = tm.add(
        tg.Pipeline(
            "Clause extraction pipeline",
            stage=tg.Stage.PREPROCESSING,
            third_party_packages=True,
            description="Open-source PDF/DOCX parsers and OCR, then clause segmentation.",
        )
    )
    # Orchestrates matching and the LLM comparison for each broker clause.
    comparison = tm.add(
        tg.Service(
            "Comparison service",
            description="Retrieves matching house clauses, prompts the LLM, parses deviations and comments.",
        )
    )
    # Embeds the house clause library whenever the wordings team publishes a change.
    indexing = tm.add(tg.Pipeline("Clause indexing job", stage=tg.Stage.INGESTION))
    # Vector index of the house clauses.
    clause_index = tm.add(
        tg.VectorStore("House clause index", stores={clause_embeddings, house_clauses})
    )
    # Deviations, draft comments and the underwriters' decisions on them.
    review_store = tm.add(
        tg.DataStore(
            "Review store",
            stores={draft_comments, decisions},
            controls={c.AuditLogging(note="who accepted or rejected each comment, and when")},
        )
    )
    # Where underwriters review each draft comment and release the reply.
    workbench = tm.add(
        tg.Endpoint(
            "Review workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO"),
                c.HumanInTheLoop(approver="the treaty underwriter"),
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Owns the house clause library and its approved positions.
    wordings_team = tm.add(
        tg.Actor("Wordings team lawyer", role="clause librarian", privileged=True)
    )
    # Decides on every comment before anything goes back to the broker.
    underwriter = tm.add(tg.Actor("Treaty underwriter", role="underwriter"))
    # System of record for the approved clauses.
    clause_library = tm.add(
        tg.DataStore("Clause library", stores={house_clauses}, controls={c.RBAC()})
    )

# ---------------------------------------------------------------- flows
tm.flow(broker, portal, wording, protocol="https", label="upload")
tm.flow(portal, upload_store, wording)
tm.flow(upload_store, extraction, wording)
tm.flow(extraction, comparison, clauses)

tm.flow(wordings_team, clause_library, house_clauses, protocol="https")
tm.flow(clause_library, indexing, house_clauses)
tm.flow(indexing, embedder, house_clauses, protocol="https")
tm.flow(embedder, indexing, clause_embeddings, protocol="https")
tm.flow(indexing, clause_index, clause_embeddings, house_clauses)

tm.flow(comparison, embedder, clauses, protocol="https")
tm.flow(embedder, comparison, clause_embeddings, protocol="https")
tm.flow(comparison, clause_index, clause_embeddings, label="similarity query")
tm.flow(clause_index, comparison, matched_clauses)
tm.flow(comparison, llm, comparison_prompt, protocol="https")
tm.flow(llm, comparison, completion, protocol="https")
tm.flow(comparison, review_store, draft_comments)

tm.flow(review_store, workbench, draft_comments)
tm.flow(upload_store, workbench, wording, label="side-by-side view")
tm.flow(workbench, underwriter, wording, draft_comments, protocol="https")
tm.flow(underwriter, workbench, decisions, protocol="https", label="accept, edit or reject")
tm.flow(workbench, review_store, decisions)
tm.flow(workbench, portal, reply, label="accepted comments only")
tm.flow(portal, broker, reply, protocol="https")
