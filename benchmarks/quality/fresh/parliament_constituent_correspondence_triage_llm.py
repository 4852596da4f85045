"""Constituent correspondence triage: the first design, before any security review.

A UK member of parliament's office gets hundreds of emails and posted letters a
week from constituents about benefits, housing, immigration, health and policy.
Emails arrive in the office's parliamentary Microsoft 365 mailbox; letters are
scanned by a caseworker on the office copier and e-mailed to the same mailbox.
An ingest service in the office's cloud tenancy pulls new mail, checks the postcode
against a postcode lookup service to confirm the writer is a constituent, and opens
a case in the casework database. A triage service then asks a hosted LLM to sort
each case (topic, priority) and to draft a reply from the MP's reply guidance and
similar past replies. Caseworkers review, edit and send every reply from the
casework web app; the MP signs off sensitive ones. Nothing is sent by the model.
Controls in this design: parliamentary SSO with MFA and roles on the web app, HTTPS
on network links, the vendor's zero-retention terms, and a log of every LLM call.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Parliament constituent correspondence triage",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM sorts constituents' letters and emails and drafts replies for caseworkers.",
)

# ---------------------------------------------------------------- data assets
correspondence = tg.Data(
    "Constituent emails",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Free text from constituents, often with health, immigration status, "
    "benefits or political opinions (special category data).",
)
letters = tg.Data(
    "Posted letters",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
scans = tg.Data(
    "Scanned letters",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
postcode = tg.Data("Constituent postcode", kind="records", sensitivity=tg.Sensitivity.PII)
constituency = tg.Data("Constituency match", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
cases = tg.Data(
    "Case records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Constituent details, the correspondence, notes, topic, priority and replies.",
)
guidance = tg.Data(
    "Reply guidance and templates",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The MP's positions on current issues and the office's standard replies.",
)
past_replies = tg.Data(
    "Past reply excerpts",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PII,
    description="Chunks of earlier sent replies, with their embeddings.",
)
sent_replies = tg.Data("Sent replies", kind="documents", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the constituent's message, guidance and similar past replies.",
)
triage = tg.Data(
    "Suggested topic, priority and draft reply",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
reply = tg.Data("Approved reply", kind="documents", sensitivity=tg.Sensitivity.PII)
signoff = tg.Data("MP sign-off", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
llm_log = tg.Data("LLM request log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can write to the MP; most writers are constituents, some are not.
    constituent = tm.add(tg.Actor("Constituent", role="member of the public"))

with tm.boundary("Parliamentary IT", trust=tg.Trust.PARTNER):
    # The office's mailbox on Parliament's Microsoft 365, run by Parliament's digital service.
    mailbox = tm.add(
        tg.ExternalService(
            "Office mailbox",
            description="Parliamentary Exchange Online mailbox of the MP's office.",
        )
    )

with tm.boundary("Postcode data provider", trust=tg.Trust.PARTNER):
    # Tells the office whether a postcode is in the constituency.
    postcode_api = tm.add(
        tg.ExternalService("Postcode lookup API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Sorts cases and drafts replies.
    llm = tm.add(
        tg.LLM(
            "Hosted triage LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose chat model; its priority decides which "
            "constituents' cases caseworkers pick up first.",
            controls={
                c.SupplierAssessment(note="enterprise terms: zero data retention, no training")
            },
        )
    )

with tm.boundary("Constituency office", trust=tg.Trust.INTERNAL):
    # Opens the post, scans letters, reviews triage and sends replies.
    caseworker = tm.add(tg.Actor("Caseworker", role="caseworker"))
    # The MP reads and signs off replies on sensitive or high-profile cases.
    mp = tm.add(tg.Actor("Member of Parliament", role="MP"))
    # The office multifunction copier, used to scan posted letters to the mailbox.
    scanner = tm.add(tg.Device("Office copier scanner", fleet=False))

with tm.boundary("Office cloud tenancy", trust=tg.Trust.INTERNAL):
    # Pulls new mail and opens cases.
    ingest = tm.add(
        tg.Service(
            "Correspondence ingest service",
            description="Reads new mail with the Graph API, OCRs scanned letters, checks "
            "the postcode and creates a case.",
        )
    )
    # Builds the prompt, calls the LLM and stores the suggestions on the case.
    triage_svc = tm.add(
        tg.Service(
            "Triage and drafting service",
            controls={
                c.AuditLogging(note="every prompt and completion kept in the LLM request log")
            },
        )
    )
    # The caseworkers' web app: case list, triage suggestions and draft editor.
    web_app = tm.add(
        tg.Endpoint(
            "Casework web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="parliamentary Entra ID single sign-on with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="a caseworker edits and sends every reply"),
            },
        )
    )
    # Re-indexes sent replies so drafts can follow earlier answers.
    indexer = tm.add(tg.Pipeline("Nightly reply indexing job", stage=tg.Stage.INGESTION))
    # Where prompts and completions are kept for checking what the model said.
    log_store = tm.add(tg.DataStore("LLM request log store", stores={llm_log}))

    with tm.boundary("Casework data", trust=tg.Trust.RESTRICTED):
        # The office's system of record for constituent cases.
        casework_db = tm.add(
            tg.DataStore(
                "Casework database",
                stores={cases, sent_replies},
                controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
            )
        )
        # The MP's positions and standard replies, maintained by the office manager.
        guidance_store = tm.add(tg.DataStore("Reply guidance library", stores={guidance}))
        # Similar past replies for the drafts.
        reply_index = tm.add(tg.VectorStore("Past replies index", stores={past_replies}))

# ---------------------------------------------------------------- flows
tm.flow(constituent, mailbox, correspondence, protocol="smtp")
tm.flow(constituent, caseworker, letters, label="paper letters by post")
tm.flow(caseworker, scanner, letters, label="paper letters scanned by hand")
tm.flow(scanner, mailbox, scans, protocol="smtp+starttls", label="scan to e-mail")

tm.flow(mailbox, ingest, correspondence, scans, protocol="https", label="Graph API mail read")
tm.flow(ingest, postcode_api, postcode, protocol="https")
tm.flow(postcode_api, ingest, constituency, protocol="https")
tm.flow(ingest, casework_db, cases, label="new case")

tm.flow(casework_db, triage_svc, cases)
tm.flow(guidance_store, triage_svc, guidance)
tm.flow(triage_svc, reply_index, cases, label="similarity query")
tm.flow(reply_index, triage_svc, past_replies)
tm.flow(triage_svc, llm, prompt, protocol="https")
tm.flow(llm, triage_svc, triage, protocol="https")
tm.flow(triage_svc, casework_db, triage, label="suggestions on the case")
tm.flow(triage_svc, log_store, llm_log)

tm.flow(casework_db, web_app, cases, triage)
tm.flow(web_app, casework_db, reply, cases, label="edited reply and final topic")
tm.flow(web_app, caseworker, cases, triage, protocol="https")
tm.flow(caseworker, web_app, reply, protocol="https")
tm.flow(web_app, mp, reply, protocol="https", label="for sign-off")
tm.flow(mp, web_app, signoff, protocol="https")
tm.flow(web_app, mailbox, reply, protocol="https", label="Graph API send")
tm.flow(mailbox, constituent, reply, protocol="smtp")

tm.flow(casework_db, indexer, sent_replies, label="nightly export of sent replies")
tm.flow(indexer, reply_index, past_replies)
