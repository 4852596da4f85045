"""Will drafting assistant: the first design, before any security review.

A private-client law firm lets clients start a will online. The client signs in to
the firm's client portal, completes a questionnaire (family, beneficiaries, assets,
executors, guardians, funeral wishes) and uploads photo ID, which the portal sends
to an ID verification provider for the firm's client due-diligence checks. When the
solicitor asks for a draft in the review console, a drafting service in the firm's
cloud tenancy combines the questionnaire, the solicitor's attendance notes from the
practice management system and approved clauses from the precedent bank into a
prompt for a hosted LLM, and stores the draft will it returns. The solicitor edits
and signs off every draft before the portal shows it to the client; signing the
will itself happens in person. Controls in this design: client sign-in by e-mail
and password, staff SSO with MFA, roles in the console, encryption of the
questionnaire store, an audit trail on drafts, and a vendor review of the LLM
provider, whose contract excludes retention and training on our prompts.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Will drafting assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-drafted wills from client questionnaires and solicitors' notes, "
    "reviewed and signed off by a solicitor.",
)

# ---------------------------------------------------------------- data assets
answers = tg.Data(
    "Will questionnaire answers",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Family members, beneficiaries, assets and values, executors, "
    "guardians for children, and free-text wishes.",
)
id_documents = tg.Data(
    "Client photo ID",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Passport or driving licence photo and a selfie.",
)
id_result = tg.Data("ID verification result", kind="records", sensitivity=tg.Sensitivity.PII)
notes = tg.Data(
    "Attendance notes",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="The solicitor's notes of meetings: instructions, family "
    "circumstances, and observations on the client's capacity.",
)
request = tg.Data(
    "Drafting instructions",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Matter number, will type and the solicitor's specific instructions.",
)
precedents = tg.Data(
    "Precedent clauses",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, questionnaire answers, notes and chosen clauses.",
)
completion = tg.Data("Generated will text", kind="model-output", sensitivity=tg.Sensitivity.PII)
draft = tg.Data(
    "Draft will",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
edits = tg.Data(
    "Solicitor edits and sign-off",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
approved = tg.Data(
    "Approved will draft",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
notification = tg.Data(
    "Draft ready e-mail",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Client name, e-mail address and a link to the portal.",
)
prompt_log = tg.Data("Prompt and completion log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person making the will; anyone can register on the portal.
    client = tm.add(tg.Actor("Client", role="will client"))

with tm.boundary("ID verification vendor", trust=tg.Trust.PARTNER):
    # Client due-diligence checks the firm must do before acting.
    idv = tm.add(
        tg.ExternalService(
            "ID verification provider",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Checks the photo ID document and matches the selfie to it.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Tells clients a draft is waiting for them on the portal.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the will text; the firm does not host a model itself.
    llm = tm.add(
        tg.LLM(
            "Hosted drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose model behind the vendor's API, prompted to "
            "draft a will in the firm's house style from the precedent clauses.",
            controls={
                c.SupplierAssessment(
                    note="contract: no retention of prompts, no training on them, UK/EU region"
                )
            },
        )
    )

with tm.boundary("Firm cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where clients sign in, fill in the questionnaire and read the approved draft.
    portal = tm.add(
        tg.Endpoint(
            "Client portal",
            purpose=tg.EndpointPurpose.API,
            description="Web app for clients; shows each client the questionnaire and "
            "drafts of their own matter.",
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(),
            },
        )
    )
    # Keeps the questionnaire answers until the will is signed.
    questionnaires = tm.add(
        tg.DataStore(
            "Questionnaire store",
            stores={answers, id_result},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Assembles the prompt, calls the LLM and files the draft.
    drafter = tm.add(
        tg.Service(
            "Drafting service",
            description="Builds the prompt from one matter's questionnaire, notes and "
            "precedents, calls the LLM and saves the result as a new draft version.",
            controls={
                c.HumanInTheLoop(
                    approver="the supervising solicitor",
                    note="every draft is reviewed, edited and signed off before the client sees it",
                ),
                c.SecretsManagement(),
            },
        )
    )
    # Versions of each draft will, from generation to sign-off.
    drafts = tm.add(
        tg.DataStore(
            "Draft will store",
            stores={draft, approved},
            controls={c.AuditLogging()},
        )
    )
    # Debugging and quality review of the drafting prompts.
    logs = tm.add(tg.DataStore("Drafting log store", stores={prompt_log}))
    # Where solicitors request, review, edit and sign off drafts.
    console = tm.add(
        tg.Endpoint(
            "Solicitor review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="firm SSO (OIDC) with MFA"),
                c.RBAC(note="fee earners see the matters they are assigned to"),
            },
        )
    )

with tm.boundary("Firm office network", trust=tg.Trust.INTERNAL):
    # Fee earner who takes instructions and is responsible for the will.
    solicitor = tm.add(tg.Actor("Solicitor", role="fee earner"))
    # The firm's existing system of record for matters and attendance notes.
    pms = tm.add(
        tg.DataStore(
            "Practice management system",
            stores={notes},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )
    # Approved clauses maintained by the private client team.
    precedent_bank = tm.add(tg.DataStore("Precedent bank", stores={precedents}))

# ---------------------------------------------------------------- flows
# Client onboarding and questionnaire
tm.flow(client, portal, answers, id_documents, protocol="https")
tm.flow(portal, idv, id_documents, protocol="https")
tm.flow(idv, portal, id_result, protocol="https")
tm.flow(portal, questionnaires, answers, id_result)
tm.flow(questionnaires, portal, answers, label="resume questionnaire")

# Solicitor's notes and draft request
tm.flow(solicitor, pms, notes, label="records attendance notes")
tm.flow(solicitor, console, request, edits, protocol="https")
tm.flow(console, drafter, request, protocol="https")

# Drafting
tm.flow(questionnaires, drafter, answers)
tm.flow(pms, drafter, notes, protocol="https")
tm.flow(precedent_bank, drafter, precedents, protocol="https")
tm.flow(drafter, llm, prompt, protocol="https")
tm.flow(llm, drafter, completion, protocol="https")
tm.flow(drafter, drafts, draft)
tm.flow(drafter, logs, prompt_log)

# Review and sign-off
tm.flow(drafts, console, draft)
tm.flow(console, drafts, edits, approved, label="edits and sign-off")
tm.flow(console, solicitor, draft, protocol="https")

# Release to the client
tm.flow(drafts, portal, approved, label="signed-off drafts only")
tm.flow(portal, client, approved, protocol="https")
tm.flow(portal, mailer, notification, protocol="https")
tm.flow(mailer, client, notification, protocol="smtp+starttls")
