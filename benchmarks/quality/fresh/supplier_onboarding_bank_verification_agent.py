"""Supplier onboarding agent: the first design, before any security review.

A German manufacturer's procurement team onboards new suppliers with an LLM agent.
Suppliers register on an internet-facing onboarding portal (e-mail and password) and
enter company details, tax ID and the settlement account remittances go to, and
upload a bank confirmation letter. The agent, running in the procurement platform
and using a hosted LLM, checks the company register API and a sanctions-list
service, reads the bank letter, and creates the vendor master record in the ERP
through its vendor API. New vendors stay blocked until a procurement officer
releases them in the ERP; the accounts-payable payment run then pays them through
the house bank. Later changes to settlement details arrive by e-mail in a shared
supplier-updates mailbox, and the agent applies them to the existing vendor record.
The ERP keeps change documents and role-based access; the payment file goes to the
bank over SFTP.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Supplier onboarding and bank verification agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that vets new suppliers and maintains their vendor master "
    "records, including the settlement account that accounts payable pays.",
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Supplier application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Company name, address, tax ID, contact persons' names and e-mails.",
)
bank_details = tg.Data(
    "Supplier bank details",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Account holder, IBAN and BIC of the settlement account for remittances.",
)
bank_letter = tg.Data(
    "Bank confirmation letter",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Scanned PDF from the supplier's bank confirming the account holder.",
)
change_email = tg.Data(
    "Bank details change e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="A supplier's e-mail, often with a PDF, announcing new settlement details.",
)
status = tg.Data("Onboarding status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the application or e-mail text, and the tool results so far.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
lookup_call = tg.Data("Due-diligence query", kind="tool-call", sensitivity=tg.Sensitivity.PII)
register_extract = tg.Data(
    "Company register extract", kind="records", sensitivity=tg.Sensitivity.PII
)
sanctions_result = tg.Data(
    "Sanctions screening result", kind="records", sensitivity=tg.Sensitivity.PII
)
lookup_result = tg.Data(
    "Due-diligence findings", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
vendor_call = tg.Data("Vendor record request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
vendor_record = tg.Data(
    "Vendor master record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
erp_response = tg.Data("ERP vendor number", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
vendor_release = tg.Data(
    "Vendor release",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The procurement officer lifting the payment block on a new vendor.",
)
payment_file = tg.Data(
    "Payment file",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="pain.001 credit transfers with each vendor's IBAN and amount.",
)
bank_statement = tg.Data(
    "Payment status report", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can register as a prospective supplier; existing suppliers send e-mail.
    supplier = tm.add(tg.Actor("Supplier", role="supplier contact"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model behind the agent, used through the vendor's API under a DPA.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="vendor DPA, no training on our data")},
        )
    )

with tm.boundary("Due-diligence providers", trust=tg.Trust.PARTNER):
    # The commercial register lookup, to confirm the company exists and who runs it.
    register_api = tm.add(
        tg.ExternalService("Company register API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # Screening of the company and its directors against EU and US sanctions lists.
    sanctions = tm.add(
        tg.ExternalService(
            "Sanctions screening service", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )

with tm.boundary("House bank", trust=tg.Trust.PARTNER):
    # Executes the credit transfers of the payment run.
    bank = tm.add(tg.ExternalService("House bank host-to-host", provides="generic"))

with tm.boundary("Procurement platform", trust=tg.Trust.INTERNAL):
    # Where suppliers enter their details and upload the bank letter.
    portal = tm.add(
        tg.Endpoint(
            "Supplier onboarding portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="form fields and PDF upload type and size"),
            },
        )
    )
    # Holds the submitted applications and uploaded documents for the agent.
    doc_store = tm.add(
        tg.DataStore(
            "Onboarding document store",
            stores={application, bank_details, bank_letter},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Shared mailbox where suppliers send changes to their settlement details.
    mailbox = tm.add(tg.DataStore("Supplier-updates mailbox", stores={change_email}))
    # The LLM agent that runs the checks and writes the vendor records.
    agent = tm.add(
        tg.Agent(
            "Supplier onboarding agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Processes each new application and each supplier update e-mail.",
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    # Calls the register API and the sanctions service for a supplier.
    lookup_tool = tm.add(
        tg.Tool("Due-diligence lookup tool", capabilities={"read", "network-egress"})
    )
    # Creates a new vendor in the ERP, with a payment block until it is released.
    create_tool = tm.add(
        tg.Tool(
            "ERP vendor creation tool",
            capabilities={"write"},
            controls={
                c.HumanInTheLoop(
                    approver="procurement officer",
                    note="new vendors are payment-blocked until released in the ERP",
                )
            },
        )
    )
    # Changes the settlement account on an existing vendor from an update e-mail.
    update_tool = tm.add(tg.Tool("ERP bank details update tool", capabilities={"write"}))

with tm.boundary("ERP", trust=tg.Trust.RESTRICTED):
    # The ERP's procurement and vendor API; records change documents.
    erp = tm.add(
        tg.Service(
            "ERP vendor management",
            controls={c.RBAC(), c.AuditLogging(note="ERP change documents")},
        )
    )
    # The vendor master, including the settlement account each vendor is paid to.
    vendor_master = tm.add(tg.DataStore("Vendor master data", stores={vendor_record, bank_details}))
    # The weekly accounts-payable run that pays open invoices to the vendor master accounts.
    ap_run = tm.add(tg.Service("Accounts payable payment run"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews and releases new vendors in the ERP.
    officer = tm.add(
        tg.Actor(
            "Procurement officer",
            role="procurement",
            controls={c.Authentication(method="SSO with MFA")},
        )
    )

# ---------------------------------------------------------------- flows
# onboarding
tm.flow(supplier, portal, application, bank_details, bank_letter, protocol="https")
tm.flow(portal, supplier, status, protocol="https")
tm.flow(portal, doc_store, application, bank_details, bank_letter)
tm.flow(doc_store, agent, application, bank_details, bank_letter, label="new application")

# updates by e-mail
tm.flow(supplier, mailbox, change_email, protocol="smtp")
tm.flow(mailbox, agent, change_email, protocol="https", label="mailbox API")

# the agent's model
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# due diligence
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, agent, lookup_result)
tm.flow(lookup_tool, register_api, lookup_call, protocol="https")
tm.flow(register_api, lookup_tool, register_extract, protocol="https")
tm.flow(lookup_tool, sanctions, lookup_call, protocol="https")
tm.flow(sanctions, lookup_tool, sanctions_result, protocol="https")

# vendor master maintenance
tm.flow(agent, create_tool, vendor_call)
tm.flow(create_tool, agent, erp_response)
tm.flow(create_tool, erp, vendor_record, bank_details, protocol="https")
tm.flow(erp, create_tool, erp_response, protocol="https")
tm.flow(agent, update_tool, vendor_call)
tm.flow(update_tool, agent, erp_response)
tm.flow(update_tool, erp, bank_details, protocol="https")
tm.flow(erp, update_tool, erp_response, protocol="https")
tm.flow(erp, vendor_master, vendor_record, bank_details)
tm.flow(vendor_master, erp, vendor_record, bank_details)
tm.flow(erp, officer, vendor_record, protocol="https", label="vendors awaiting release")
tm.flow(officer, erp, vendor_release, protocol="https")

# paying
tm.flow(vendor_master, ap_run, bank_details)
tm.flow(ap_run, bank, payment_file, protocol="sftp")
tm.flow(bank, ap_run, bank_statement, protocol="sftp")
