"""Complaint classification for a retail bank: the first design, before security review.

Customers complain through online banking, by e-mail and by phone to the contact
centre. An intake service puts every complaint, whatever the channel, into the
complaint case store. A classification service sends each complaint's text,
with the bank's complaint taxonomy, to an LLM hosted in our tenancy with a model
vendor, and gets back a product, a root-cause category, a regulator-reportable
flag, a vulnerability indicator and a routing queue. Cases are routed to handler
queues automatically; complaint handlers, working in the case workbench, check and
correct the category and reportable flag before a case is closed. A monthly job
aggregates closed cases into the complaints return uploaded to the regulator's portal.
Controls in this design: MFA on online banking and the workbench, TLS on external
links, role-based access and encryption on the case store, a vaulted LLM API key,
JSON-schema checks on the LLM's answer and an audit trail of classifications.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Retail bank complaint classification",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM classification and routing of customer complaints from all channels, "
    "checked by complaint handlers, feeding regulatory complaints reporting.",
)

# ---------------------------------------------------------------- data assets
web_complaint = tg.Data(
    "Online complaint submission",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Free text from the online banking complaint form, with account reference.",
)
email_complaint = tg.Data(
    "E-mailed complaint",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Complaint e-mails to complaints@, sometimes with statements or letters attached.",
)
phone_notes = tg.Data(
    "Phone complaint notes",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="What the contact-centre agent types while the customer is on the line.",
)
acknowledgement = tg.Data(
    "Complaint acknowledgement", sensitivity=tg.Sensitivity.PII, kind="records"
)
case_record = tg.Data(
    "Complaint case record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Customer identity, account, complaint text and history; may mention health "
    "or financial hardship.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
prompt = tg.Data(
    "Classification prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Taxonomy instructions plus the complaint text as received.",
)
classification = tg.Data(
    "Complaint classification",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="model-output",
    description="Product, root cause, reportable flag, vulnerability indicator, routing queue.",
)
taxonomy = tg.Data(
    "Complaint taxonomy and routing rules",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="instructions",
)
correction = tg.Data(
    "Handler classification correction", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="feedback"
)
audit_trail = tg.Data("Classification audit trail", sensitivity=tg.Sensitivity.PII, kind="logs")
complaints_return = tg.Data(
    "Regulatory complaints return",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Aggregated counts by product and cause, redress paid, time to resolve.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Retail customers; anyone can send an e-mail to the complaints address.
    customer = tm.add(tg.Actor("Bank customer", role="retail customer"))

with tm.boundary("Bank DMZ", trust=tg.Trust.INTERNAL):
    # Existing online banking front end: the complaint form sits behind the customer login.
    online_banking = tm.add(
        tg.Endpoint(
            "Online banking complaint form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="customer ID and password with SMS code"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # The bank's mail gateway receives complaints@ mail and hands it to intake.
    mail_gateway = tm.add(
        tg.Service(
            "Complaints mail gateway",
            internet_facing=True,
            description="Receives complaints@ mail; existing attachment malware scanning.",
            controls={c.VulnerabilityScanning(note="gateway AV scan of attachments")},
        )
    )

with tm.boundary("Bank network", trust=tg.Trust.INTERNAL):
    # Contact-centre staff record complaints made by phone.
    contact_agent = tm.add(tg.Actor("Contact centre agent", role="contact centre staff"))
    # Complaint handlers review the classification and work the case.
    handler = tm.add(tg.Actor("Complaint handler", role="complaint handler"))
    # Staff-facing case tool: queues, case view, classification correction.
    workbench = tm.add(
        tg.Endpoint(
            "Complaint case workbench",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )

    with tm.boundary("Complaints platform", trust=tg.Trust.RESTRICTED):
        # Normalises complaints from every channel into one case format.
        intake = tm.add(
            tg.Service(
                "Complaint intake service",
                description="Parses form posts, e-mails and phone notes into case records.",
            )
        )
        # System of record for complaint cases.
        case_store = tm.add(
            tg.DataStore(
                "Complaint case store",
                stores={case_record, classification, correction},
                controls={c.EncryptionAtRest(key_management="bank HSM-backed KMS"), c.RBAC()},
            )
        )
        # Builds the prompt, calls the LLM, validates the answer, routes the case.
        classifier = tm.add(
            tg.Service(
                "Complaint classification service",
                description="Classifies each new case and assigns its handler queue.",
                controls={
                    c.SecretsManagement(note="LLM API key in the bank vault"),
                    c.OutputFiltering(note="answer must match the taxonomy JSON schema"),
                    c.HumanInTheLoop(
                        approver="complaint handler",
                        note="routing is applied straight away; the handler confirms category "
                        "and reportable flag before the case is closed",
                    ),
                },
            )
        )
        # Taxonomy maintained by the complaints policy team.
        taxonomy_store = tm.add(tg.DataStore("Complaint taxonomy configuration", stores={taxonomy}))
        # Record of every prompt, answer and handler change, for complaints MI and audit.
        audit_store = tm.add(
            tg.DataStore(
                "Classification audit log",
                stores={audit_trail},
                controls={c.AuditLogging(retention_days=2555)},
            )
        )
        # Builds the regulatory return from closed cases each month.
        reporting = tm.add(
            tg.Service(
                "Monthly complaints reporting job",
                description="Aggregates closed cases into the regulator's complaints return.",
            )
        )

with tm.boundary("LLM vendor tenancy", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model in the bank's dedicated region, used as a classifier.
    llm = tm.add(
        tg.LLM(
            "Complaint classification LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Hosted chat model prompted to classify complaints against the taxonomy.",
            controls={
                c.SupplierAssessment(note="vendor due diligence; no training on our data"),
                c.Guardrails(note="vendor content filter, default settings"),
            },
        )
    )

with tm.boundary("Regulator", trust=tg.Trust.PARTNER):
    # The regulator's online data collection portal.
    regulator = tm.add(tg.ExternalService("Regulator reporting portal"))

# ---------------------------------------------------------------- flows
tm.flow(customer, online_banking, web_complaint, protocol="https")
tm.flow(online_banking, customer, acknowledgement, protocol="https")
tm.flow(customer, mail_gateway, email_complaint, protocol="smtp+starttls")
tm.flow(online_banking, intake, web_complaint, protocol="https")
tm.flow(mail_gateway, intake, email_complaint, protocol="smtp+starttls")
tm.flow(contact_agent, workbench, phone_notes, protocol="https", label="logs phone complaint")
tm.flow(workbench, intake, phone_notes, protocol="https")

tm.flow(intake, case_store, case_record)
tm.flow(case_store, classifier, case_record, label="new cases")
tm.flow(taxonomy_store, classifier, taxonomy)
tm.flow(classifier, llm, prompt, protocol="https")
tm.flow(llm, classifier, classification, protocol="https")
tm.flow(classifier, case_store, classification, label="category and queue")
tm.flow(classifier, audit_store, audit_trail)

tm.flow(case_store, workbench, case_record, classification, protocol="https")
tm.flow(workbench, handler, case_record, classification, protocol="https")
tm.flow(handler, workbench, correction, protocol="https", label="confirms or corrects")
tm.flow(workbench, case_store, correction, protocol="https")
tm.flow(workbench, audit_store, audit_trail, protocol="https")

tm.flow(case_store, reporting, case_record, classification, label="monthly export")
tm.flow(
    reporting,
    regulator,
    complaints_return,
    protocol="https",
    controls={c.Authentication(method="regulator portal account with MFA")},
)
