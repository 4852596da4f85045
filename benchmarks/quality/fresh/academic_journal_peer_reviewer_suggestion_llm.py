"""Peer reviewer suggestion: the first design, before any security review.

Handling editors of the publisher's journals (mostly external academics) press
"Suggest reviewers" on a manuscript in the vendor-hosted manuscript tracking
system. Its plugin sends the manuscript and author list to our suggestion API.
An orchestrator asks a hosted LLM (enterprise terms: no training on inputs) for a
topic summary, embeds it with an in-house embedding model, finds matching
reviewers in a vector index of reviewer publications, and loads their profiles
from the reviewer database. A deterministic conflict checker drops candidates who
co-authored with or share an institution with the authors, using OpenAlex and
ORCID data. The LLM then writes a short rationale for each remaining candidate
and the ranked shortlist goes back to the editor, who alone decides whom to
invite. Runs in the publisher's cloud account; subject to GDPR.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Peer reviewer suggestion",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An LLM-assisted service that reads submitted manuscripts and suggests "
    "conflict-checked peer reviewers to handling editors.",
)

# ---------------------------------------------------------------- data assets
manuscript = tg.Data(
    "Unpublished manuscript",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Full text and supplementary files as submitted (PDF or Word).",
)
author_metadata = tg.Data(
    "Author and affiliation metadata",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Author names, e-mail addresses, ORCID iDs and institutions.",
)
suggestion_request = tg.Data(
    "Reviewer suggestion request",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Manuscript ID, journal and the editor's user ID.",
)
llm_prompt = tg.Data(
    "LLM prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, manuscript text and, for rationales, candidate profiles.",
)
llm_output = tg.Data(
    "Topic summary and reviewer rationales",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
query_embedding = tg.Data("Topic query embedding", kind="embeddings")
candidate_matches = tg.Data(
    "Candidate reviewer matches", kind="retrieved-context", sensitivity=tg.Sensitivity.PII
)
reviewer_profiles = tg.Data(
    "Reviewer profiles",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Names, e-mail addresses, affiliations, expertise keywords, review "
    "history, turnaround times and editor ratings.",
)
reviewer_embeddings = tg.Data(
    "Reviewer publication embeddings", kind="embeddings", sensitivity=tg.Sensitivity.PII
)
publication_metadata = tg.Data(
    "Publication and co-authorship metadata",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
)
conflict_results = tg.Data(
    "Conflict of interest check results", kind="records", sensitivity=tg.Sensitivity.PII
)
shortlist = tg.Data(
    "Suggested reviewer shortlist", kind="model-output", sensitivity=tg.Sensitivity.PII
)
suggestion_log = tg.Data(
    "Suggestion logs",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Requests, prompts, LLM outputs and shortlists, kept for evaluation.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can submit a manuscript; its text reaches the LLM.
    author = tm.add(tg.Actor("Submitting author", role="author"))
    # External academics acting as handling editors, on their own networks.
    editor = tm.add(tg.Actor("Handling editor", role="editor"))
    # Public scholarly metadata used for co-authorship and publication lists.
    bibliographic = tm.add(
        tg.DataSource(
            "OpenAlex and ORCID APIs",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={publication_metadata},
        )
    )

with tm.boundary("Manuscript system vendor", trust=tg.Trust.PARTNER):
    # The system of record for submissions, where editors work and invite reviewers.
    tracking = tm.add(
        tg.DataStore(
            "Manuscript tracking system",
            stores={manuscript, author_metadata, reviewer_profiles},
            description="Vendor SaaS for submission and peer review; hosts the "
            "'Suggest reviewers' plugin.",
            controls={c.Authentication(method="username and password")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model for topic summaries and rationales.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(
                    note="enterprise terms: no training on inputs, 30-day abuse-monitoring retention"
                ),
            },
        )
    )

with tm.boundary("Publisher cloud account", trust=tg.Trust.INTERNAL):
    # The one entry point the tracking system's plugin calls.
    api = tm.add(
        tg.Endpoint(
            "Reviewer suggestion API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="static API key issued to the tracking-system vendor"),
            },
        )
    )
    # Runs the suggestion workflow end to end.
    orchestrator = tm.add(
        tg.Service(
            "Suggestion orchestrator",
            description="Extracts manuscript text, calls the LLM, the embedding model, "
            "the index, the reviewer database and the conflict checker, and ranks.",
            controls={
                c.PolicyEnforcement(
                    rules="candidates the conflict checker flags are removed in code, "
                    "whatever the LLM ranks"
                ),
                c.HumanInTheLoop(approver="the handling editor chooses and invites reviewers"),
            },
        )
    )
    # Rule-based conflict of interest check, no model involved.
    coi_checker = tm.add(
        tg.Service(
            "Conflict of interest checker",
            description="Flags co-authorship in the last five years and shared institutions.",
        )
    )
    # Open-weights sentence embedding model served in our account.
    embedder = tm.add(
        tg.Model("Embedding model", task=tg.Task.EMBEDDING, origin=tg.ModelOrigin.OPEN_WEIGHTS)
    )
    # Weekly job that rebuilds reviewer embeddings from their publications.
    indexer = tm.add(tg.Pipeline("Reviewer indexing pipeline", stage=tg.Stage.INGESTION))
    # Prompts and outputs kept to measure suggestion quality.
    log_store = tm.add(
        tg.DataStore(
            "Suggestion log store",
            stores={suggestion_log},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("Reviewer data tier", trust=tg.Trust.RESTRICTED):
        # Similarity search over reviewers' published work.
        reviewer_index = tm.add(
            tg.VectorStore("Reviewer expertise index", stores={reviewer_embeddings})
        )
        # The publisher's own copy of the reviewer pool, enriched over years.
        reviewer_db = tm.add(
            tg.DataStore(
                "Reviewer database",
                stores={reviewer_profiles},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )

with tm.boundary("Publisher corporate network", trust=tg.Trust.INTERNAL):
    # Editorial office staff who curate the reviewer pool.
    editorial_office = tm.add(tg.Actor("Editorial office staff", role="editorial assistant"))

# ---------------------------------------------------------------- flows
tm.flow(author, tracking, manuscript, author_metadata, protocol="https", label="submission")
tm.flow(editor, tracking, suggestion_request, protocol="https")
tm.flow(tracking, editor, manuscript, shortlist, protocol="https")

tm.flow(tracking, api, suggestion_request, manuscript, author_metadata, protocol="https")
tm.flow(api, tracking, shortlist, protocol="https")
tm.flow(api, orchestrator, suggestion_request, manuscript, author_metadata)
tm.flow(orchestrator, api, shortlist)

tm.flow(orchestrator, llm, llm_prompt, protocol="https")
tm.flow(llm, orchestrator, llm_output, protocol="https")
tm.flow(orchestrator, embedder, llm_output, label="topic summary")
tm.flow(embedder, orchestrator, query_embedding)
tm.flow(orchestrator, reviewer_index, query_embedding, label="similarity query")
tm.flow(reviewer_index, orchestrator, candidate_matches)
tm.flow(orchestrator, reviewer_db, candidate_matches, label="profile lookup")
tm.flow(reviewer_db, orchestrator, reviewer_profiles)
tm.flow(orchestrator, coi_checker, author_metadata, reviewer_profiles)
tm.flow(bibliographic, coi_checker, publication_metadata, protocol="https")
tm.flow(coi_checker, orchestrator, conflict_results)
tm.flow(orchestrator, log_store, suggestion_log)

tm.flow(tracking, reviewer_db, reviewer_profiles, protocol="sftp", label="nightly reviewer sync")
tm.flow(editorial_office, reviewer_db, reviewer_profiles, label="curates reviewer pool")
tm.flow(reviewer_db, indexer, reviewer_profiles)
tm.flow(bibliographic, indexer, publication_metadata, protocol="https")
tm.flow(indexer, embedder, publication_metadata, label="abstracts to embed")
tm.flow(embedder, indexer, reviewer_embeddings)
tm.flow(indexer, reviewer_index, reviewer_embeddings)
