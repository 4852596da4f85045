"""Tea blending company supplier quality LLM: the first design, before any security review.

Before a lot of tea from an estate or broker is accepted into the blending
warehouse, its supplier e-mails the lab certificate of analysis (pesticide
residues, moisture, sometimes heavy metals) as a PDF to the quality mailbox.
An intake service in the company's cloud picks up the attachment, archives it
and has it converted to text; a comparison service then looks up the lot in the
ERP, takes the company's specification for that tea grade and asks a hosted LLM
to read each analyte's result off the certificate and compare it with the limit.
The quality manager sees the assessment beside the original PDF in a QA review
app and signs each lot off (accept, reject or retest); the decision is written
to the lot's status in the ERP and to a sign-off log. Controls in this design:
TLS, SSO with MFA and roles on the review app, attachment checks at intake, a
JSON schema on the LLM's answer, a vendor review of the LLM provider, and the
manager's sign-off on every lot.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tea blending supplier quality LLM",
    profile=tg.RiskProfile.HIGH,
    description="LLM-assisted checking of supplier lab certificates against tea specifications.",
)

# ---------------------------------------------------------------- data assets
cert_email = tg.Data(
    "Certificate e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Supplier's e-mail with the lot number and a PDF certificate attached.",
)
cert_pdf = tg.Data(
    "Lab certificate PDF",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Certificate of analysis from the supplier's lab: residues per pesticide, moisture.",
)
cert_text = tg.Data("Certificate text", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL)
specs = tg.Data(
    "Tea specifications",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Per tea grade: maximum residue limits per pesticide, moisture range, other limits.",
)
spec_changes = tg.Data(
    "Specification changes", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
lot_details = tg.Data(
    "Lot details",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Lot number, supplier, purchase order, tea grade, quantity.",
)
prompt = tg.Data(
    "Certificate comparison prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, the certificate text and the specification limits for the grade.",
)
completion = tg.Data(
    "Lot compliance assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per analyte: value read, limit, within or out of spec; overall suggested outcome.",
)
decision = tg.Data(
    "Lot sign-off decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Accept, reject or retest, with the manager's comment.",
)
lot_status = tg.Data("Lot status", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
signoff_log = tg.Data("Sign-off log entries", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)

TLS = c.EncryptionInTransit(protocol="TLS 1.2+")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Tea estates and brokers who send a certificate for each lot they ship.
    supplier = tm.add(tg.Actor("Tea supplier", role="supplier"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Hosted business e-mail with the quality@ mailbox the certificates arrive in.
    mail = tm.add(
        tg.ExternalService(
            "Hosted quality mailbox",
            provides=tg.ExternalCategory.GENERIC,
            description="The company's hosted e-mail service; quality@ receives supplier certificates.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads the certificate values and compares them with the specification limits.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose model behind the vendor's API; its assessment drives lot acceptance.",
            controls={
                c.SupplierAssessment(
                    note="vendor reviewed: no training on our data, 30-day retention"
                )
            },
        )
    )

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Picks certificate attachments out of the quality mailbox and files them by lot.
    intake = tm.add(
        tg.Service(
            "Certificate intake service",
            description="Polls quality@, keeps PDF attachments, reads the lot number from the subject line.",
            controls={
                c.InputValidation(note="PDF MIME type and 20 MB size limit only"),
                c.SecretsManagement(note="mailbox token in the cloud secret store"),
            },
        )
    )
    # Turns the PDF (often a scan) into text for the LLM.
    pdf_parser = tm.add(
        tg.Service(
            "PDF text extraction service",
            description="Open-source PDF library with OCR fallback for scanned certificates.",
        )
    )
    # Keeps every certificate as received, for the manager and for audits.
    archive = tm.add(
        tg.DataStore(
            "Certificate archive",
            stores={cert_pdf},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Reference limits per tea grade, maintained by the quality manager.
    spec_store = tm.add(
        tg.DataStore(
            "Specification library",
            stores={specs},
            controls={c.DataVersioning(note="every specification revision kept")},
        )
    )
    # Assembles the prompt for one lot, calls the LLM and checks the answer's shape.
    comparer = tm.add(
        tg.Service(
            "Certificate comparison service",
            description="Builds the prompt from the certificate text, lot details and spec limits.",
            controls={
                c.SchemaEnforcement(note="the LLM must return JSON matching the assessment schema")
            },
        )
    )
    # Where the quality manager reviews each lot's assessment and signs it off.
    review_app = tm.add(
        tg.Endpoint(
            "QA review app",
            purpose=tg.EndpointPurpose.API,
            description="Internal web app showing the assessment next to the original PDF.",
            controls={
                c.Authentication(method="company SSO with MFA"),
                c.RBAC(note="only the quality team can sign off lots"),
                c.HumanInTheLoop(
                    approver="the quality manager", note="every lot is signed off by a person"
                ),
            },
        )
    )
    # The system of record for purchase orders, lots and their release status.
    erp = tm.add(
        tg.DataStore(
            "ERP",
            stores={lot_details, lot_status},
            controls={c.RBAC(), c.AuditLogging(retention_days=2555)},
        )
    )
    # Who signed off which lot, when, on which certificate and assessment.
    log_store = tm.add(
        tg.DataStore(
            "Sign-off audit trail",
            stores={signoff_log},
            controls={c.AuditLogging(retention_days=2555)},
        )
    )

with tm.boundary("Office network", trust=tg.Trust.INTERNAL):
    # Signs off every lot and maintains the specifications.
    manager = tm.add(tg.Actor("Quality manager", role="quality manager", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(supplier, mail, cert_email, protocol="smtp", label="certificate e-mail")
tm.flow(mail, intake, cert_email, protocol="https", controls={TLS}, label="mailbox API")
tm.flow(intake, archive, cert_pdf)
tm.flow(intake, pdf_parser, cert_pdf)
tm.flow(pdf_parser, comparer, cert_text)

tm.flow(erp, comparer, lot_details, label="lot lookup")
tm.flow(spec_store, comparer, specs, label="limits for the grade")
tm.flow(comparer, llm, prompt, protocol="https", controls={TLS})
tm.flow(llm, comparer, completion, protocol="https", controls={TLS})
tm.flow(comparer, review_app, completion)

tm.flow(archive, review_app, cert_pdf, label="original certificate")
tm.flow(erp, review_app, lot_details)
tm.flow(review_app, manager, completion, cert_pdf, protocol="https", controls={TLS})
tm.flow(manager, review_app, decision, protocol="https", controls={TLS}, label="sign-off")
tm.flow(review_app, erp, lot_status, label="accept, reject or retest")
tm.flow(review_app, log_store, signoff_log)

tm.flow(
    manager, spec_store, spec_changes, protocol="https", controls={TLS}, label="maintains limits"
)
tm.flow(spec_store, manager, specs, protocol="https", controls={TLS})
