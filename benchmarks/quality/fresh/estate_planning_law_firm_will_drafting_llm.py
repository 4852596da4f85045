"""Estate planning will drafting: the first design, before any security review.

A private-client law firm in England offers wills online. Clients create an account
on the firm's client portal, verify their identity with an ID-check provider, and
fill in a questionnaire about their family, assets, executors, guardians and gifts,
optionally uploading an existing will or property documents. A drafting service
takes the answers, retrieves matching clauses from an index of the firm's own
precedents and asks a hosted LLM to draft a will and a letter of wishes. Every draft
waits in a review queue until a solicitor has checked and amended it in the review
workbench; the approved draft is then shown to the client on the portal, and the
matter and signing appointment are recorded in the practice management system,
which e-mails the client. Signing is done in person with two witnesses.
Controls in this design: client sign-in by e-mail and password, staff SSO with MFA,
HTTPS throughout, encrypted stores, a vetted LLM vendor and solicitor review.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Estate planning will drafting",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Online estate questionnaire, LLM-drafted will and letter of wishes, "
    "solicitor review and in-person signing.",
)

# ---------------------------------------------------------------- data assets
answers = tg.Data(
    "Estate questionnaire answers",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Family, assets, debts, executors, guardians, gifts and free-text wishes.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
uploads = tg.Data(
    "Uploaded estate documents",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Existing wills, title deeds and pension statements as PDFs or photos.",
)
id_documents = tg.Data(
    "Identity documents and selfie",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
)
id_result = tg.Data("Identity check result", sensitivity=tg.Sensitivity.PII, kind="records")
precedents = tg.Data(
    "Firm precedent documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    description="The firm's will precedents and clause bank in Word.",
)
clause_chunks = tg.Data(
    "Precedent clause chunks",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="retrieved-context",
)
drafting_prompt = tg.Data(
    "Drafting prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Drafting instructions, the client's answers, extracted document text "
    "and the retrieved clauses.",
)
llm_draft = tg.Data("LLM draft text", sensitivity=tg.Sensitivity.PII, kind="model-output")
draft_will = tg.Data(
    "Draft will and letter of wishes",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
approved_will = tg.Data(
    "Solicitor-approved will",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
matter_record = tg.Data(
    "Client matter and signing appointment",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
)
appointment_email = tg.Data(
    "Signing appointment e-mail", sensitivity=tg.Sensitivity.PII, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The testator filling in the questionnaire from home.
    client = tm.add(tg.Actor("Client", role="private client"))

with tm.boundary("ID verification provider", trust=tg.Trust.PARTNER):
    # Checks the client's passport or driving licence against a selfie (client due diligence).
    id_provider = tm.add(
        tg.ExternalService("ID verification service", provides="identity-provider")
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model that writes the first draft.
    llm = tm.add(
        tg.LLM(
            "Hosted drafting LLM",
            origin="third-party-api",
            description="Drafts the will and letter of wishes from the prompt.",
            controls={
                c.SupplierAssessment(
                    note="enterprise terms: no training on inputs, 30-day abuse-monitoring retention"
                )
            },
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends appointment e-mails on behalf of the practice management system.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Firm cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public web app: account, ID check, questionnaire, uploads, reading the approved draft.
    portal = tm.add(
        tg.Endpoint(
            "Client portal",
            purpose="api",
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Holds each client's answers and uploads until the matter closes.
    questionnaire_store = tm.add(
        tg.DataStore(
            "Questionnaire store",
            stores={answers, uploads},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Builds the prompt, retrieves clauses, calls the LLM and queues the draft for review.
    drafter = tm.add(
        tg.Service(
            "Will drafting service",
            description="Extracts text from uploads, assembles the prompt and stores the draft.",
            controls={
                c.HumanInTheLoop(
                    approver="the supervising solicitor",
                    note="no draft reaches the client before a solicitor approves it",
                )
            },
        )
    )
    # Embeddings of the firm's precedent clauses, searched per matter.
    clause_index = tm.add(tg.VectorStore("Precedent clause index", stores={clause_chunks}))
    # Chunks and embeds the precedent bank when knowledge lawyers update it.
    indexer = tm.add(tg.Pipeline("Precedent indexing job", stage="ingestion"))
    # Review queue of drafts and the approved versions.
    draft_store = tm.add(
        tg.DataStore(
            "Draft store",
            stores={draft_will, approved_will},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Firm network", trust=tg.Trust.INTERNAL):
    # Reviews, amends and approves each draft; arranges signing.
    solicitor = tm.add(tg.Actor("Solicitor", role="private client solicitor"))
    # Internal web app for reviewing drafts side by side with the answers.
    workbench = tm.add(
        tg.Endpoint(
            "Solicitor review workbench",
            purpose="api",
            controls={
                c.Authentication(method="firm SSO with MFA"),
                c.RBAC(),
            },
        )
    )
    # The firm's practice management system: matters, appointments, client contact.
    practice_system = tm.add(
        tg.DataStore(
            "Practice management system",
            stores={matter_record, approved_will},
            controls={c.AuditLogging()},
        )
    )
    # The firm's document management folder of will precedents.
    precedent_bank = tm.add(tg.DataStore("Precedent bank", stores={precedents}))

# ---------------------------------------------------------------- flows
# Client onboarding and questionnaire.
tm.flow(client, portal, answers, uploads, protocol="https")
tm.flow(client, portal, id_documents, protocol="https", label="ID check capture")
tm.flow(portal, id_provider, id_documents, protocol="https")
tm.flow(id_provider, portal, id_result, protocol="https")
tm.flow(portal, practice_system, id_result, label="records ID check")
tm.flow(portal, questionnaire_store, answers, uploads)
tm.flow(questionnaire_store, portal, answers, label="resume questionnaire")
tm.flow(portal, client, answers, protocol="https", label="saved answers")

# Drafting.
tm.flow(questionnaire_store, drafter, answers, uploads)
tm.flow(drafter, clause_index, answers, label="clause search")
tm.flow(clause_index, drafter, clause_chunks)
tm.flow(drafter, llm, drafting_prompt, protocol="https")
tm.flow(llm, drafter, llm_draft, protocol="https")
tm.flow(drafter, draft_store, draft_will)

# Precedents into the index.
tm.flow(precedent_bank, indexer, precedents)
tm.flow(indexer, clause_index, clause_chunks)

# Solicitor review and approval.
tm.flow(draft_store, workbench, draft_will)
tm.flow(questionnaire_store, workbench, answers, uploads, label="client's answers")
tm.flow(workbench, solicitor, draft_will, answers, protocol="https")
tm.flow(solicitor, workbench, approved_will, protocol="https")
tm.flow(workbench, draft_store, approved_will)
tm.flow(workbench, practice_system, approved_will, matter_record)

# Back to the client.
tm.flow(draft_store, portal, approved_will)
tm.flow(portal, client, approved_will, protocol="https")
tm.flow(practice_system, mailer, appointment_email, protocol="https")
tm.flow(mailer, client, appointment_email, protocol="smtp+starttls")
