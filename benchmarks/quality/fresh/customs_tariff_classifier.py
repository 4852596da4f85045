"""Customs tariff classification: the first design, before any security review.

A customs broker offers shippers a service that turns their commercial invoices
into customs declarations. Shippers upload invoice PDFs in a web portal or forward
them by email to an intake mailbox hosted by our email provider. An orchestrator
sends the invoice text to a hosted LLM, which extracts the line items as JSON that
must match a schema; an in-house classifier trained on our past filings then
proposes a tariff code for each line. A licensed broker reviews and corrects the
codes in a workbench (SSO with MFA, every change logged) and approves the
declaration, which a filing service submits to the customs authority's API over
mutual TLS with the broker's certificate, kept in the cloud secrets manager.
Accepted filings are added to the training data, and the classifier is retrained
monthly. The LLM vendor was vetted and does not retain prompts.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Customs tariff classifier",
    profile=tg.RiskProfile.HIGH,
    description="Extracts invoice line items with a hosted LLM, proposes tariff codes "
    "with an in-house model, and files broker-approved declarations.",
)

# ---------------------------------------------------------------- data assets
invoice = tg.Data(
    "Commercial invoice",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Shipper-authored PDF: parties, goods descriptions, values, origin.",
)
invoice_email = tg.Data(
    "Forwarded invoice email",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Email from a shipper or forwarder with the invoice PDF attached.",
)
extraction_prompt = tg.Data(
    "Extraction prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Extraction instructions followed by the invoice text.",
)
line_items = tg.Data(
    "Extracted line items", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
codes = tg.Data(
    "Proposed tariff codes", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
draft = tg.Data(
    "Draft declaration",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
declaration = tg.Data(
    "Approved declaration",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
certificate = tg.Data("Broker certificate", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
ack = tg.Data("Customs acknowledgement", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
status = tg.Data("Filing status", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
filings = tg.Data(
    "Past filings",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data("Classifier artifact", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL)
approval = tg.Data("Release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Importers, exporters and forwarders who send us invoices; they write the PDFs.
    shipper = tm.add(tg.Actor("Shipper", role="customer"))

with tm.boundary("Email provider", trust=tg.Trust.PARTNER):
    # Hosted mailbox that receives forwarded invoices from anyone who has the address.
    mailbox = tm.add(tg.ExternalService("Intake mailbox", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model used only to read invoices and return line items.
    llm = tm.add(
        tg.LLM(
            "Hosted extraction LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="zero data retention agreement")},
        )
    )

with tm.boundary("Customs authority", trust=tg.Trust.PARTNER):
    # The government's declaration API; accepts filings signed by a licensed broker.
    customs_api = tm.add(tg.ExternalService("Customs filing API"))

with tm.boundary("Broker platform", trust=tg.Trust.INTERNAL):
    # Web portal where shippers upload invoices and follow their filings.
    portal = tm.add(
        tg.Endpoint(
            "Shipper portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="password and email one-time code"),
                c.InputValidation(note="PDF only, 20 MB limit"),
            },
        )
    )
    # Polls the intake mailbox and saves attached PDFs.
    email_intake = tm.add(tg.Service("Email intake service"))
    # Original invoices, kept for the record-keeping period.
    invoice_store = tm.add(
        tg.DataStore(
            "Invoice store",
            stores={invoice},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Builds the prompt, calls the LLM and the classifier, assembles the draft.
    orchestrator = tm.add(
        tg.Service(
            "Classification orchestrator",
            controls={c.SchemaEnforcement(note="LLM output must match the line-item JSON schema")},
        )
    )
    # In-house classifier trained on past filings: line item -> tariff code.
    classifier = tm.add(
        tg.Model(
            "Tariff code classifier",
            task=tg.Task.CLASSIFIER,
            high_stakes=True,
            description="Wrong codes mean wrong duties and penalties for the shipper and broker.",
        )
    )
    # Where the licensed broker reviews, corrects and approves declarations.
    workbench = tm.add(
        tg.Service(
            "Broker review workbench",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.HumanInTheLoop(approver="licensed customs broker"),
                c.AuditLogging(retention_days=1825),
            },
        )
    )
    # Submits approved declarations with the broker's certificate.
    filing = tm.add(
        tg.Service(
            "Filing service",
            controls={c.SecretsManagement(note="certificate in the cloud secrets manager")},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Accepted filings with their final codes: the classifier's training data.
        filings_set = tm.add(tg.Dataset("Past filings dataset", stores={filings}))
        # Monthly retraining of the classifier.
        training = tm.add(tg.Pipeline("Classifier retraining", stage=tg.Stage.TRAINING))
        # Classifier versions; serving loads the approved one.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Broker office", trust=tg.Trust.INTERNAL):
    # Holds the customs licence; legally responsible for every declaration.
    broker = tm.add(tg.Actor("Licensed customs broker", role="broker"))
    # Maintains the classifier and releases new versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.data(certificate)  # loaded by the filing service from the secrets manager
tm.flow(shipper, portal, invoice, protocol="https", label="upload")
tm.flow(portal, shipper, status, protocol="https")
tm.flow(shipper, mailbox, invoice_email, protocol="smtp", label="forwarded invoice")
tm.flow(mailbox, email_intake, invoice_email, protocol="https")
tm.flow(portal, invoice_store, invoice)
tm.flow(email_intake, invoice_store, invoice)

tm.flow(invoice_store, orchestrator, invoice)
tm.flow(orchestrator, llm, extraction_prompt, protocol="https")
tm.flow(llm, orchestrator, line_items, protocol="https")
tm.flow(orchestrator, classifier, line_items)
tm.flow(classifier, orchestrator, codes)
tm.flow(orchestrator, workbench, draft)

tm.flow(invoice_store, workbench, invoice, label="original for review")
tm.flow(workbench, broker, draft, invoice, protocol="https")
tm.flow(broker, workbench, declaration, protocol="https", label="corrects and approves")
tm.flow(workbench, filing, declaration)
tm.flow(filing, customs_api, declaration, protocol="mtls", label="signed with broker certificate")
tm.flow(customs_api, filing, ack, protocol="mtls")
tm.flow(filing, portal, status)

tm.flow(filing, filings_set, filings, label="accepted filings")
tm.flow(filings_set, training, filings)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, approval, label="approves release")
tm.flow(registry, classifier, weights, label="deploy")
