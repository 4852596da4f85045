"""Planning objection summariser: the council's first design, before security review.

Residents, neighbours and amenity groups comment on planning applications through the
council's public access portal, or by letter and e-mail that planning support staff
file into the planning case management system. For applications with many comments,
a planning officer asks the summariser (from an officer workbench in the council's
cloud tenancy) for a themed summary. The summariser reads the application's comments
and their attachments, strips names and contact details, adds the list of material
planning considerations and Local Plan policies, and sends it to a hosted LLM in the
provider's UK region. The draft summary (themes, counts, comment references) is kept
for the officer, who checks it against the comments before using any of it in the
delegated or committee report, which is then published on the portal. Controls: staff SSO
with MFA and roles, redaction of names and contact details before the prompt, the provider's
content filter, a DPIA under public task, encrypted drafts and usage logging.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Planning objection summariser",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Themed LLM summaries of public comments on planning applications, "
    "for planning officers' reports.",
)

# ---------------------------------------------------------------- data assets
public_comment = tg.Data(
    "Public comment",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text objection or support with the commenter's name, address and "
    "e-mail, sometimes with PDF or photo attachments.",
)
letters = tg.Data(
    "Letters and e-mailed comments",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Paper letters scanned by the post room and comments sent by e-mail.",
)
comment_records = tg.Data(
    "Comment records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Every comment on an application with its attachments and the commenter's details.",
)
extracted_text = tg.Data(
    "Extracted attachment text",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
)
policy_guidance = tg.Data(
    "Material considerations and Local Plan policies",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
)
summary_request = tg.Data("Summary request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Summarisation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the policy list and the redacted comment texts; free text "
    "can still identify people or mention health and family circumstances.",
)
llm_summary = tg.Data("LLM theme summary", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
draft_summary = tg.Data(
    "Draft objection summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Themes, how many comments raise each, and the comment references.",
)
officer_report = tg.Data(
    "Officer report",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
published_docs = tg.Data(
    "Published application documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Redacted comments and the officer report, as shown on the portal.",
)
usage_log = tg.Data(
    "Summariser usage log",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Who asked for which summary, the prompt and the reply.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone may comment on an application; name and address are asked for, not verified.
    commenter = tm.add(tg.Actor("Member of the public", role="commenter"))

with tm.boundary("Council DMZ", trust=tg.Trust.INTERNAL):
    # The existing public access portal: comment forms and published documents.
    portal = tm.add(
        tg.Endpoint(
            "Public access planning portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.InputValidation(note="form fields, attachment type and size"),
            },
        )
    )

with tm.boundary("Council network", trust=tg.Trust.INTERNAL):
    # System of record for applications, comments and reports (existing back office).
    case_system = tm.add(
        tg.DataStore(
            "Planning case management system",
            stores={comment_records, officer_report},
            controls={tg.controls.RBAC(), tg.controls.AuditLogging()},
        )
    )
    # Files paper and e-mailed comments against the application.
    support_officer = tm.add(tg.Actor("Planning support officer", role="planning support staff"))
    # Asks for summaries, checks them, writes the report.
    case_officer = tm.add(tg.Actor("Planning case officer", role="planning officer"))

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Internal web app where officers request and read draft summaries.
    workbench = tm.add(
        tg.Endpoint(
            "Officer summary workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="council Entra ID single sign-on with MFA"),
                tg.controls.RBAC(note="planning officers only"),
                tg.controls.HumanInTheLoop(
                    approver="the case officer",
                    note="the officer checks the draft against the comments before any of it "
                    "goes into the report",
                ),
            },
        )
    )
    # Gathers an application's comments, redacts them, builds the prompt, calls the LLM.
    summariser = tm.add(
        tg.Service(
            "Objection summariser service",
            description="Runs when an officer asks for a summary of one application.",
            controls={
                tg.controls.DataMinimization(
                    note="names, addresses, e-mails and phone numbers stripped before the prompt"
                ),
                tg.controls.SecretsManagement(note="LLM API key in Key Vault"),
                tg.controls.ImpactAssessment(basis="public task, Art. 6(1)(e)"),
            },
        )
    )
    # Turns PDF and scanned attachments into text for the summariser.
    extractor = tm.add(
        tg.Service(
            "Attachment text extraction",
            description="PDF text layer and OCR of scanned letters and photos.",
        )
    )
    # Reference list the prompt maps themes onto.
    policy_store = tm.add(tg.DataStore("Planning policy guidance", stores={policy_guidance}))
    # Drafts kept for the officer until the report is written.
    summary_store = tm.add(
        tg.DataStore(
            "Draft summary store",
            stores={draft_summary},
            controls={tg.controls.EncryptionAtRest(key_management="platform-managed keys")},
        )
    )
    # Usage logging for the service.
    log_store = tm.add(
        tg.DataStore(
            "Summariser log store",
            stores={usage_log},
            controls={tg.controls.AuditLogging()},
        )
    )

with tm.boundary("LLM provider UK region", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model under the provider's data-processing terms.
    llm = tm.add(
        tg.LLM(
            "Hosted summarisation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model; the provider does not train on inputs.",
            controls={tg.controls.Guardrails(note="the provider's default content filter")},
        )
    )

# ---------------------------------------------------------------- flows
# Comments in
tm.flow(commenter, portal, public_comment, protocol="https")
tm.flow(portal, case_system, comment_records, protocol="https")
tm.flow(support_officer, case_system, letters, protocol="https", label="files letters and e-mails")

# Summary on request
tm.flow(case_officer, workbench, summary_request, protocol="https")
tm.flow(workbench, summariser, summary_request, protocol="https")
tm.flow(
    summariser, case_system, summary_request, protocol="https", label="comments for one application"
)
tm.flow(case_system, summariser, comment_records, protocol="https")
tm.flow(summariser, extractor, comment_records, label="attachments")
tm.flow(extractor, summariser, extracted_text)
tm.flow(policy_store, summariser, policy_guidance)
tm.flow(summariser, llm, prompt, protocol="https")
tm.flow(llm, summariser, llm_summary, protocol="https")
tm.flow(summariser, summary_store, draft_summary)
tm.flow(summariser, log_store, usage_log)
tm.flow(summary_store, workbench, draft_summary)
tm.flow(workbench, case_officer, draft_summary, protocol="https")

# Report and publication
tm.flow(case_officer, case_system, officer_report, protocol="https", label="writes the report")
tm.flow(case_system, portal, published_docs, protocol="https")
tm.flow(portal, commenter, published_docs, protocol="https")
