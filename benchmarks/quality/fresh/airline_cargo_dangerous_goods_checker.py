"""Air cargo dangerous-goods checker: the first design, before any security review.

Freight forwarders log in to our cargo web portal and upload, for each air waybill,
the shipper's declaration and the commercial invoice (PDF or scanned image). An
extraction service sends the documents' text to a hosted LLM, which returns the
goods descriptions, quantities, UN numbers and packaging. An in-house classifier,
trained on past acceptance decisions, scores each line for likely undeclared
dangerous goods, using the licensed IATA DGR list as reference data. Acceptance
agents at the warehouse see the flagged lines on their screens and decide to
accept, hold or reject the shipment before it is built up for loading. Every
decision, with its documents and flags, is kept in an audit store that the civil
aviation authority inspects; the same decisions are exported quarterly to retrain
the classifier. Controls in this design: forwarder accounts with passwords, TLS
on the portal, upload type and size checks, encryption at rest of the documents,
staff roles in the acceptance app, and an audit log kept for the authority.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Air cargo dangerous-goods checker",
    profile=tg.RiskProfile.HIGH,
    description=(
        "LLM extraction and a classifier flag likely undeclared dangerous goods in "
        "forwarder documents for the acceptance agent who decides before loading."
    ),
)

# ---------------------------------------------------------------- data assets
declarations = tg.Data(
    "Shipping declarations",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Shipper's declarations for dangerous goods and air waybill data.",
)
invoices = tg.Data(
    "Commercial invoices",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Invoices naming shipper, consignee, goods, values and HS codes.",
)
extraction_prompt = tg.Data(
    "Extraction prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions plus the OCR text of the declaration and invoice.",
)
goods_lines = tg.Data(
    "Extracted goods descriptions",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
dgr_list = tg.Data(
    "IATA DGR reference list",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Licensed list of UN numbers, proper shipping names and packing rules.",
)
dg_flags = tg.Data(
    "Dangerous-goods flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Per goods line: probability of undeclared DG and the suspected class.",
)
decisions = tg.Data(
    "Acceptance decisions",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
audit_records = tg.Data(
    "DG acceptance audit records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Documents, flags, decision and agent id for each shipment.",
)
training_labels = tg.Data(
    "Labelled past shipments",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Goods lines with the acceptance agent's final DG / not-DG outcome.",
)
classifier_artifact = tg.Data(
    "DG classifier artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any registered forwarder company; some are small agents with shared logins.
    forwarder = tm.add(tg.Actor("Freight forwarder", role="forwarder"))

with tm.boundary("Aviation authority", trust=tg.Trust.PARTNER):
    # Inspectors who audit our DG acceptance checks.
    inspector = tm.add(tg.Actor("Aviation authority inspector", role="regulator"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model used only to pull structured goods lines out of documents.
    llm = tm.add(
        tg.LLM(
            "Hosted extraction LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vendor chat model called with a JSON-extraction prompt.",
        )
    )

with tm.boundary("Reference data vendor", trust=tg.Trust.PARTNER):
    # The licensed DGR data file, downloaded when IATA publishes a new edition.
    dgr_source = tm.add(
        tg.DataSource("IATA DGR data feed", origin=tg.Origin.VENDOR, provides={dgr_list})
    )

with tm.boundary("Cargo DMZ", trust=tg.Trust.INTERNAL):
    # The only component forwarders reach: upload and status of their submissions.
    portal = tm.add(
        tg.Endpoint(
            "Forwarder upload portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="username and password"),
                c.InputValidation(note="PDF/JPEG/PNG only, 20 MB max per file"),
            },
        )
    )

with tm.boundary("Cargo application zone", trust=tg.Trust.INTERNAL):
    # Keeps the uploaded originals until the shipment is closed.
    doc_store = tm.add(
        tg.DataStore(
            "Shipment document store",
            stores={declarations, invoices},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # OCRs the documents, calls the LLM, matches lines to the DGR list and calls the classifier.
    extractor = tm.add(
        tg.Service(
            "Document extraction service",
            description="OCR, prompt assembly, DGR lookup and classifier call.",
        )
    )
    # Scores each goods line for likely undeclared dangerous goods.
    classifier = tm.add(
        tg.Model(
            "DG classifier",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees over text features and HS codes.",
        )
    )
    # What the acceptance agent works in: flags, documents and the decision buttons.
    acceptance_app = tm.add(
        tg.Service(
            "Acceptance review app",
            controls={
                c.RBAC(note="acceptance agent and supervisor roles"),
                c.HumanInTheLoop(approver="the DG acceptance agent"),
            },
        )
    )
    # Records kept for the authority's audits.
    audit_store = tm.add(
        tg.DataStore(
            "DG audit record store",
            stores={audit_records, decisions},
            controls={c.AuditLogging(retention_days=1095)},
        )
    )

with tm.boundary("Warehouse network", trust=tg.Trust.INTERNAL):
    # Trained DG acceptance staff who decide before build-up and loading.
    agent = tm.add(tg.Actor("Acceptance agent", role="DG acceptance staff"))

with tm.boundary("ML environment", trust=tg.Trust.INTERNAL):
    # Past decided shipments used as the classifier's training set.
    training_set = tm.add(tg.Dataset("Labelled shipment dataset", stores={training_labels}))
    # Quarterly retraining run by the data science team.
    training = tm.add(tg.Pipeline("Classifier retraining", stage=tg.Stage.TRAINING))
    # Holds the trained classifier versions.
    registry = tm.add(tg.ModelRegistry("Model registry", stores={classifier_artifact}))

# ---------------------------------------------------------------- flows
tm.flow(forwarder, portal, declarations, invoices, protocol="https", label="upload")
tm.flow(portal, forwarder, decisions, protocol="https", label="submission status")
tm.flow(portal, doc_store, declarations, invoices)
tm.flow(doc_store, extractor, declarations, invoices)

tm.flow(extractor, llm, extraction_prompt, protocol="https")
tm.flow(llm, extractor, goods_lines, protocol="https")
tm.flow(dgr_source, extractor, dgr_list, protocol="https", label="new DGR edition")
tm.flow(extractor, classifier, goods_lines)
tm.flow(classifier, extractor, dg_flags)
tm.flow(extractor, acceptance_app, goods_lines, dg_flags)

tm.flow(doc_store, acceptance_app, declarations, invoices, label="originals for review")
tm.flow(acceptance_app, agent, goods_lines, dg_flags, declarations, protocol="https")
tm.flow(agent, acceptance_app, decisions, protocol="https")
tm.flow(acceptance_app, portal, decisions, label="status update")
tm.flow(acceptance_app, audit_store, audit_records, decisions)

tm.flow(audit_store, inspector, audit_records, protocol="sftp", label="audit export")

tm.flow(audit_store, training_set, training_labels, label="quarterly export")
tm.flow(training_set, training, training_labels)
tm.flow(training, registry, classifier_artifact)
tm.flow(registry, classifier, classifier_artifact, label="deploy")
