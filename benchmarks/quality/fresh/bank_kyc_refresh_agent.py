"""KYC refresh agent for business customers: the first design, before any security review.

An EU bank must refresh the know-your-customer file of each business customer
on a risk-based cycle. An LLM agent, started nightly by the bank's job
scheduler, works through the files that are due: it pulls company data from
public company registries, screens the company, its directors and beneficial
owners against the sanctions lists, and e-mails the customer from the KYC team
mailbox to ask for missing documents. It reads the replies and their attachments
(extracted by a document parser) and writes a proposed updated risk rating with
its reasoning into the case management system, where a compliance analyst
approves or rejects it; only an approved rating reaches the KYC file.
The model is a hosted LLM in the bank's cloud tenant. Controls in this design:
analyst approval of ratings, SSO and roles on case management, attachment
antivirus at the mail gateway, encrypted and audited KYC storage.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "KYC refresh agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Agent that refreshes business customers' KYC files and proposes risk ratings "
    "for analyst approval.",
)

# ---------------------------------------------------------------- data assets
kyc_file = tg.Data(
    "KYC file",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Company details, directors, beneficial owners, ID documents, risk rating.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
registry_extract = tg.Data(
    "Company registry extract", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC
)
registry_query = tg.Data("Registry query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
sanctions_lists = tg.Data(
    "Sanctions lists",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
screening_request = tg.Data("Screening request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
screening_result = tg.Data(
    "Screening result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
doc_request = tg.Data(
    "Document request e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Written by the agent; names the missing documents and the deadline.",
)
reply = tg.Data(
    "Customer reply and attachments",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text e-mail plus PDFs and scans: registry extracts, ID copies, "
    "ownership charts.",
)
extracted = tg.Data("Extracted document text", kind="tool-result", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the KYC file, tool results and the customer's reply.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
proposal = tg.Data(
    "Proposed risk rating",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Rating, reasoning and the evidence it relied on.",
)
decision = tg.Data(
    "Approved risk rating",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The business customer's contact person, who answers the document requests.
    customer = tm.add(tg.Actor("Business customer contact", role="customer"))
    # Official company registries (public APIs) queried for current company data.
    registries = tm.add(
        tg.ExternalService("Company registries", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Screening data vendor", trust=tg.Trust.PARTNER):
    # Consolidated sanctions and watch lists, delivered daily.
    sanctions_feed = tm.add(
        tg.DataSource("Sanctions list feed", origin=tg.Origin.VENDOR, provides={sanctions_lists})
    )

with tm.boundary("Cloud AI tenant", trust=tg.Trust.PARTNER):
    # The hosted model the agent reasons with; the provider was reviewed by procurement.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="no training on our data, EU region")},
        )
    )

with tm.boundary("Bank DMZ", trust=tg.Trust.INTERNAL):
    # Receives and sends all external e-mail; scans attachments for malware.
    mail_gateway = tm.add(
        tg.Service(
            "Mail gateway",
            internet_facing=True,
            controls={c.VulnerabilityScanning(note="antivirus on inbound attachments")},
        )
    )

with tm.boundary("Bank private cloud", trust=tg.Trust.INTERNAL):
    # The agent: plans each refresh, calls the tools, drafts e-mails and proposals.
    agent = tm.add(
        tg.Agent(
            "KYC refresh agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="compliance analyst"),
                c.SecretsManagement(note="tool and LLM credentials from the vault"),
                c.AuditLogging(retention_days=3650),
            },
        )
    )
    # Looks a company up by registration number in the public registries.
    registry_tool = tm.add(tg.Tool("Registry lookup tool", capabilities={"read", "network-egress"}))
    # Screens names against the sanctions lists it holds.
    screening_tool = tm.add(tg.Tool("Sanctions screening tool", capabilities={"read"}))
    # Sends from and reads the KYC team's shared mailbox.
    mail_tool = tm.add(tg.Tool("Mailbox tool", capabilities={"read", "send-messages"}))
    # Turns attachments (PDF, scans) into text for the agent.
    parser = tm.add(tg.Service("Document parser", description="OCR and PDF text extraction."))
    # Reads KYC files and writes the agent's proposals to the review queue.
    kyc_tool = tm.add(tg.Tool("KYC case tool", capabilities={"read", "write"}))

    with tm.boundary("KYC data zone", trust=tg.Trust.RESTRICTED):
        # System of record for the KYC files.
        kyc_store = tm.add(
            tg.DataStore(
                "KYC file store",
                stores={kyc_file, reply},
                controls={
                    c.EncryptionAtRest(key_management="bank HSM"),
                    c.RBAC(),
                    c.AuditLogging(retention_days=3650),
                },
            )
        )

with tm.boundary("Compliance office", trust=tg.Trust.INTERNAL):
    # Review queue where analysts approve or reject proposed ratings.
    case_mgmt = tm.add(
        tg.Service(
            "Case management system",
            controls={c.Authentication(method="bank SSO with MFA"), c.RBAC(), c.AuditLogging()},
        )
    )
    # Accountable for every rating change.
    analyst = tm.add(tg.Actor("Compliance analyst", role="compliance"))

# ---------------------------------------------------------------- flows
tm.flow(kyc_store, kyc_tool, kyc_file)
tm.flow(kyc_tool, agent, kyc_file, label="files due for refresh")

tm.flow(agent, registry_tool, registry_query)
tm.flow(registry_tool, registries, registry_query, protocol="https")
tm.flow(registries, registry_tool, registry_extract, protocol="https")
tm.flow(registry_tool, agent, registry_extract)

tm.flow(sanctions_feed, screening_tool, sanctions_lists, protocol="sftp")
tm.flow(agent, screening_tool, screening_request)
tm.flow(screening_tool, agent, screening_result)

tm.flow(agent, mail_tool, doc_request)
tm.flow(mail_tool, mail_gateway, doc_request)
tm.flow(mail_gateway, customer, doc_request, protocol="smtp+starttls")
tm.flow(customer, mail_gateway, reply, protocol="smtp+starttls")
tm.flow(mail_gateway, mail_tool, reply)
tm.flow(mail_tool, parser, reply, label="attachments")
tm.flow(parser, mail_tool, extracted)
tm.flow(mail_tool, agent, reply, extracted)
tm.flow(mail_tool, kyc_store, reply, label="archive documents")

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, kyc_tool, proposal)
tm.flow(kyc_tool, case_mgmt, proposal)
tm.flow(case_mgmt, analyst, proposal, protocol="https")
tm.flow(analyst, case_mgmt, decision, protocol="https")
tm.flow(case_mgmt, kyc_store, decision, label="approved ratings only")
