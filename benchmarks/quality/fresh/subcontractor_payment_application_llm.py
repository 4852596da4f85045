"""Subcontractor payment applications checked by an LLM: the first design.

Each month our subcontractors submit payment applications (claimed values with
supporting valuations and invoices) through the supply-chain portal, where they
also keep their company details and the bank account we pay into. A payment
review service on our cloud tenancy gathers the subcontract, the measured
quantities from the project controls system and the site diaries for the period,
and asks a hosted LLM to check the claim against them and to draft a payment
certificate. The quantity surveyor reviews and amends the draft in the QS
workbench and approves it; the approved certificate goes to the accounts payable
system, where the accounts team releases the payment run to the bank by SFTP.
Controls in this design: portal sign-in with TOTP and upload checks, encrypted
and logged supplier records, a vetted LLM vendor, SSO and approval in the QS
workbench, role-based access and a released payment run in accounts payable.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Subcontractor payment application review",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "An LLM checks monthly subcontractor payment applications against the "
        "subcontract, measured quantities and site diaries and drafts a payment "
        "certificate for the quantity surveyor to approve before payment."
    ),
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Payment application",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Claimed gross value, variations and retention, with uploaded valuations and invoices.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
supplier_details = tg.Data(
    "Subcontractor company and bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Company name, VAT and CIS status, contact people, bank account and sort code.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
subcontract = tg.Data(
    "Subcontract terms",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Rates, schedule of works, retention and payment terms of each subcontract.",
)
quantities = tg.Data(
    "Measured quantities",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Quantities measured on site per work package, from the project controls system.",
)
diaries = tg.Data(
    "Site diaries",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Daily site records: gangs and operatives on site, deliveries, delays, incidents.",
)
review_prompt = tg.Data(
    "Review prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, the application and the relevant subcontract, quantities and diary extracts.",
)
assessment = tg.Data(
    "LLM assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Line-by-line findings and the proposed certified amounts.",
)
draft_certificate = tg.Data(
    "Draft payment certificate",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
approved_certificate = tg.Data(
    "Approved payment certificate",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
payment_notice = tg.Data(
    "Payment notice",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The certified amount and its breakdown, as the subcontractor sees it in the portal.",
)
payment_run = tg.Data(
    "Payment run file",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Payee names, bank accounts and amounts for the month's payments.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
run_release = tg.Data("Payment run release", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Staff of our subcontractors: submit applications and keep their own details up to date.
    subcontractor = tm.add(tg.Actor("Subcontractor", role="subcontractor commercial staff"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model that reads each application against the contract evidence.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model behind the vendor's API, used to check claims and draft certificates.",
            controls={
                tg.controls.SupplierAssessment(
                    note="enterprise terms: no training on our data, 30-day retention"
                )
            },
        )
    )

with tm.boundary("Bank", trust=tg.Trust.PARTNER):
    # Our bank, which executes the monthly payment run.
    bank = tm.add(
        tg.ExternalService(
            "Bank payment gateway", description="Receives the BACS payment run file."
        )
    )

with tm.boundary("Cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where subcontractors sign in, upload applications and edit their company and bank details.
    portal = tm.add(
        tg.Endpoint(
            "Supply-chain portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="e-mail and password with TOTP"),
                tg.controls.InputValidation(note="file type and size checks on uploads"),
            },
        )
    )
    # Holds each subcontractor's company record and bank account, used when paying them.
    supplier_master = tm.add(
        tg.DataStore(
            "Supplier master data",
            stores={supplier_details},
            controls={
                tg.controls.EncryptionAtRest(key_management="cloud KMS"),
                tg.controls.AuditLogging(retention_days=365),
            },
        )
    )
    # Applications with their attachments, and the certificates issued against them.
    application_store = tm.add(
        tg.DataStore("Application store", stores={application, approved_certificate})
    )
    # Gathers the evidence for each application, calls the LLM and writes the draft certificate.
    review_service = tm.add(
        tg.Service(
            "Payment review service",
            description="Assembles the prompt from the application and contract evidence, calls the LLM, drafts the certificate.",
        )
    )
    # The subcontract documents from the commercial team's document system.
    contract_store = tm.add(tg.DataStore("Subcontract repository", stores={subcontract}))
    # Measured quantities entered by site engineers in the project controls system.
    project_controls = tm.add(
        tg.DataSource("Project controls system", origin=tg.Origin.INTERNAL, provides={quantities})
    )
    # Site diaries kept by site managers in the site management app.
    site_diary = tm.add(
        tg.DataSource("Site diary system", origin=tg.Origin.INTERNAL, provides={diaries})
    )
    # Where the quantity surveyor reviews, amends and approves the draft certificate.
    qs_workbench = tm.add(
        tg.Endpoint(
            "QS workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="corporate SSO"),
                tg.controls.HumanInTheLoop(approver="quantity surveyor"),
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Checks the LLM's draft against their own knowledge of the job and signs the certificate.
    qs = tm.add(tg.Actor("Quantity surveyor", role="quantity surveyor"))
    # The finance ERP's payables module: pays approved certificates to the bank details on file.
    accounts_payable = tm.add(
        tg.Service(
            "Accounts payable system",
            controls={
                tg.controls.RBAC(),
                tg.controls.HumanInTheLoop(approver="accounts team releases each payment run"),
            },
        )
    )
    # Prepares and releases the monthly payment run.
    accounts_team = tm.add(tg.Actor("Accounts team", role="accounts payable clerk"))

# ---------------------------------------------------------------- flows
tm.flow(subcontractor, portal, application, protocol="https", label="monthly application")
tm.flow(
    subcontractor,
    portal,
    supplier_details,
    protocol="https",
    label="edits company and bank details",
)
tm.flow(portal, subcontractor, supplier_details, payment_notice, protocol="https")
tm.flow(portal, supplier_master, supplier_details)
tm.flow(supplier_master, portal, supplier_details)
tm.flow(portal, application_store, application)
tm.flow(application_store, portal, payment_notice)

tm.flow(application_store, review_service, application)
tm.flow(contract_store, review_service, subcontract)
tm.flow(project_controls, review_service, quantities)
tm.flow(site_diary, review_service, diaries)
tm.flow(review_service, llm, review_prompt, protocol="https")
tm.flow(llm, review_service, assessment, protocol="https")
tm.flow(review_service, qs_workbench, draft_certificate, assessment)

tm.flow(qs_workbench, qs, draft_certificate, assessment, application, protocol="https")
tm.flow(qs, qs_workbench, approved_certificate, protocol="https", label="amends and approves")
tm.flow(qs_workbench, application_store, approved_certificate)
tm.flow(qs_workbench, accounts_payable, approved_certificate)

tm.flow(supplier_master, accounts_payable, supplier_details, label="payee bank details")
tm.flow(accounts_payable, accounts_team, payment_run, label="proposed payment run")
tm.flow(accounts_team, accounts_payable, run_release)
tm.flow(accounts_payable, bank, payment_run, protocol="sftp")
