"""Conference CFP review assistant: the first design, before any security review.

Speakers submit talk proposals (abstract, outline, bio, optional links to slides)
through the public call-for-papers site of a large developer conference run from
the EU. An orchestrator in the conference's cloud account sends each proposal,
with the text of any linked slides and the track descriptions, to a hosted LLM
that writes a summary, checks track fit and drafts a first score with reasons.
Proposal embeddings go into a vector index used to flag likely duplicates across
tracks. Volunteer reviewers read the summaries in the review portal and enter
their own scores; the programme chair decides acceptance and exports the accepted
list to an external schedule publisher. Speakers log in with an emailed magic
link, reviewers and the chair through the conference's SSO with role-based
access, the proposal database is encrypted at rest, and the LLM vendor was
reviewed and signed a data processing agreement. The AI score is advisory only.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Conference CFP review assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM summaries, track-fit checks, duplicate flags and draft scores for talk proposals.",
)

# ---------------------------------------------------------------- data assets
proposal = tg.Data(
    "Talk proposal",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Title, abstract, outline, speaker name, email, bio and optional slide links.",
)
submission_status = tg.Data("Submission status", sensitivity=tg.Sensitivity.PII, kind="records")
slide_text = tg.Data("Linked slide text", sensitivity=tg.Sensitivity.PUBLIC, kind="documents")
tracks = tg.Data("Track descriptions", sensitivity=tg.Sensitivity.INTERNAL, kind="instructions")
prompt = tg.Data(
    "Review prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, track descriptions, the proposal and the slide text.",
)
completion = tg.Data(
    "Summary and draft score", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
embeddings = tg.Data(
    "Proposal embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="embeddings"
)
similar = tg.Data(
    "Similar proposals", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="retrieved-context"
)
review_record = tg.Data(
    "Review record",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="AI summary, draft score and reasons, duplicate flags, reviewer scores and comments.",
)
reviewer_score = tg.Data("Reviewer score", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="feedback")
decision = tg.Data("Acceptance decision", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
accepted_list = tg.Data("Accepted talks list", sensitivity=tg.Sensitivity.PII, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can create a speaker account and submit, so submissions are untrusted text.
    speaker = tm.add(tg.Actor("Speaker", role="submitter"))
    # Speakers may link to slides on any public host; the orchestrator fetches their text.
    slides = tm.add(
        tg.DataSource(
            "Linked slide decks",
            origin=tg.Origin.PUBLIC_WEB,
            provides={slide_text},
            description="Slide pages on public hosts named by the speaker.",
        )
    )

with tm.boundary("Programme committee", trust=tg.Trust.PARTNER):
    # Volunteer reviewers working from their own devices.
    reviewer = tm.add(tg.Actor("Reviewer", role="programme committee member"))
    # The chair owns the final acceptance decision and the export.
    chair = tm.add(tg.Actor("Programme chair", role="chair", privileged=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat and embedding model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="vendor review and DPA, no training on our data")},
        )
    )

with tm.boundary("Schedule publisher SaaS", trust=tg.Trust.PARTNER):
    # Publishes the public schedule and speaker pages from the accepted list.
    publisher = tm.add(tg.ExternalService("Schedule publisher"))

with tm.boundary("Conference cloud account", trust=tg.Trust.INTERNAL):
    # The public call-for-papers site where proposals come in.
    cfp_site = tm.add(
        tg.Endpoint(
            "CFP site",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="emailed magic link"),
                c.InputValidation(note="field length limits and URL format check"),
            },
        )
    )
    # System of record for submitted proposals.
    proposal_db = tm.add(
        tg.DataStore(
            "Proposal database",
            stores={proposal},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Track descriptions maintained by the chair; used as checking criteria.
    track_store = tm.add(tg.DataStore("Track catalogue", stores={tracks}))
    # Builds prompts, calls the LLM, runs duplicate search and writes results.
    orchestrator = tm.add(
        tg.Service(
            "Review orchestrator",
            description="Batch job triggered on each new or edited proposal.",
        )
    )
    # Embeddings of every proposal, queried for near-duplicates across tracks.
    dup_index = tm.add(tg.VectorStore("Duplicate index", stores={embeddings}))
    # Summaries, AI draft scores and the reviewers' own scores.
    review_db = tm.add(tg.DataStore("Review database", stores={review_record, decision}))
    # Where reviewers read summaries and score, and the chair accepts and exports.
    portal = tm.add(
        tg.Endpoint(
            "Review portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="OIDC SSO"),
                c.RBAC(note="reviewers see their tracks; only the chair accepts and exports"),
                c.HumanInTheLoop(approver="programme chair"),
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(speaker, cfp_site, proposal, protocol="https")
tm.flow(cfp_site, speaker, submission_status, protocol="https")
tm.flow(cfp_site, proposal_db, proposal)

tm.flow(proposal_db, orchestrator, proposal)
tm.flow(slides, orchestrator, slide_text, protocol="https", label="fetch linked slides")
tm.flow(track_store, orchestrator, tracks)
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, embeddings, protocol="https")
tm.flow(orchestrator, dup_index, embeddings, label="upsert and similarity query")
tm.flow(dup_index, orchestrator, similar, label="near-duplicate candidates")
tm.flow(orchestrator, review_db, review_record)

tm.flow(review_db, portal, review_record)
tm.flow(proposal_db, portal, proposal, label="full proposal for reviewers")
tm.flow(portal, reviewer, review_record, proposal, protocol="https")
tm.flow(reviewer, portal, reviewer_score, protocol="https")
tm.flow(portal, review_db, reviewer_score, decision)
tm.flow(portal, chair, review_record, accepted_list, protocol="https")
tm.flow(chair, portal, decision, protocol="https")
tm.flow(chair, portal, tracks, protocol="https", label="maintains track descriptions")
tm.flow(portal, track_store, tracks)
tm.flow(portal, publisher, accepted_list, protocol="https", label="chair-triggered export")
