"""Priority services register agent for an energy utility: the first design, before any security review.

The utility must keep a priority services register (PSR) of customers in vulnerable
circumstances (medical equipment at home, disability, old age, young children) and share
it with the electricity network operators so they can warn and support these customers
during power cuts. In this design an LLM agent in our PSR platform reads new call notes
from the CRM and referrals that charities, councils and health visitors send through the
partner referral portal, asks a hosted LLM to extract the customer's needs codes, and adds or
updates register entries through a PSR update tool; removals wait for a PSR analyst.
A nightly exchange job sends each network operator the entries in its area over SFTP and
takes back the additions the operators report. Controls: partner accounts and TLS on the
portal, role-based access and encryption on the register, needs codes checked against the
industry list, an audit trail of the agent's actions, and a reviewed LLM vendor contract.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Utility vulnerable customer priority register agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that maintains the priority services register from call notes and referrals and shares it with network operators.",
)

# ---------------------------------------------------------------- data assets
disclosure = tg.Data(
    "Customer disclosure of circumstances",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="What the customer says on the call about health, disability or household.",
)
call_notes = tg.Data(
    "Contact-centre call notes",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Free-text notes the adviser types, often naming conditions and medical equipment.",
)
account = tg.Data(
    "Customer account details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, supply address, MPAN, phone numbers and contact preferences.",
)
referral = tg.Data(
    "Partner referral",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Referral form with the customer's details, needs and a free-text note from the referrer.",
)
dno_updates = tg.Data(
    "Network operator PSR additions",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Customers the network operator has registered directly, with their needs codes.",
)
prompt = tg.Data(
    "Extraction prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions plus the call note or referral text and the account details.",
)
completion = tg.Data(
    "Extracted needs codes",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The LLM's proposed needs codes, contact preferences and temporary end dates.",
)
lookup_call = tg.Data("Customer lookup request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
lookup_result = tg.Data(
    "Customer lookup result", kind="tool-result", sensitivity=tg.Sensitivity.REGULATED
)
update_call = tg.Data("PSR update request", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED)
update_result = tg.Data(
    "PSR update result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
psr_entry = tg.Data(
    "PSR entry",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Customer, supply point, needs codes (e.g. dialysis, oxygen, stair lift), nominee and password scheme.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
dno_extract = tg.Data(
    "Network operator PSR extract",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The PSR entries on that operator's network, in the industry data-flow format.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
removal_proposal = tg.Data(
    "Proposed PSR removal", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
removal_approval = tg.Data("Removal approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
audit_trail = tg.Data(
    "Agent audit trail",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Each source text, the extracted codes and the tool calls made.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # The customer, who tells the contact centre about their circumstances.
    customer = tm.add(tg.Actor("Customer", role="household customer"))

with tm.boundary("Referral partners", trust=tg.Trust.PARTNER):
    # Charity, council and health-visitor staff who refer customers to the PSR.
    caseworker = tm.add(tg.Actor("Partner caseworker", role="referrer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Does the reading of free text; called with our API key.
    llm = tm.add(
        tg.LLM(
            "Hosted extraction LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model behind the vendor's API, UK region.",
            controls={
                c.SupplierAssessment(
                    note="DPA signed; no training on our data, 30-day abuse retention"
                )
            },
        )
    )

with tm.boundary("Network operators", trust=tg.Trust.PARTNER):
    # The distribution network operators who act on the register during outages.
    dno = tm.add(
        tg.ExternalService(
            "Distribution network operator",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Each regional operator's PSR data exchange SFTP server.",
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Takes the calls and writes the notes the agent reads.
    adviser = tm.add(tg.Actor("Contact-centre adviser", role="customer service"))
    # Reviews removals the agent proposes and handles exceptions.
    analyst = tm.add(tg.Actor("PSR analyst", role="PSR team"))
    # The existing CRM: customer accounts and call notes.
    crm = tm.add(
        tg.DataStore(
            "Customer CRM",
            stores={account, call_notes},
            controls={c.RBAC()},
        )
    )

with tm.boundary("PSR platform", trust=tg.Trust.INTERNAL):
    # Where partners submit referrals.
    portal = tm.add(
        tg.Endpoint(
            "Partner referral portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="per-organisation accounts with e-mail and password"),
                c.InputValidation(note="web form with required fields"),
            },
        )
    )
    # Holds referrals and operator additions until the agent processes them.
    queue = tm.add(tg.DataStore("Referral and update queue", stores={referral, dno_updates}))
    # The agent this design introduces.
    agent = tm.add(
        tg.Agent(
            "PSR maintenance agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Reads each new call note, referral or operator addition, extracts needs codes and updates the register.",
            controls={
                c.HumanInTheLoop(
                    approver="PSR analyst",
                    note="removals only; additions and needs-code changes are applied directly",
                ),
            },
        )
    )
    # Lets the agent find the customer's account and recent call notes.
    lookup_tool = tm.add(
        tg.Tool(
            "CRM customer lookup tool",
            capabilities={"read"},
            description="Searches the CRM by name, address or account number.",
        )
    )
    # The agent's only way to change the register.
    update_tool = tm.add(
        tg.Tool(
            "PSR update tool",
            capabilities={"read", "write"},
            controls={
                c.SchemaEnforcement(note="needs codes must be on the industry needs-code list")
            },
        )
    )
    # Records what the agent read, decided and changed.
    audit_log = tm.add(
        tg.DataStore(
            "Agent audit log",
            stores={audit_trail},
            controls={c.AuditLogging(retention_days=730)},
        )
    )
    # Sends each operator its extract and takes back their additions.
    exchange = tm.add(
        tg.Service(
            "Nightly PSR exchange job",
            controls={c.SecretsManagement(note="SFTP keys in the platform vault")},
        )
    )

    with tm.boundary("Register data tier", trust=tg.Trust.RESTRICTED):
        # The register itself: the system of record for priority services.
        psr = tm.add(
            tg.DataStore(
                "Priority services register",
                stores={psr_entry},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(customer, adviser, disclosure, protocol="phone")
tm.flow(adviser, crm, call_notes, account, protocol="https")
tm.flow(crm, agent, call_notes, label="new call notes tagged for PSR")

tm.flow(
    caseworker,
    portal,
    referral,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(portal, queue, referral)
tm.flow(queue, agent, referral, dno_updates)

tm.flow(agent, lookup_tool, lookup_call)
tm.flow(crm, lookup_tool, account, call_notes)
tm.flow(lookup_tool, agent, lookup_result)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, update_tool, update_call)
tm.flow(update_tool, psr, psr_entry)
tm.flow(psr, update_tool, psr_entry, label="current entry")
tm.flow(update_tool, agent, update_result)

tm.flow(agent, analyst, removal_proposal, protocol="https", label="review queue")
tm.flow(analyst, agent, removal_approval, protocol="https")
tm.flow(agent, audit_log, audit_trail)

tm.flow(psr, exchange, psr_entry, label="nightly export")
tm.flow(exchange, dno, dno_extract, protocol="sftp")
tm.flow(dno, exchange, dno_updates, protocol="sftp")
tm.flow(exchange, queue, dno_updates)
