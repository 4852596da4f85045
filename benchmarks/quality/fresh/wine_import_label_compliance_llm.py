"""Wine import label compliance assistant: the first design, before any security review.

A US wine importer brings in wines from producers in Europe, South America and
Australia. Producers upload label artwork (PDF or image) and a product data
sheet (alcohol, vintage, appellation, varietal, allergens, net contents) to a
supplier portal. A compliance service sends the artwork and data, with the
relevant federal and state labelling rules retrieved from a rules index, to a
hosted multimodal LLM, which lists non-conformities and drafts corrected label
text. The rules index is built from public regulation pages (eCFR, TTB
guidance) crawled weekly. Compliance staff review every finding in an internal
review app and approve the final label; only approved labels and product data
go to the label printer and to the customs broker for entry filing, and the
drafted corrections are e-mailed back to the producer. Staff sign in with
company SSO; producers sign in with e-mail and password.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Wine import label compliance",
    profile=tg.RiskProfile.LOW,
    description="LLM checks producers' wine labels against destination labelling rules "
    "and drafts corrections; compliance staff approve before printing and customs filing.",
)

# ---------------------------------------------------------------- data assets
artwork = tg.Data(
    "Label artwork",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Front, back and neck labels from the producer, before release.",
)
product_data = tg.Data(
    "Product data sheet",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
producer_account = tg.Data(
    "Producer contact details", kind="records", sensitivity=tg.Sensitivity.PII
)
regulations = tg.Data("Labelling regulations", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
rule_chunks = tg.Data("Rule passages", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC)
prompt = tg.Data(
    "Compliance check prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, the retrieved rules, the artwork and the product data.",
)
check_result = tg.Data(
    "Compliance findings and draft corrections",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
approved_label = tg.Data(
    "Approved label",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
correction_notice = tg.Data(
    "Correction request to producer", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
customs_entry = tg.Data(
    "Customs entry data",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Product details, COLA number, quantities and values for the entry.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Winery export staff; anyone with a portal account can upload.
    producer = tm.add(tg.Actor("Producer", role="supplier"))
    # Public regulation pages the rules index is built from.
    reg_sites = tm.add(
        tg.DataSource("Regulation websites", origin=tg.Origin.PUBLIC_WEB, provides={regulations})
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Multimodal model that reads the artwork and the rules.
    llm = tm.add(tg.LLM("Hosted multimodal LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Partners", trust=tg.Trust.PARTNER):
    # Files the customs entry with CBP on our behalf.
    broker = tm.add(tg.ExternalService("Customs broker"))
    # Prints the US back labels and strip labels.
    printer = tm.add(tg.ExternalService("Label printer"))

with tm.boundary("Importer cloud tenant", trust=tg.Trust.INTERNAL):
    # Where producers upload artwork and product data and see correction requests.
    portal = tm.add(
        tg.Endpoint(
            "Supplier portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.InputValidation(note="file type and size checks on uploads"),
            },
        )
    )
    # Holds every submitted artwork version and its product data.
    submissions = tm.add(
        tg.DataStore(
            "Label submission store",
            stores={artwork, product_data, producer_account, check_result},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Retrieves rules, builds the prompt, calls the LLM, stores the findings.
    checker = tm.add(tg.Service("Compliance check service"))
    # Crawls and embeds regulation pages weekly.
    rules_ingest = tm.add(tg.Pipeline("Rules ingestion", stage=tg.Stage.INGESTION))
    # Embedded passages of federal and state labelling rules.
    rules_index = tm.add(tg.VectorStore("Labelling rules index", stores={rule_chunks}))
    # Internal app where compliance staff review findings and approve labels.
    review_app = tm.add(
        tg.Service(
            "Label review app",
            controls={
                tg.controls.Authentication(method="company SSO"),
                tg.controls.HumanInTheLoop(approver="compliance officer"),
            },
        )
    )
    # Product master: approved label and product data used for orders and customs.
    erp = tm.add(tg.DataStore("ERP product master", stores={approved_label, product_data}))

with tm.boundary("Office network", trust=tg.Trust.INTERNAL):
    officer = tm.add(tg.Actor("Compliance officer", role="compliance staff"))

# ---------------------------------------------------------------- flows
tm.flow(producer, portal, artwork, product_data, protocol="https", label="upload")
tm.flow(portal, producer, correction_notice, protocol="https", label="correction requests")
tm.flow(portal, submissions, artwork, product_data, producer_account)
tm.flow(submissions, portal, correction_notice, label="open correction requests")

tm.flow(reg_sites, rules_ingest, regulations, protocol="https", label="weekly crawl")
tm.flow(rules_ingest, rules_index, rule_chunks)

tm.flow(submissions, checker, artwork, product_data)
tm.flow(checker, rules_index, product_data, label="rule lookup")
tm.flow(rules_index, checker, rule_chunks)
tm.flow(checker, llm, prompt, protocol="https")
tm.flow(llm, checker, check_result, protocol="https")
tm.flow(checker, submissions, check_result)

tm.flow(submissions, review_app, artwork, product_data, check_result)
tm.flow(review_app, officer, artwork, check_result, protocol="https")
tm.flow(officer, review_app, approved_label, correction_notice, protocol="https")
tm.flow(review_app, submissions, correction_notice)
tm.flow(review_app, producer, correction_notice, protocol="smtp", label="e-mail")
tm.flow(review_app, erp, approved_label, product_data)
tm.flow(erp, printer, approved_label, protocol="sftp")
tm.flow(erp, broker, customs_entry, protocol="https")
