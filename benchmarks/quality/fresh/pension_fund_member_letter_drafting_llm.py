"""Member correspondence drafting: the first design, before any security review.

A UK occupational pension fund receives members' and relatives' emails in a shared
Microsoft 365 mailbox and posted letters that the post room scans. An intake service
files each one as a case in the case workflow system. A drafting service then looks
up the member in the pension administration system, retrieves the matching scheme
rules and standard letter templates from a vector index, and asks a hosted LLM
(a vendor API in the UK region) for a reply about transfers, benefits or a death.
Pensions administrators open the draft in the case management web app, check and edit
it, and send it from there. Pension specialists keep the rules and templates index up
to date. Administrators sign in with Entra ID and MFA; access is role-based; the
administration system is encrypted and audited; the LLM vendor was assessed and does
not keep or train on prompts; every draft is checked by an administrator before it goes.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Pension member letter drafting",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM drafts of replies to members' letters and emails, checked and sent by administrators.",
)

# ---------------------------------------------------------------- data assets
member_email = tg.Data(
    "Member email",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Questions about transfers, benefits, retirement and deaths, with attachments.",
)
posted_letter = tg.Data(
    "Posted letter",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Letters, death certificates and forms sent by post.",
)
scanned_letter = tg.Data("Scanned letter", kind="documents", sensitivity=tg.Sensitivity.PII)
correspondence = tg.Data(
    "Case correspondence",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="The incoming email or letter text, OCR'd, filed against a case.",
)
member_lookup = tg.Data("Member lookup", kind="records", sensitivity=tg.Sensitivity.PII)
member_record = tg.Data(
    "Member record extract",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Name, address, NI number, service, benefits, transfer values and beneficiaries.",
)
member_records = tg.Data(
    "Member records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
rules_query = tg.Data("Rules query", kind="prompt", sensitivity=tg.Sensitivity.PII)
rules_passages = tg.Data(
    "Scheme rules and template passages",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.INTERNAL,
)
rules_documents = tg.Data(
    "Scheme rules, guidance and letter templates",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the member's letter, their record extract and rules passages.",
)
draft = tg.Data("Draft reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
final_reply = tg.Data(
    "Checked reply",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
record_update = tg.Data("Member record update", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members, and relatives or executors reporting a death, write in.
    member = tm.add(tg.Actor("Member or relative", role="scheme member"))

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # The member services shared mailbox: where emails arrive and replies leave from.
    mailbox = tm.add(tg.ExternalService("Member services mailbox", provides="generic"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the draft replies.
    llm = tm.add(
        tg.LLM(
            "Hosted drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="A general-purpose chat model behind the vendor's UK-region API.",
            controls={
                c.SupplierAssessment(note="DPA signed; zero retention, no training on our prompts"),
                c.HumanInTheLoop(
                    approver="a pensions administrator",
                    note="every draft is checked and edited by an administrator, who sends it",
                ),
            },
        )
    )

with tm.boundary("Fund office", trust=tg.Trust.INTERNAL):
    # Scans posted letters into the intake folder.
    scanner = tm.add(tg.Device("Post room scanner", fleet=False))
    # Checks, edits and sends each reply; also updates member records.
    administrator = tm.add(tg.Actor("Pensions administrator", role="administrator"))
    # Maintains the scheme rules, guidance and standard templates.
    specialist = tm.add(tg.Actor("Pensions technical specialist", role="technical specialist"))

with tm.boundary("Fund hosting", trust=tg.Trust.INTERNAL):
    # Pulls new emails and scans, OCRs them and opens cases.
    intake = tm.add(tg.Service("Correspondence intake service"))
    # Holds cases, the incoming correspondence, drafts and sent replies.
    case_store = tm.add(
        tg.DataStore(
            "Case workflow store",
            stores={correspondence, draft, final_reply},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Where administrators work their cases.
    case_app = tm.add(
        tg.Endpoint(
            "Case management web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Entra ID SSO with MFA"), c.RBAC()},
        )
    )
    # Builds the prompt from the case, the member record and the rules, and files the draft.
    drafter = tm.add(
        tg.Service(
            "Drafting service",
            controls={c.SecretsManagement(note="LLM API key held in Key Vault")},
        )
    )
    # Retrieval index over scheme rules, guidance and templates (no member data).
    rules_index = tm.add(
        tg.VectorStore("Scheme rules and templates index", stores={rules_passages})
    )
    # Chunks and embeds the documents the specialists publish.
    indexer = tm.add(tg.Pipeline("Rules indexing job", stage=tg.Stage.INGESTION))

    with tm.boundary("Administration zone", trust=tg.Trust.RESTRICTED):
        # The fund's system of record for members and benefits.
        pas = tm.add(
            tg.DataStore(
                "Pension administration system",
                stores={member_records},
                controls={
                    c.RBAC(),
                    c.EncryptionAtRest(key_management="vendor-managed keys"),
                    c.AuditLogging(),
                },
            )
        )

# ---------------------------------------------------------------- flows
# Correspondence in
tm.flow(member, mailbox, member_email, protocol="smtp")
tm.flow(member, scanner, posted_letter, label="by post")
tm.flow(scanner, intake, scanned_letter, protocol="smb", label="scan to folder")
tm.flow(mailbox, intake, member_email, protocol="https", label="Graph API")
tm.flow(intake, case_store, correspondence)

# Drafting
tm.flow(case_store, drafter, correspondence, label="new case")
tm.flow(drafter, pas, member_lookup, protocol="https", label="member API")
tm.flow(pas, drafter, member_record, protocol="https", label="member API")
tm.flow(drafter, rules_index, rules_query, label="similarity query")
tm.flow(rules_index, drafter, rules_passages)
tm.flow(
    drafter,
    llm,
    prompt,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(
    llm,
    drafter,
    draft,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(drafter, case_store, draft)

# Checking and sending
tm.flow(case_store, case_app, correspondence, draft)
tm.flow(case_app, administrator, correspondence, draft, protocol="https")
tm.flow(administrator, case_app, final_reply, protocol="https", label="edits and approves")
tm.flow(case_app, case_store, final_reply)
tm.flow(case_app, mailbox, final_reply, protocol="https", label="Graph API send")
tm.flow(mailbox, member, final_reply, protocol="smtp")
tm.flow(pas, administrator, member_records, protocol="https", label="administration client")
tm.flow(administrator, pas, record_update, protocol="https", label="administration client")

# Keeping the rules current
tm.flow(specialist, indexer, rules_documents, label="publishes")
tm.flow(indexer, rules_index, rules_passages)
