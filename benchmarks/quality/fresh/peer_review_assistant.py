"""Peer review assistant: the first design, before any security review.

An academic publisher adds an LLM assistant to its editorial system for journal
editors. Authors submit confidential, unpublished manuscripts through the web
portal; peer reviewers read them there and upload their reports. From an editor's
workspace the assistant summarises a submission, suggests reviewers by matching
the manuscript against an expertise index built from the publisher's author and
reviewer database, checks the reference list against a public bibliographic
metadata API, and drafts decision letters from the reviewer reports. The model is
a commercial LLM called over HTTPS under a data processing agreement. Editors
sign in with the publisher's SSO and see only their own journals; the assistant
cannot send anything itself: editors edit each draft letter and send it through
the editorial system, which emails authors via a mail provider. Manuscripts and
researcher records are encrypted at rest and every assistant request is logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Peer review assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM assistant for journal editors: summaries, reviewer suggestions, "
    "reference checks and draft decision letters over confidential submissions.",
)

# ---------------------------------------------------------------- data assets
manuscript = tg.Data(
    "Manuscript submission",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Unpublished manuscript text, figures and reference list.",
)
author_details = tg.Data(
    "Author details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, emails, affiliations and ORCID iDs of the submitting authors.",
)
reviewer_reports = tg.Data(
    "Reviewer reports",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Confidential reports and comments to the editor; reviewer identities.",
)
researcher_profiles = tg.Data(
    "Researcher profiles",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Authors and reviewers: contact details, affiliations, publications, "
    "review history and declared conflicts of interest.",
)
expertise_vectors = tg.Data(
    "Expertise embeddings",
    kind="embeddings",
    sensitivity=tg.Sensitivity.PII,
    description="Embedded publication abstracts keyed by researcher.",
)
editor_request = tg.Data("Editor request", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
llm_prompt = tg.Data(
    "Assistant prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, the editor's task, manuscript text, reviewer reports "
    "and tool results.",
)
llm_completion = tg.Data(
    "LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
reviewer_query = tg.Data(
    "Reviewer search query",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Manuscript topic and keywords, plus author names for the conflict check.",
)
reviewer_candidates = tg.Data(
    "Reviewer candidates", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
reference_list = tg.Data(
    "Reference list to check", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
citation_lookup = tg.Data(
    "Citation lookups",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="One metadata query per cited DOI or title.",
)
bibliographic_metadata = tg.Data(
    "Bibliographic metadata",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Titles, authors, abstracts and retraction notices from the public index.",
)
reference_report = tg.Data(
    "Reference check results", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
assistant_output = tg.Data(
    "Assistant output",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Manuscript summary, suggested reviewers, reference findings.",
)
draft_letter = tg.Data(
    "Draft decision letter",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
decision_letter = tg.Data(
    "Decision letter",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="The letter the editor edited and sent, with reviewer comments.",
)
audit_records = tg.Data(
    "Assistant audit records", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Submits manuscripts and receives decisions; anyone can register as an author.
    author = tm.add(tg.Actor("Author", role="submitting author"))
    # External academics invited to review; they read manuscripts and upload reports.
    reviewer = tm.add(tg.Actor("Peer reviewer", role="reviewer"))
    # Academic editors work from their universities, not from the publisher's network.
    editor = tm.add(tg.Actor("Journal editor", role="handling editor"))
    # Public scholarly metadata index (Crossref-style) used to verify citations.
    biblio_api = tm.add(
        tg.ExternalService(
            "Bibliographic metadata API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Public REST API; DOIs, titles, retraction notices.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The commercial model that does the summarising and drafting.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
            controls={
                c.SupplierAssessment(
                    note="DPA signed: no training on our data, 30-day abuse-monitoring retention"
                )
            },
        )
    )

with tm.boundary("Email provider", trust=tg.Trust.PARTNER):
    # Transactional mail service the editorial system already uses for author mail.
    mailer = tm.add(
        tg.ExternalService("Email delivery service", description="SaaS transactional email.")
    )

with tm.boundary("Publisher cloud", trust=tg.Trust.INTERNAL):
    # Existing manuscript tracking system: author, reviewer and editor web front end.
    editorial = tm.add(
        tg.Endpoint(
            "Editorial system",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Submission portal, reviewer centre and editor workspace.",
            controls={
                c.Authentication(
                    method="publisher SSO for editors; ORCID or password for authors and reviewers"
                ),
                c.RBAC(note="editors see only submissions to their own journals"),
                c.HumanInTheLoop(
                    approver="handling editor",
                    note="decision letters go out only when the editor edits and sends them",
                ),
            },
        )
    )
    # New component: runs the editor's task, calls the LLM and the two tools.
    assistant = tm.add(
        tg.Agent(
            "Assistant orchestrator",
            autonomy=tg.Autonomy.ASSISTIVE,
            description="Builds prompts from the manuscript and reports; returns drafts to the editor.",
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    # Finds reviewers whose publications match the manuscript and checks conflicts.
    reviewer_tool = tm.add(
        tg.Tool(
            "Reviewer search tool",
            capabilities={tg.Capability.READ},
            description="Similarity search on the expertise index, then profile and COI lookup.",
        )
    )
    # Resolves each citation against the public metadata API.
    reference_tool = tm.add(
        tg.Tool(
            "Reference checker tool",
            capabilities={tg.Capability.READ, tg.Capability.NETWORK_EGRESS},
            description="Flags unresolvable DOIs, mismatched titles and retracted papers.",
        )
    )
    # Keeps every assistant request and response for editorial-misconduct inquiries.
    audit_log = tm.add(tg.DataStore("Assistant audit log", stores={audit_records}))

    with tm.boundary("Editorial data tier", trust=tg.Trust.RESTRICTED):
        # Manuscripts and reviewer reports; the publisher's most confidential asset.
        manuscript_store = tm.add(
            tg.DataStore(
                "Manuscript store",
                stores={manuscript, reviewer_reports, author_details},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Everyone who has ever authored or reviewed for the publisher.
        researcher_db = tm.add(
            tg.DataStore(
                "Researcher database",
                stores={researcher_profiles},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Vector index that makes reviewer matching by topic possible.
        expertise_index = tm.add(tg.VectorStore("Expertise index", stores={expertise_vectors}))
        # Nightly job that embeds researchers' publication abstracts into the index.
        indexer = tm.add(
            tg.Pipeline(
                "Expertise indexing job",
                stage=tg.Stage.INGESTION,
                description="Nightly; embeds new publications with an in-house embedding model.",
            )
        )

# ---------------------------------------------------------------- flows
# Submission and review through the portal.
tm.flow(author, editorial, manuscript, author_details, protocol="https", label="submits")
tm.flow(editorial, manuscript_store, manuscript, author_details, reviewer_reports)
tm.flow(manuscript_store, editorial, manuscript, author_details, reviewer_reports)
tm.flow(editorial, researcher_db, author_details, label="new authors added")
tm.flow(researcher_db, editorial, researcher_profiles, label="invitations and COI records")
tm.flow(editorial, reviewer, manuscript, protocol="https", label="review invitation")
tm.flow(reviewer, editorial, reviewer_reports, protocol="https")

# The editor's workspace and the assistant.
tm.flow(editor, editorial, editor_request, decision_letter, protocol="https")
tm.flow(
    editorial,
    editor,
    manuscript,
    reviewer_reports,
    assistant_output,
    draft_letter,
    protocol="https",
)
tm.flow(editorial, assistant, editor_request)
tm.flow(manuscript_store, assistant, manuscript, reviewer_reports, author_details)
tm.flow(assistant, llm, llm_prompt, protocol="https")
tm.flow(llm, assistant, llm_completion, protocol="https")
tm.flow(assistant, editorial, assistant_output, draft_letter)
tm.flow(assistant, audit_log, audit_records)

# Reviewer suggestions.
tm.flow(assistant, reviewer_tool, reviewer_query)
tm.flow(reviewer_tool, expertise_index, reviewer_query, label="similarity search")
tm.flow(expertise_index, reviewer_tool, expertise_vectors)
tm.flow(researcher_db, reviewer_tool, researcher_profiles, label="profiles and conflicts")
tm.flow(reviewer_tool, assistant, reviewer_candidates)
tm.flow(researcher_db, indexer, researcher_profiles)
tm.flow(indexer, expertise_index, expertise_vectors)

# Reference checking.
tm.flow(assistant, reference_tool, reference_list)
tm.flow(reference_tool, biblio_api, citation_lookup, protocol="https")
tm.flow(biblio_api, reference_tool, bibliographic_metadata, protocol="https")
tm.flow(reference_tool, assistant, reference_report)

# Sending the decision.
tm.flow(editorial, mailer, decision_letter, author_details, protocol="https")
tm.flow(mailer, author, decision_letter, protocol="smtp+starttls")
