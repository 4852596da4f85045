"""Grant proposal review assistant: the first design, before any security review.

A public research funder receives grant proposals from university researchers
through its online submission portal (researchers sign in with their ORCID iD).
Each proposal PDF, with the applicants' CVs and budget, lands in the proposal
store. A text-extraction service turns the PDF into text, and a review
orchestrator combines it with the call's eligibility rules (written by the
funding policy team) into a prompt for a hosted LLM in the vendor's EU region.
The LLM returns a one-page summary and a rule-by-rule eligibility check, which
programme managers read in an internal review workbench beside the original
proposal. The programme manager records the eligibility decision; eligible
proposals are forwarded to the external peer-review platform. Staff sign in
with corporate SSO and MFA, access is by role, stores are encrypted with KMS,
and the LLM vendor was assessed and contracted not to retain or train on data.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Grant proposal review assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM summaries and eligibility checks of grant proposals for programme "
        "managers, before proposals go to peer review."
    ),
)

# ---------------------------------------------------------------- data assets
proposal = tg.Data(
    "Grant proposal",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Proposal PDF with case for support, budget and applicants' CVs.",
)
submission_status = tg.Data(
    "Submission status",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Acknowledgement and later the eligibility outcome shown to the applicant.",
)
proposal_text = tg.Data("Extracted proposal text", kind="documents", sensitivity=tg.Sensitivity.PII)
call_rules = tg.Data(
    "Call eligibility rules",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Eligibility criteria per funding call: career stage, host institution, budget caps.",
)
review_prompt = tg.Data(
    "Review prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the call's rules and the proposal text.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
assessment = tg.Data(
    "Proposal summary and eligibility check",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
decision = tg.Data(
    "Eligibility decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
peer_review_package = tg.Data(
    "Peer review package",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Eligible proposal with its summary, sent out for expert review.",
)
llm_logs = tg.Data("LLM request logs", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # University researchers applying to a call; anyone with an ORCID iD can apply.
    applicant = tm.add(tg.Actor("Applicant researcher", role="applicant"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model that writes the summaries and eligibility checks.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model, EU data-residency deployment.",
            controls={c.SupplierAssessment(note="DPA signed; no retention or training on inputs")},
        )
    )

with tm.boundary("Peer review vendor", trust=tg.Trust.PARTNER):
    # SaaS platform where external experts review eligible proposals.
    peer_review = tm.add(
        tg.ExternalService(
            "Peer review platform",
            description="Reviewer assignment and scoring, run by a SaaS vendor.",
        )
    )

with tm.boundary("Funder cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public portal where researchers upload proposals and see their status.
    portal = tm.add(
        tg.Endpoint(
            "Grant submission portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="ORCID iD sign-in (OIDC)"),
                c.InputValidation(note="PDF only, 20 MB cap, page limits per call"),
            },
        )
    )
    # Turns uploaded PDFs into plain text for the prompt.
    extractor = tm.add(
        tg.Service(
            "Proposal text extraction service",
            description="Parses proposal PDFs (text layer and OCR) into plain text.",
        )
    )
    # Builds the prompt from proposal text and call rules, calls the LLM, stores results.
    orchestrator = tm.add(
        tg.Service(
            "Review orchestrator",
            description="Runs when a proposal is submitted; one LLM call per proposal.",
        )
    )
    # Internal web app where programme managers read summaries and record decisions.
    workbench = tm.add(
        tg.Endpoint(
            "Programme manager review workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(note="programme managers see the calls they manage"),
                c.HumanInTheLoop(approver="the programme manager, for every eligibility outcome"),
            },
        )
    )

    with tm.boundary("Grants data tier", trust=tg.Trust.RESTRICTED):
        # System of record for submitted proposals.
        proposal_store = tm.add(
            tg.DataStore(
                "Proposal store",
                stores={proposal, submission_status},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # The call's eligibility rules, maintained by the policy team.
        rules_library = tm.add(tg.DataStore("Call rules library", stores={call_rules}))
        # Summaries, eligibility checks and the programme manager's decisions.
        assessment_store = tm.add(
            tg.DataStore(
                "Assessment store",
                stores={assessment, decision},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Prompts and completions kept for troubleshooting.
        log_store = tm.add(tg.DataStore("LLM request log", stores={llm_logs}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Staff who check eligibility before peer review.
    programme_manager = tm.add(tg.Actor("Programme manager", role="programme manager"))
    # Staff who write each call's eligibility rules.
    policy_officer = tm.add(tg.Actor("Funding policy officer", role="policy officer"))

# ---------------------------------------------------------------- flows
tm.flow(applicant, portal, proposal, protocol="https", label="upload proposal")
tm.flow(portal, applicant, submission_status, protocol="https")
tm.flow(portal, proposal_store, proposal)
tm.flow(proposal_store, portal, submission_status)

tm.flow(proposal_store, extractor, proposal)
tm.flow(extractor, orchestrator, proposal_text)
tm.flow(policy_officer, rules_library, call_rules, protocol="https", label="edits call rules")
tm.flow(rules_library, orchestrator, call_rules)
tm.flow(orchestrator, llm, review_prompt, protocol="https")
tm.flow(llm, orchestrator, llm_completion, protocol="https")
tm.flow(orchestrator, assessment_store, assessment)
tm.flow(orchestrator, log_store, llm_logs)

tm.flow(assessment_store, workbench, assessment)
tm.flow(proposal_store, workbench, proposal, label="original proposal")
tm.flow(workbench, programme_manager, assessment, proposal, protocol="https")
tm.flow(programme_manager, workbench, decision, protocol="https")
tm.flow(workbench, assessment_store, decision)
tm.flow(workbench, proposal_store, submission_status, label="outcome for the applicant")
tm.flow(workbench, peer_review, peer_review_package, protocol="https")
