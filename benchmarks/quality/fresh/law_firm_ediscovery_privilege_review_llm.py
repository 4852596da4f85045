"""E-discovery privilege review with an LLM: the first design, before any security review.

Our litigation team runs discovery for clients on a firm-hosted e-discovery
platform. The client's IT exports mailboxes and file shares and sends them over
SFTP; litigation support processes them (de-duplication, text extraction, OCR)
into a review database. A tagging service sends each document, with the client's
list of its lawyers, to a hosted LLM that suggests privileged and responsive tags
with a reason, and drafts privilege log entries. Associates review every tag in
the review workspace before a production set is exported, Bates-stamped and
delivered to opposing counsel through the firm's secure file transfer server. The
client and co-counsel sign in to a matter portal to follow review status and read
documents on their matters. Controls: SSO or TOTP sign-in and per-matter roles,
audit logs, encryption at rest and in transit, a vetted LLM provider with no
retention, and an associate sign-off before anything is produced.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "E-discovery privilege review LLM",
    profile=tg.RiskProfile.HIGH,
    description="LLM-assisted privilege and responsiveness tagging, reviewed by associates before production.",
)

# ---------------------------------------------------------------- data assets
collection = tg.Data(
    "Client emails and documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="PST exports and file-share copies; full of privileged and personal material.",
)
processed = tg.Data(
    "Processed documents with text and metadata",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
lawyer_list = tg.Data(
    "Client privilege guidance",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Names of in-house and outside counsel, and topics the client says are privileged.",
)
processing_job = tg.Data(
    "Processing job settings", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
prompt = tg.Data(
    "Tagging prompt with document text",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Tagging instructions, the privilege guidance and one document's text.",
)
suggestions = tg.Data(
    "Suggested privilege and responsiveness tags",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Tag, confidence and a one-line reason per document.",
)
log_draft = tg.Data(
    "Draft privilege log entries", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
coding = tg.Data(
    "Associate coding decisions", kind="labels", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
final_log = tg.Data(
    "Final privilege log",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
review_view = tg.Data(
    "Documents and tags under review", kind="documents", sensitivity=tg.Sensitivity.PII
)
production = tg.Data(
    "Production set",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Bates-stamped images, redacted text and a load file.",
)
signoff = tg.Data("Production approval", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
matter_view = tg.Data(
    "Matter documents and review status", kind="documents", sensitivity=tg.Sensitivity.PII
)
portal_request = tg.Data(
    "Portal search request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Client organisation", trust=tg.Trust.PARTNER):
    # The client's legal contact: sends privilege guidance, follows the matter.
    client = tm.add(tg.Actor("Client legal contact", role="client"))
    # Where the data under review comes from: the client's own IT export.
    client_export = tm.add(
        tg.DataSource(
            "Client mailbox and file share export",
            origin=tg.Origin.PARTNER,
            provides={collection},
            description="Collected by the client's IT team or a forensic vendor.",
        )
    )

with tm.boundary("Co-counsel firm", trust=tg.Trust.PARTNER):
    # Another firm on the same matter, with portal access to it.
    co_counsel = tm.add(tg.Actor("Co-counsel attorney", role="co-counsel"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The party receiving the production; must never get privileged material.
    opposing = tm.add(tg.Actor("Opposing counsel", role="opposing party"))

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # Hosted model that suggests tags and log entries.
    llm = tm.add(
        tg.LLM(
            "Hosted review LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Enterprise API tier under a zero-retention, no-training agreement.",
            controls={
                tg.controls.SupplierAssessment(note="zero data retention, no training on inputs")
            },
        )
    )

with tm.boundary("Firm DMZ", trust=tg.Trust.INTERNAL):
    # Portal for the client and co-counsel to see their matters.
    portal = tm.add(
        tg.Endpoint(
            "Matter portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="e-mail and password with TOTP"),
                tg.controls.RBAC(note="per-matter roles"),
                tg.controls.AuditLogging(retention_days=2555),
            },
        )
    )
    # Where incoming collections land and outgoing productions are picked up.
    sftp = tm.add(
        tg.Service(
            "Secure file transfer server",
            description="Firm-run SFTP server, one account per matter and recipient.",
            controls={
                tg.controls.Authentication(method="per-recipient SFTP username and password"),
                tg.controls.EncryptionAtRest(key_management="firm HSM"),
            },
        )
    )

with tm.boundary("E-discovery platform", trust=tg.Trust.INTERNAL):
    # Turns raw exports into searchable, de-duplicated documents.
    processing = tm.add(
        tg.Pipeline(
            "Document processing pipeline",
            stage=tg.Stage.INGESTION,
            third_party_packages=True,
            description="Expands PSTs and archives, de-duplicates, extracts text, OCRs images.",
        )
    )
    # Calls the LLM one document at a time and writes the suggestions back.
    tagger = tm.add(
        tg.Service(
            "Privilege tagging service",
            description="Builds the prompt, parses the reply, drafts privilege log rows.",
        )
    )
    # Where associates read documents and accept or change each tag.
    workspace = tm.add(
        tg.Service(
            "Review workspace",
            controls={
                tg.controls.Authentication(method="firm SSO with MFA"),
                tg.controls.RBAC(),
                tg.controls.AuditLogging(retention_days=2555),
            },
        )
    )
    # Builds the production set from documents coded responsive and not privileged.
    exporter = tm.add(
        tg.Service(
            "Production export service",
            description="Applies Bates numbers and redactions, writes the load file.",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="supervising associate signs off each production set"
                ),
            },
        )
    )

    with tm.boundary("Review data tier", trust=tg.Trust.RESTRICTED):
        # The matter's documents, tags, coding and privilege log.
        review_db = tm.add(
            tg.DataStore(
                "Review database",
                stores={processed, lawyer_list, suggestions, log_draft, coding, final_log},
                controls={
                    tg.controls.EncryptionAtRest(key_management="cloud KMS"),
                    tg.controls.RBAC(note="matter-level permissions"),
                },
            )
        )

with tm.boundary("Firm network", trust=tg.Trust.INTERNAL):
    # Reviews tags and drafts the final privilege log.
    associate = tm.add(tg.Actor("Associate", role="associate"))
    # Loads collections, runs processing and productions.
    lit_support = tm.add(
        tg.Actor("Litigation support analyst", role="lit support", privileged=True)
    )

# ---------------------------------------------------------------- flows
tls = tg.controls.EncryptionInTransit(protocol="TLS 1.2+")
ssh = tg.controls.EncryptionInTransit(protocol="SSH")

# collection and processing
tm.flow(client_export, sftp, collection, protocol="sftp", controls={ssh})
tm.flow(sftp, processing, collection)
tm.flow(lit_support, processing, processing_job)
tm.flow(processing, review_db, processed)

# client and co-counsel portal
tm.flow(client, portal, lawyer_list, portal_request, protocol="https", controls={tls})
tm.flow(portal, client, matter_view, protocol="https", controls={tls})
tm.flow(co_counsel, portal, portal_request, protocol="https", controls={tls})
tm.flow(portal, co_counsel, matter_view, protocol="https", controls={tls})
tm.flow(portal, review_db, lawyer_list, portal_request)
tm.flow(review_db, portal, matter_view)

# LLM tagging
tm.flow(review_db, tagger, processed, lawyer_list)
tm.flow(tagger, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, tagger, suggestions, log_draft, protocol="https", controls={tls})
tm.flow(tagger, review_db, suggestions, log_draft)

# associate review
tm.flow(review_db, workspace, review_view)
tm.flow(workspace, associate, review_view, protocol="https", controls={tls})
tm.flow(associate, workspace, coding, final_log, protocol="https", controls={tls})
tm.flow(workspace, review_db, coding, final_log)

# production
tm.flow(associate, exporter, signoff, protocol="https", controls={tls})
tm.flow(lit_support, exporter, processing_job, label="production settings")
tm.flow(review_db, exporter, processed, coding, final_log)
tm.flow(exporter, sftp, production, final_log)
tm.flow(sftp, opposing, production, final_log, protocol="sftp", controls={ssh})
