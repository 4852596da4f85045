"""Parole board hearing summarizer: the first design, before any security review.

The state parole board prepares a written brief for every parole hearing. This tool
drafts those briefs: it pulls the inmate's case file from the Department of
Corrections, psychological evaluations from contracted psychologists, transcripts of
earlier hearings from the court-reporting vendor, and victims' statements, which
victims upload through a public web portal after signing in with their case number and
a PIN mailed by victim services. An ingestion job extracts the text, and a summarizer
service in the board's government cloud tenancy sends it to an LLM hosted by a vendor
in its government region (reviewed contract, no data retention). Hearing analysts edit
and approve each draft in a review app (state SSO with MFA, roles, audit log); only
approved briefs reach board members, who read them in a separate briefing portal.
The case repository is encrypted, role-restricted and audit-logged; partner files
arrive over SFTP.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Parole board hearing summarizer",
    profile=tg.RiskProfile.HIGH,
    description="LLM-drafted, staff-approved hearing briefs for state parole board members.",
)

# ---------------------------------------------------------------- data assets
case_file = tg.Data(
    "Inmate case file",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Criminal history, sentence, institutional conduct, programme records.",
)
psych_eval = tg.Data(
    "Psychological evaluation",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Risk assessment and mental health findings by a licensed psychologist.",
)
transcript = tg.Data(
    "Hearing transcript",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
victim_statement = tg.Data(
    "Victim statement",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Written statement and attachments; victims' identities and addresses are protected.",
)
receipt = tg.Data("Submission receipt", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
case_text = tg.Data(
    "Extracted case text",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="OCR'd and extracted text of every document in the hearing packet.",
)
prompt = tg.Data(
    "Summarization prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Brief template instructions plus the full extracted hearing packet.",
)
completion = tg.Data("Draft summary", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
draft_brief = tg.Data(
    "Draft brief",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
approved_brief = tg.Data(
    "Approved brief",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
analyst_edits = tg.Data(
    "Analyst edits and approval", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
brief_request = tg.Data("Brief request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Victims and their families submit statements ahead of a hearing.
    victim = tm.add(tg.Actor("Victim", role="victim or family member"))

with tm.boundary("Department of Corrections", trust=tg.Trust.PARTNER):
    # The DOC offender management system exports the case file for each docketed hearing.
    doc_records = tm.add(
        tg.DataSource("DOC case records", origin=tg.Origin.PARTNER, provides={case_file})
    )

with tm.boundary("Contracted providers", trust=tg.Trust.PARTNER):
    # Psychologists under contract with the board deliver pre-hearing evaluations.
    psychologists = tm.add(
        tg.DataSource("Contract psychologists", origin=tg.Origin.PARTNER, provides={psych_eval})
    )
    # Court-reporting vendor that transcribes earlier hearings.
    transcripts_vendor = tm.add(
        tg.DataSource("Court reporting vendor", origin=tg.Origin.PARTNER, provides={transcript})
    )

with tm.boundary("LLM vendor government region", trust=tg.Trust.PARTNER):
    # General-purpose model used through the vendor's government-cloud API.
    llm = tm.add(
        tg.LLM(
            "Hosted summarization LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={c.SupplierAssessment(note="state procurement review; zero data retention")},
        )
    )

with tm.boundary("Parole board cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public upload site for victim statements.
    victim_portal = tm.add(
        tg.Endpoint(
            "Victim statement portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="case number and mailed victim PIN"),
                c.InputValidation(note="PDF, DOCX and JPEG only, 20 MB limit"),
            },
        )
    )
    # Extracts and OCRs the documents of a hearing packet.
    ingestion = tm.add(tg.Pipeline("Document extraction job", stage=tg.Stage.INGESTION))
    # Builds the prompt from the brief template and the packet, calls the LLM.
    summarizer = tm.add(
        tg.Service(
            "Brief summarizer service", controls={c.SecretsManagement(note="API key in Key Vault")}
        )
    )
    # Where hearing analysts correct and approve drafts against the source documents.
    review_app = tm.add(
        tg.Service(
            "Brief review app",
            controls={
                c.Authentication(method="state SSO (SAML) with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="hearing analyst"),
                c.AuditLogging(retention_days=2555),
            },
        )
    )
    # Read-only portal where board members read approved briefs before the hearing.
    board_portal = tm.add(
        tg.Endpoint(
            "Board briefing portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="state SSO (SAML) with MFA"), c.RBAC()},
        )
    )

    with tm.boundary("Case data enclave", trust=tg.Trust.RESTRICTED):
        # Repository of every document in each hearing packet.
        case_repo = tm.add(
            tg.DataStore(
                "Case document repository",
                stores={case_file, psych_eval, transcript, victim_statement},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RBAC(),
                    c.AuditLogging(retention_days=2555),
                },
            )
        )
        # Drafts and approved briefs, with their edit history.
        brief_store = tm.add(
            tg.DataStore(
                "Brief store",
                stores={draft_brief, approved_brief},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Parole board offices", trust=tg.Trust.INTERNAL):
    # Board staff who prepare hearing packets and own the content of each brief.
    analyst = tm.add(tg.Actor("Hearing analyst", role="board staff"))
    # Appointed board members who decide parole; they see only approved briefs.
    board_member = tm.add(tg.Actor("Board member", role="decision maker", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(victim, victim_portal, victim_statement, protocol="https")
tm.flow(victim_portal, victim, receipt, protocol="https")
tm.flow(victim_portal, case_repo, victim_statement)
tm.flow(doc_records, case_repo, case_file, protocol="sftp", label="nightly docket export")
tm.flow(psychologists, case_repo, psych_eval, protocol="sftp")
tm.flow(transcripts_vendor, case_repo, transcript, protocol="sftp")

tm.flow(case_repo, ingestion, case_file, psych_eval, transcript, victim_statement)
tm.flow(ingestion, summarizer, case_text)
tm.flow(summarizer, llm, prompt, protocol="https")
tm.flow(llm, summarizer, completion, protocol="https")
tm.flow(summarizer, brief_store, draft_brief)

tm.flow(brief_store, review_app, draft_brief)
tm.flow(case_repo, review_app, case_file, psych_eval, transcript, victim_statement, label="sources")
tm.flow(review_app, analyst, draft_brief, case_text, protocol="https")
tm.flow(analyst, review_app, analyst_edits, protocol="https")
tm.flow(review_app, brief_store, approved_brief)

tm.flow(brief_store, board_portal, approved_brief)
tm.flow(board_member, board_portal, brief_request, protocol="https")
tm.flow(board_portal, board_member, approved_brief, protocol="https")
