"""Grant reviewer matching: the first design, before any security review.

Researchers submit grant proposals through the funder's grants portal, where expert
reviewers also keep their own profiles (expertise keywords, institution, declared
conflicts). A nightly indexing pipeline joins those profiles with publication records
from a scholarly metadata service and embeds them into a reviewer index. When a
programme manager opens a proposal in the matching console, a matching service pulls
candidate reviewers from the index and asks a vendor-hosted LLM to read the proposal
and rank the candidates with a short rationale. A rules-based conflict-of-interest
check then drops or flags reviewers who share an institution or recent co-authorship
with the applicants. The programme manager picks whom to invite, and an invitation
service e-mails them. Everything runs in the funder's cloud tenancy; staff sign in with
corporate SSO and MFA, applicants and reviewers with e-mail and password, stores are
encrypted with KMS keys, and the LLM vendor is under a DPA with zero data retention.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Grant reviewer matching",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-assisted suggestion of peer reviewers for grant proposals, "
    "with a conflict-of-interest check, for programme managers to invite.",
)

# ---------------------------------------------------------------- data assets
proposal = tg.Data(
    "Grant proposal",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Unpublished research plan, budget, applicant names, CVs and institutions.",
)
reviewer_profiles = tg.Data(
    "Reviewer profiles",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Name, contact e-mail, institution, expertise keywords, declared conflicts.",
)
publications = tg.Data(
    "Publication records",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Authorship, affiliations and abstracts keyed by ORCID iD.",
)
expertise_vectors = tg.Data(
    "Reviewer expertise embeddings",
    kind="embeddings",
    sensitivity=tg.Sensitivity.PII,
)
candidates = tg.Data(
    "Candidate reviewer profiles",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PII,
    description="Top-50 reviewer profiles and recent abstracts nearest the proposal.",
)
proposal_query = tg.Data(
    "Proposal similarity query", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
matching_prompt = tg.Data(
    "Matching prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, proposal text and the candidate reviewer profiles.",
)
suggestions = tg.Data(
    "Suggested reviewers",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Ranked reviewer list with a fit rationale for each.",
)
coi_results = tg.Data(
    "Conflict-of-interest check results",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
shortlist = tg.Data(
    "Reviewer shortlist with conflict flags",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
match_request = tg.Data("Matching request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
selection = tg.Data(
    "Invitation selection",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The reviewers the programme manager chose to invite for a proposal.",
)
invitation = tg.Data(
    "Review invitation e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Proposal title and summary, deadline, accept/decline link.",
)
match_log = tg.Data(
    "Matching log",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Prompts, suggestions, conflict results and the final selection per proposal.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Researchers applying for funding; anyone can register an applicant account.
    applicant = tm.add(tg.Actor("Applicant", role="grant applicant"))
    # External experts in the reviewer pool; they self-register and maintain their profile.
    reviewer = tm.add(tg.Actor("Reviewer", role="external peer reviewer"))

with tm.boundary("Scholarly metadata service", trust=tg.Trust.PARTNER):
    # ORCID / bibliographic API used to enrich reviewer profiles with publications.
    biblio = tm.add(
        tg.ExternalService(
            "Bibliographic metadata API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Public scholarly metadata (ORCID member API and a publication index).",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads the proposal and ranks candidate reviewers; hosted by the vendor.
    llm = tm.add(
        tg.LLM(
            "Hosted matching LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model called through the vendor's API.",
            controls={
                tg.controls.SupplierAssessment(
                    note="DPA signed; zero data retention, no training on our inputs"
                )
            },
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that delivers reviewer invitations.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Funder cloud tenancy", trust=tg.Trust.INTERNAL):
    # Existing public-facing portal for submissions and reviewer self-service.
    portal = tm.add(
        tg.Service(
            "Grants portal",
            internet_facing=True,
            controls={
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.InputValidation(note="PDF only, 20 MB limit, form field checks"),
            },
        )
    )
    # Web app where programme managers run matching and choose reviewers.
    console = tm.add(
        tg.Endpoint(
            "Matching console",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="corporate SSO (OIDC) with MFA"),
                tg.controls.RBAC(note="programme managers see their own programme's proposals"),
            },
        )
    )
    # Orchestrates retrieval, the LLM call, the conflict check and logging.
    matcher = tm.add(
        tg.Service(
            "Reviewer matching service",
            description="Embeds the proposal, retrieves candidates, prompts the LLM, "
            "runs the conflict check and returns the shortlist.",
            controls={tg.controls.AuditLogging(retention_days=730)},
        )
    )
    # Deterministic rules: same institution, co-authorship in 5 years, declared conflicts.
    coi = tm.add(
        tg.Service(
            "Conflict-of-interest checker",
            description="Compares reviewer affiliations, co-authors and declared conflicts "
            "with the applicants listed on the proposal.",
        )
    )
    # Sends invitations only for reviewers a programme manager selected.
    inviter = tm.add(
        tg.Service(
            "Invitation service",
            controls={tg.controls.HumanInTheLoop(approver="the programme manager")},
        )
    )
    # Keeps the matching history for audit and appeals about reviewer choice.
    log_store = tm.add(tg.DataStore("Matching log store", stores={match_log}))

    with tm.boundary("Grants data tier", trust=tg.Trust.RESTRICTED):
        # System of record for submitted proposals.
        proposal_store = tm.add(
            tg.DataStore(
                "Proposal store",
                stores={proposal},
                controls={
                    tg.controls.EncryptionAtRest(key_management="cloud KMS"),
                    tg.controls.RBAC(),
                },
            )
        )
        # The reviewer pool: profiles, contact details and declared conflicts.
        reviewer_db = tm.add(
            tg.DataStore(
                "Reviewer database",
                stores={reviewer_profiles, publications},
                controls={
                    tg.controls.EncryptionAtRest(key_management="cloud KMS"),
                    tg.controls.RBAC(),
                },
            )
        )
        # Nightly job: joins profiles with publications and embeds them (in-house embedding model).
        indexer = tm.add(
            tg.Pipeline(
                "Nightly reviewer indexing job",
                stage=tg.Stage.INGESTION,
                description="Runs an open-source sentence-embedding model inside the job.",
            )
        )
        # Vector index of reviewer expertise used to shortlist candidates.
        reviewer_index = tm.add(
            tg.VectorStore("Reviewer expertise index", stores={expertise_vectors, candidates})
        )

with tm.boundary("Funder staff network", trust=tg.Trust.INTERNAL):
    # Funder staff who run the call and decide whom to invite.
    pm = tm.add(tg.Actor("Programme manager", role="programme manager"))

# ---------------------------------------------------------------- flows
# submissions and reviewer self-service
tm.flow(applicant, portal, proposal, protocol="https", label="submits proposal")
tm.flow(portal, proposal_store, proposal)
tm.flow(reviewer, portal, reviewer_profiles, protocol="https", label="edits own profile")
tm.flow(portal, reviewer_db, reviewer_profiles)
tm.flow(reviewer_db, portal, reviewer_profiles, label="shows own profile")
tm.flow(portal, reviewer, reviewer_profiles, protocol="https")

# nightly indexing
tm.flow(reviewer_db, indexer, reviewer_profiles, label="nightly export")
tm.flow(biblio, indexer, publications, protocol="https")
tm.flow(indexer, reviewer_db, publications, label="publication enrichment")
tm.flow(indexer, reviewer_index, expertise_vectors, candidates)

# matching
tm.flow(pm, console, match_request, protocol="https")
tm.flow(console, matcher, match_request, protocol="https")
tm.flow(proposal_store, matcher, proposal)
tm.flow(matcher, reviewer_index, proposal_query, label="similarity query")
tm.flow(reviewer_index, matcher, candidates, label="candidate reviewers")
tm.flow(matcher, llm, matching_prompt, protocol="https")
tm.flow(llm, matcher, suggestions, protocol="https")
tm.flow(matcher, coi, suggestions, proposal)
tm.flow(reviewer_db, coi, reviewer_profiles, publications)
tm.flow(coi, matcher, coi_results)
tm.flow(matcher, log_store, match_log)
tm.flow(matcher, console, shortlist, protocol="https")
tm.flow(console, pm, shortlist, protocol="https")

# invitations
tm.flow(pm, console, selection, protocol="https", label="chooses reviewers")
tm.flow(console, inviter, selection, protocol="https")
tm.flow(inviter, log_store, match_log, label="final selection")
tm.flow(reviewer_db, inviter, reviewer_profiles, label="contact details")
tm.flow(inviter, mailer, invitation, protocol="https")
tm.flow(mailer, reviewer, invitation, protocol="smtp+starttls")
