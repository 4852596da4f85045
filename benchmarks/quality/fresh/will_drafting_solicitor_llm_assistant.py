"""Will-drafting solicitor LLM assistant: the first design, before any security review.

A high-street law firm in England gives its private-client solicitors an assistant that
drafts wills and lasting powers of attorney. After booking an appointment, a client gets
a link by e-mail to the intake questionnaire on the firm's website (hosted by its web
agency); the answers (family, assets, attorneys, health and wishes) are posted into the
matter in the firm's SaaS case management system. From the matter, a solicitor asks the
assistant for a draft: a small service in the firm's Azure tenant reads the questionnaire
through the CMS API, picks the firm's precedent clauses from SharePoint, sends both to an
enterprise LLM API under a zero-data-retention agreement, and writes the draft back into
the matter. The solicitor reviews and edits it, then goes through it with the client
before anything is signed. Solicitors sign in with Microsoft 365 and MFA; API keys live
in Key Vault, and prompts and drafts are logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Will-drafting solicitor LLM assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM drafts of wills and LPAs from client intake answers, reviewed by a solicitor.",
)

# ---------------------------------------------------------------- data assets
intake = tg.Data(
    "Client intake answers",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Family, beneficiaries, executors, attorneys, assets, health and wishes.",
)
precedents = tg.Data(
    "Precedent clauses",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
draft_request = tg.Data(
    "Drafting request",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Matter number and document type (will, property LPA, health LPA).",
)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the intake answers and the chosen precedent clauses.",
)
completion = tg.Data("LLM draft text", kind="model-output", sensitivity=tg.Sensitivity.PII)
draft_doc = tg.Data(
    "Draft will or LPA",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
status = tg.Data("Drafting status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
sign_in = tg.Data("Microsoft 365 sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
id_token = tg.Data("Entra ID token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
drafting_log = tg.Data("Prompt and draft log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The testator or donor, filling in the questionnaire from home.
    client = tm.add(tg.Actor("Client", role="private client"))

with tm.boundary("Web agency hosting", trust=tg.Trust.PARTNER):
    # The firm's website form that collects the intake answers after booking.
    questionnaire = tm.add(
        tg.Endpoint(
            "Intake questionnaire form",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="unique link in the booking confirmation e-mail"),
                c.InputValidation(note="required fields and formats checked"),
            },
        )
    )

with tm.boundary("Case management SaaS", trust=tg.Trust.PARTNER):
    # System of record for every matter; the assistant reads from and writes to it.
    cms = tm.add(
        tg.DataStore(
            "Case management system",
            stores={intake, draft_doc},
            controls={
                c.Authentication(
                    method="Microsoft 365 SSO with MFA for staff; API key for integrations"
                ),
                c.RBAC(note="matter access by team"),
                c.EncryptionAtRest(key_management="vendor-managed"),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # Enterprise LLM API; the contract says prompts and outputs are not retained.
    llm = tm.add(
        tg.LLM(
            "Enterprise LLM API",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(
                    note="zero data retention and no training on our data, per contract"
                )
            },
        )
    )

with tm.boundary("Microsoft cloud", trust=tg.Trust.PARTNER):
    # The firm's Microsoft 365 identity; every solicitor signs in here.
    entra = tm.add(tg.ExternalService("Microsoft Entra ID", provides="identity-provider"))

with tm.boundary("Firm Azure tenant", trust=tg.Trust.INTERNAL):
    # Where solicitors start a draft from a matter number and follow its progress.
    assistant_app = tm.add(
        tg.Endpoint(
            "Drafting assistant web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Microsoft 365 SSO with MFA")},
        )
    )
    # Fixed workflow: fetch answers and clauses, prompt the model, write the draft back.
    drafter = tm.add(
        tg.Service(
            "Drafting service",
            description="Calls the CMS API with one firm-wide integration key.",
            controls={
                c.SecretsManagement(note="CMS and LLM API keys in Azure Key Vault"),
                c.HumanInTheLoop(approver="the solicitor, with the client, before signing"),
                c.AuditLogging(retention_days=2190),
            },
        )
    )
    # Keeps what was sent to the model and what came back, for file reviews.
    log_store = tm.add(tg.DataStore("Drafting log store", stores={drafting_log}))
    # The firm's approved will and LPA clauses, maintained by the private-client head.
    library = tm.add(
        tg.DataStore(
            "Precedent library",
            stores={precedents},
            description="SharePoint document library.",
            controls={c.RBAC(note="only the knowledge lawyer can edit")},
        )
    )

with tm.boundary("Firm offices", trust=tg.Trust.INTERNAL):
    # Drafts, checks and explains the documents; signs off nothing the client has not seen.
    solicitor = tm.add(tg.Actor("Private-client solicitor", role="solicitor"))
    # Keeps the precedent clauses current with law and practice.
    knowledge_lawyer = tm.add(tg.Actor("Knowledge lawyer", role="precedent owner", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(client, questionnaire, intake, protocol="https")
tm.flow(questionnaire, cms, intake, protocol="https", label="CMS API")

tm.flow(solicitor, entra, sign_in, protocol="https")
tm.flow(entra, assistant_app, id_token, protocol="https")
tm.flow(solicitor, assistant_app, draft_request, protocol="https")
tm.flow(assistant_app, solicitor, status, protocol="https")
tm.flow(assistant_app, drafter, draft_request)
tm.flow(drafter, assistant_app, status)

tm.flow(drafter, cms, draft_request, protocol="https", label="fetch questionnaire")
tm.flow(cms, drafter, intake, protocol="https")
tm.flow(library, drafter, precedents, protocol="https")
tm.flow(drafter, llm, prompt, protocol="https")
tm.flow(llm, drafter, completion, protocol="https")
tm.flow(drafter, cms, draft_doc, protocol="https", label="write draft to matter")
tm.flow(drafter, log_store, drafting_log)

tm.flow(cms, solicitor, intake, draft_doc, protocol="https")
tm.flow(solicitor, cms, draft_doc, protocol="https", label="reviewed edits")
tm.flow(solicitor, client, draft_doc, label="in person review meeting")
tm.flow(knowledge_lawyer, library, precedents, protocol="https")
