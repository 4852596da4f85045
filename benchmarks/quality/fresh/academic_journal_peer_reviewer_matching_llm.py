"""Peer reviewer matching for an academic publisher: the first design, before any security review.

Authors submit manuscripts through the publisher's editorial system, which its vendor
hosts, and may name researchers they want excluded as reviewers. A matching service in
the vendor's platform finds candidate reviewers in an index of researchers' publications
and past reviewing, then asks a hosted LLM to rank them and to check each for conflicts
of interest with the authors (co-authorship, shared affiliation, the exclusion list).
Handling editors, academics working from their own institutions, see the suggestions in
the editorial system and choose whom to invite; invitations go out by e-mail and
reviewers return their reports through the same portal. Who reviewed a manuscript must
stay hidden from its authors. Publication metadata comes nightly from a bibliographic
data provider. Controls: sign-in and role-based views in the portal, an editor's choice
before any invitation, encrypted manuscript storage, and a reviewed LLM supplier.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Peer reviewer matching LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Suggests conflict-free peer reviewers for submitted manuscripts with an LLM; "
        "handling editors invite from the suggestions."
    ),
)

# ---------------------------------------------------------------- data assets
manuscript = tg.Data(
    "Unpublished manuscript",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
author_details = tg.Data(
    "Author details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, affiliations, e-mail addresses and ORCID iDs of the authors.",
)
exclusions = tg.Data(
    "Reviewer exclusion requests",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Researchers the authors ask not to be invited, with their reasons.",
)
matching_request = tg.Data(
    "Matching request",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Title, abstract, keywords, author list and exclusions of one manuscript.",
)
similarity_query = tg.Data(
    "Topic similarity query", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
candidate_pubs = tg.Data(
    "Candidate researchers' publications",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PII,
)
researcher_profiles = tg.Data(
    "Researcher profiles",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, e-mails, affiliations, co-authors and reviewing load of researchers.",
)
review_history = tg.Data(
    "Past review assignments",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Who reviewed which manuscript, when, and how promptly: never shown to authors.",
)
prompt = tg.Data(
    "Reviewer matching prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the manuscript abstract and authors, and candidate profiles.",
)
completion = tg.Data(
    "Ranked candidates with conflict notes", kind="model-output", sensitivity=tg.Sensitivity.PII
)
suggestions = tg.Data(
    "Reviewer suggestions",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
selection = tg.Data("Editor's reviewer selection", kind="records", sensitivity=tg.Sensitivity.PII)
invitation = tg.Data("Reviewer invitation", kind="records", sensitivity=tg.Sensitivity.PII)
review_report = tg.Data(
    "Review report",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
decision_letter = tg.Data(
    "Decision letter with anonymised reviews",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
pub_metadata = tg.Data(
    "Publication metadata",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Titles, abstracts, authors, affiliations and ORCID links of published papers.",
)
embeddings = tg.Data(
    "Publication embeddings", kind="embeddings", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Submits manuscripts and may ask for named researchers to be excluded.
    author = tm.add(tg.Actor("Author", role="submitting author"))
    # Academic editor responsible for a manuscript; chooses and invites reviewers.
    editor = tm.add(tg.Actor("Handling editor", role="handling editor"))
    # Accepts or declines invitations and submits review reports.
    reviewer = tm.add(tg.Actor("Reviewer", role="peer reviewer"))

with tm.boundary("Bibliographic data provider", trust=tg.Trust.PARTNER):
    # Source of the publication records researchers are matched on.
    biblio = tm.add(
        tg.DataSource(
            "Bibliographic metadata feed",
            origin=tg.Origin.PARTNER,
            provides={pub_metadata},
            description="Nightly export of new and updated publication records.",
        )
    )

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # Ranks candidates and reasons about conflicts of interest.
    llm = tm.add(
        tg.LLM(
            "Hosted matching LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="contract: no training on inputs, 30-day retention")
            },
        )
    )

with tm.boundary("E-mail delivery provider", trust=tg.Trust.PARTNER):
    # Sends the invitation e-mails on the editorial system's behalf.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Editorial system vendor cloud", trust=tg.Trust.PARTNER):
    # The single web front door for authors, editors and reviewers.
    portal = tm.add(
        tg.Endpoint(
            "Editorial portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password, or ORCID sign-in")},
        )
    )
    # Manuscript workflow: submissions, assignments, invitations, reviews, decisions.
    workflow = tm.add(
        tg.Service(
            "Editorial workflow service",
            controls={
                c.RBAC(
                    note="author, reviewer and editor views; reviewer names hidden from authors"
                ),
                c.HumanInTheLoop(approver="handling editor"),
            },
        )
    )
    # Everything about each manuscript, including who was invited and who reviewed.
    manuscripts_db = tm.add(
        tg.DataStore(
            "Manuscript database",
            stores={
                manuscript,
                author_details,
                exclusions,
                review_report,
                review_history,
                selection,
            },
            controls={c.EncryptionAtRest(key_management="vendor-managed keys")},
        )
    )
    # Builds the candidate list and the prompt, calls the LLM, returns suggestions.
    matcher = tm.add(
        tg.Service(
            "Reviewer matching service",
            controls={c.SecretsManagement(note="LLM API key in the vendor's secret store")},
        )
    )
    # Topic search over researchers' publications.
    pub_index = tm.add(
        tg.VectorStore("Researcher publication index", stores={embeddings, candidate_pubs})
    )
    # Researcher directory with co-author graph and reviewing history for conflict checks.
    researcher_db = tm.add(
        tg.DataStore("Researcher profile database", stores={researcher_profiles, review_history})
    )
    # Nightly job: updates profiles and embeds new publications.
    indexer = tm.add(tg.Pipeline("Nightly publication indexing job", stage=tg.Stage.INGESTION))

# ---------------------------------------------------------------- flows
tm.flow(author, portal, manuscript, author_details, exclusions, protocol="https")
tm.flow(portal, author, decision_letter, protocol="https")
tm.flow(editor, portal, selection, protocol="https")
tm.flow(portal, editor, manuscript, suggestions, review_report, protocol="https")
tm.flow(reviewer, portal, review_report, protocol="https")
tm.flow(portal, reviewer, manuscript, protocol="https")

tm.flow(portal, workflow, manuscript, author_details, exclusions, selection, review_report)
tm.flow(workflow, portal, manuscript, suggestions, review_report, decision_letter)
tm.flow(workflow, manuscripts_db, manuscript, author_details, exclusions, review_report, selection)
tm.flow(manuscripts_db, workflow, manuscript, author_details, exclusions, review_report, selection)

tm.flow(workflow, matcher, matching_request)
tm.flow(matcher, workflow, suggestions)
tm.flow(matcher, pub_index, similarity_query)
tm.flow(pub_index, matcher, candidate_pubs)
tm.flow(researcher_db, matcher, researcher_profiles, review_history, label="conflict check data")
tm.flow(matcher, llm, prompt, protocol="https")
tm.flow(llm, matcher, completion, protocol="https")

tm.flow(workflow, mailer, invitation, protocol="https")
tm.flow(mailer, reviewer, invitation, protocol="smtp")
tm.flow(workflow, researcher_db, review_history, label="completed reviews")

tm.flow(biblio, indexer, pub_metadata, protocol="https", label="nightly export")
tm.flow(indexer, researcher_db, researcher_profiles)
tm.flow(indexer, pub_index, embeddings, candidate_pubs)
