"""Apprenticeship e-portfolio with LLM evidence mapping: the first design.

A training provider supports apprentices who work in their employers' workplaces.
Apprentices sign in to a web e-portfolio and upload evidence of their work: photos,
documents and witness statements written by their workplace supervisors. Supervisors
get an e-mail link, log in to the same portal and confirm their witness statements.
A mapping service sends each new piece of evidence, with the apprenticeship standard's
knowledge, skills and behaviours, to a hosted LLM, which maps the evidence to the
standard and drafts feedback. Assessors (provider staff) review the draft, edit it and
sign off progress. Each month a claim job builds the learner data return from recorded
progress; the MIS officer checks it and submits it to the government funding service.
The portal runs in the provider's cloud tenancy behind TLS; apprentices and supervisors
use e-mail and password, staff use the provider's SSO with MFA. Evidence is encrypted
at rest and staff access is role-based. No other AI-specific controls are in scope yet.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Apprenticeship evidence portfolio with LLM mapping",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "E-portfolio where an LLM maps apprentices' evidence to the standard and drafts "
        "assessor feedback; signed-off progress drives monthly government funding claims."
    ),
)

# ---------------------------------------------------------------- data assets
evidence = tg.Data(
    "Evidence files",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos of work, documents and reflective accounts; photos may show colleagues.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
witness_statement = tg.Data(
    "Witness statement",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="A supervisor's account of the apprentice's work, uploaded by the apprentice.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
witness_confirmation = tg.Data(
    "Witness confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The supervisor's confirmation that a witness statement is theirs and true.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
confirmation_request = tg.Data(
    "Witness confirmation request e-mail",
    sensitivity=tg.Sensitivity.PII,
    description="E-mail to the supervisor with a link to the statement in the portal.",
)
standard = tg.Data(
    "Apprenticeship standard KSBs",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Published knowledge, skills and behaviours of each standard.",
)
mapping_prompt = tg.Data(
    "Evidence mapping prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the relevant KSBs and the evidence text and images.",
)
draft_mapping = tg.Data(
    "Draft KSB mapping and feedback",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
progress = tg.Data(
    "Progress records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Evidence mapped per KSB, assessor sign-offs, off-the-job hours, milestones.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
sign_off = tg.Data(
    "Assessor sign-off",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The assessor's edited feedback and progress sign-off.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
feedback = tg.Data("Feedback and progress view", kind="records", sensitivity=tg.Sensitivity.PII)
learner_return = tg.Data(
    "Monthly learner data return",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Learner details and recorded progress the funding claim is paid on.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
funding_report = tg.Data(
    "Funding validation report", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Apprentices use the portal from work, home or a phone.
    apprentice = tm.add(tg.Actor("Apprentice", role="learner"))
    # Employers' supervisors only log in to confirm witness statements.
    supervisor = tm.add(tg.Actor("Employer supervisor", role="workplace witness"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that reads the evidence and drafts the mapping.
    llm = tm.add(
        tg.LLM(
            "Hosted mapping LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Maps evidence to KSBs and drafts feedback for the assessor.",
        )
    )
    # Transactional e-mail provider used for supervisor confirmation links.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Government", trust=tg.Trust.PARTNER):
    # Where the provider submits its monthly learner data and is paid from it.
    funding_service = tm.add(
        tg.ExternalService(
            "Government funding submission service",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Validates the learner data return and calculates funding.",
        )
    )

with tm.boundary("Provider cloud tenancy", trust=tg.Trust.INTERNAL):
    # The e-portfolio web application every user signs in to.
    portal = tm.add(
        tg.Endpoint(
            "E-portfolio web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="e-mail and password for apprentices and supervisors; "
                    "SSO with MFA for staff"
                ),
                c.RBAC(note="apprentice, supervisor, assessor and MIS roles"),
                c.InputValidation(note="file type and size checks on uploads"),
            },
        )
    )
    # Object storage for uploaded evidence and witness statements.
    evidence_store = tm.add(
        tg.DataStore(
            "Evidence store",
            stores={evidence, witness_statement},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The portfolio database: mappings, feedback, sign-offs and progress.
    portfolio_db = tm.add(
        tg.DataStore(
            "Portfolio database",
            stores={progress, draft_mapping, sign_off, witness_confirmation},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Reference copy of the published standards the mapping is made against.
    standards_library = tm.add(tg.DataStore("Standards library", stores={standard}))
    # Picks up new evidence, builds the prompt, calls the LLM and stores the draft.
    mapping_service = tm.add(
        tg.Service(
            "Evidence mapping service",
            description="Runs on each upload; the draft waits for an assessor.",
        )
    )
    # Builds the monthly learner data return from recorded progress.
    claim_job = tm.add(
        tg.Service(
            "Monthly funding claim job",
            controls={
                c.HumanInTheLoop(approver="MIS officer", note="checks the return before submission")
            },
        )
    )

with tm.boundary("Provider staff network", trust=tg.Trust.INTERNAL):
    # Reviews LLM drafts, edits feedback and signs off progress.
    assessor = tm.add(tg.Actor("Assessor", role="assessor"))
    # Checks the monthly return and submits it to the funding service.
    mis_officer = tm.add(tg.Actor("MIS officer", role="data officer", privileged=True))

# ---------------------------------------------------------------- flows
# apprentice uploads and views progress
tm.flow(apprentice, portal, evidence, witness_statement, protocol="https", label="uploads")
tm.flow(portal, apprentice, feedback, protocol="https")
tm.flow(portal, evidence_store, evidence, witness_statement)
tm.flow(evidence_store, portal, evidence, witness_statement, label="viewing evidence")

# supervisor confirms witness statements
tm.flow(portal, mailer, confirmation_request, protocol="https")
tm.flow(mailer, supervisor, confirmation_request, protocol="smtp")
tm.flow(portal, supervisor, witness_statement, protocol="https", label="statement to confirm")
tm.flow(supervisor, portal, witness_confirmation, protocol="https")

# LLM mapping
tm.flow(evidence_store, mapping_service, evidence, witness_statement)
tm.flow(standards_library, mapping_service, standard)
tm.flow(mapping_service, llm, mapping_prompt, protocol="https")
tm.flow(llm, mapping_service, draft_mapping, protocol="https")
tm.flow(mapping_service, portfolio_db, draft_mapping)

# portal reads and writes the portfolio
tm.flow(portal, portfolio_db, sign_off, witness_confirmation)
tm.flow(portfolio_db, portal, progress, draft_mapping)

# assessor review and sign-off
tm.flow(portal, assessor, evidence, witness_statement, draft_mapping, protocol="https")
tm.flow(assessor, portal, sign_off, protocol="https")

# monthly funding claim
tm.flow(portfolio_db, claim_job, progress, label="monthly extract")
tm.flow(claim_job, mis_officer, learner_return, protocol="https", label="return for checking")
tm.flow(mis_officer, funding_service, learner_return, protocol="https", label="monthly submission")
tm.flow(funding_service, mis_officer, funding_report, protocol="https")
