"""Trade union casework assistant: the first design, before any security review.

The union's caseworkers represent members in workplace grievances and disciplinaries.
Members upload their grievance documents (contracts, employer e-mails, fit notes,
meeting notes) through the member portal; a text-extraction service turns them into
text and files them, with the case, in the case management system. From the casework
web app a caseworker asks the assistant to summarise a member's file or draft a
letter to the employer. The orchestrator pulls the case file and the union's letter
templates and guidance, sends a prompt to a hosted LLM under the vendor's data
processing agreement (no retention), and returns the summary or draft, which is
also saved to the case. Nothing is sent automatically: the caseworker edits the
draft and sends it from their own union mailbox. Caseworkers sign in with Microsoft
365 SSO and MFA; members with membership number and password. The case system is
encrypted at rest and scoped by region; prompts and answers are logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Trade union casework assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM summaries of members' grievance files and draft letters to employers.",
)

# ---------------------------------------------------------------- data assets
uploads = tg.Data(
    "Member grievance documents",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Uploaded by members: contracts, employer e-mails, fit notes, meeting notes.",
)
case_status = tg.Data("Case status updates", kind="records", sensitivity=tg.Sensitivity.PII)
extracted = tg.Data(
    "Extracted document text", kind="documents", sensitivity=tg.Sensitivity.REGULATED
)
case_file = tg.Data(
    "Member case file",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Union membership, employer, grievance history, health and disciplinary details.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
case_notes = tg.Data(
    "Caseworker notes and employer replies", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
request = tg.Data("Summary or drafting request", kind="prompt", sensitivity=tg.Sensitivity.PII)
guidance = tg.Data(
    "Letter templates and employment guidance",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
)
prompt = tg.Data(
    "Casework prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the case file extracts, the templates and the caseworker's request.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
draft = tg.Data(
    "Case summary and draft letter", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
letter = tg.Data("Letter to employer", kind="documents", sensitivity=tg.Sensitivity.PII)
employer_reply = tg.Data("Employer reply", kind="documents", sensitivity=tg.Sensitivity.PII)
interaction_log = tg.Data(
    "Assistant prompt and answer log", kind="logs", sensitivity=tg.Sensitivity.REGULATED
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The member whose grievance it is; uploads evidence and follows the case.
    member = tm.add(tg.Actor("Union member", role="member"))
    # The employer's HR team: receives the union's letters and replies by e-mail.
    employer = tm.add(tg.Actor("Employer HR contact", role="employer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model that writes the summaries and drafts.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vendor chat-completion API under a DPA with zero data retention.",
            controls={c.SupplierAssessment(note="DPA signed, zero-retention option enabled")},
        )
    )

with tm.boundary("Union cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where members upload documents and see how their case is going.
    portal = tm.add(
        tg.Endpoint(
            "Member portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="membership number and password"),
                c.InputValidation(note="PDF, Word and image files only, 20 MB maximum"),
            },
        )
    )
    # Turns uploaded files (PDF, Word, scans via OCR) into text for the case file.
    extractor = tm.add(
        tg.Service(
            "Document text extraction",
            description="Open-source PDF/Word parsers and OCR for scanned letters.",
        )
    )
    # The web app caseworkers use to ask for summaries and drafts.
    assistant_app = tm.add(
        tg.Endpoint(
            "Casework assistant app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Microsoft 365 single sign-on with MFA"),
                c.HumanInTheLoop(approver="the caseworker edits and sends every letter themselves"),
            },
        )
    )
    # Builds the prompt from the case file and templates, calls the LLM, files the draft.
    orchestrator = tm.add(
        tg.Service(
            "Assistant orchestrator",
            description="Fetches the case, assembles the prompt, calls the LLM, saves the result.",
        )
    )
    # The union's approved letter templates and employment-law guidance notes.
    guidance_lib = tm.add(tg.DataStore("Template and guidance library", stores={guidance}))
    # Keeps every prompt and answer so a case can be reviewed later.
    log_store = tm.add(
        tg.DataStore(
            "Assistant interaction log",
            stores={interaction_log},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

    with tm.boundary("Case data tier", trust=tg.Trust.RESTRICTED):
        # The union's case management system: system of record for every member's case.
        case_db = tm.add(
            tg.DataStore(
                "Case management system",
                stores={case_file, extracted, case_notes, draft},
                controls={
                    c.RBAC(note="caseworkers see the cases of their own region"),
                    c.EncryptionAtRest(key_management="vendor-managed keys"),
                    c.AuditLogging(),
                },
            )
        )

with tm.boundary("Union office network", trust=tg.Trust.INTERNAL):
    # Represents members; reviews every summary and draft before anything is sent.
    caseworker = tm.add(tg.Actor("Caseworker", role="caseworker"))
    # Maintains the letter templates and guidance the assistant draws on.
    legal_officer = tm.add(tg.Actor("Union legal officer", role="legal officer"))
    # The union's mail service: letters go out, employer replies come in.
    mail = tm.add(tg.Service("Union mail server"))

# ---------------------------------------------------------------- flows
# member side
tm.flow(member, portal, uploads, protocol="https")
tm.flow(portal, member, case_status, protocol="https")
tm.flow(portal, extractor, uploads)
tm.flow(extractor, case_db, extracted, uploads)
tm.flow(case_db, portal, case_status)

# caseworker asks for a summary or a draft
tm.flow(caseworker, assistant_app, request, protocol="https")
tm.flow(assistant_app, orchestrator, request)
tm.flow(case_db, orchestrator, case_file, extracted, case_notes, label="case lookup")
tm.flow(guidance_lib, orchestrator, guidance)
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, case_db, draft, label="draft saved to case")
tm.flow(orchestrator, log_store, interaction_log)
tm.flow(orchestrator, assistant_app, draft)
tm.flow(assistant_app, caseworker, draft, protocol="https")

# caseworker works the case and sends the letter
tm.flow(caseworker, case_db, case_notes, protocol="https")
tm.flow(case_db, caseworker, case_file, protocol="https")
tm.flow(caseworker, mail, letter)
tm.flow(mail, employer, letter, protocol="smtp+starttls")
tm.flow(employer, mail, employer_reply, protocol="smtp+starttls")
tm.flow(mail, caseworker, employer_reply)

# guidance upkeep
tm.flow(legal_officer, guidance_lib, guidance, protocol="https")
