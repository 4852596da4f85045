"""Marine cargo insurance renewals: the first design, before any security review.

A marine insurance broker uses an LLM agent to prepare its clients' annual cargo
insurance renewals. For each policy coming up for renewal the agent e-mails the
client (a shipper's risk or logistics manager) from the broker's renewals
mailbox, asking for the past year's shipping volumes, routes and values, and
reads the replies and their spreadsheet or PDF attachments. It then asks insurers
for quotes through the APIs of their trading portals, and writes a renewal
proposal with the premiums and the broker's client-money bank details for
payment. A broker reviews the proposal and sends it; binding cover on the
insurer's portal is done only by a broker. Client and policy records live in the
broker's CRM. Everything runs in the broker's cloud tenancy; the model is a
vendor-hosted LLM. Brokers sign in with SSO and MFA, insurer API keys are held in
a vault, and the CRM uses role-based access and encrypted storage.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Marine cargo insurance broker renewal agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that gathers shipping volumes, gets insurer quotes and drafts renewal proposals.",
)

# ---------------------------------------------------------------- data assets
renewal_request = tg.Data(
    "Renewal information request e-mail",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    description="Asks the client for shipping volumes, routes, commodities and values.",
)
client_reply = tg.Data(
    "Client reply with attachments",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    description="Free-text reply plus declarations, spreadsheets and PDFs of shipments.",
)
client_records = tg.Data(
    "Client and policy records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Contacts, policy wordings, sums insured, claims history, renewal dates.",
)
bank_details = tg.Data(
    "Broker client-money bank details",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Account name, sort code and account number that clients pay premiums into.",
)
prompt = tg.Data("Agent prompt and context", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="prompt")
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output")
mail_call = tg.Data("Mailbox tool call", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-call")
mail_result = tg.Data(
    "Mailbox tool result", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-result"
)
crm_call = tg.Data("CRM tool call", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-call")
crm_result = tg.Data("CRM tool result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
quote_request = tg.Data(
    "Quote request",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="tool-call",
    description="Risk details and declared volumes sent to an insurer for pricing.",
)
insurer_quote = tg.Data(
    "Insurer quote",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="tool-result",
    description="Premium, deductibles, conditions and quote reference from an insurer.",
)
insurer_api_key = tg.Data(
    "Insurer portal API keys", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
proposal_draft = tg.Data(
    "Renewal proposal",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Quotes compared, recommended insurer, premiums and payment instructions.",
)
bind_instruction = tg.Data(
    "Bind cover instruction", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
bind_confirmation = tg.Data(
    "Cover confirmation", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="documents"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The shipper's risk or logistics manager who supplies volumes and receives the proposal.
    client = tm.add(tg.Actor("Client risk manager", role="client"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # The broker's hosted mailbox service; the renewals mailbox lives here.
    mail = tm.add(
        tg.ExternalService(
            "Hosted mail service",
            description="Microsoft 365 tenant holding the shared renewals mailbox.",
        )
    )

with tm.boundary("Insurer portals", trust=tg.Trust.PARTNER):
    # Insurers' trading portals: the agent asks for quotes, brokers bind cover.
    insurers = tm.add(
        tg.ExternalService(
            "Insurer trading portal APIs",
            description="Quote and bind APIs of the insurers on the broker's panel.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model that reads the mail and drafts the proposal.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API, no training on our data.",
        )
    )

with tm.boundary("Broker cloud tenancy", trust=tg.Trust.INTERNAL):
    # Orchestrates each renewal from request to draft proposal.
    agent = tm.add(
        tg.Agent(
            "Renewal agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Runs one renewal case at a time; the broker reviews and sends the proposal.",
            controls={
                c.HumanInTheLoop(approver="the account broker reviews and sends every proposal"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Reads the renewals mailbox and sends the information requests to clients.
    mail_tool = tm.add(
        tg.Tool(
            "Mailbox tool",
            capabilities={"read", "send-messages"},
            description="Reads replies and attachments, sends information requests and chasers.",
        )
    )
    # Looks up client and policy records and notes renewal progress.
    crm_tool = tm.add(
        tg.Tool(
            "CRM tool",
            capabilities={"read", "write"},
            controls={c.LeastPrivilegeTools(note="service account limited to the renewals module")},
        )
    )
    # Sends quote requests to insurers' portals and returns their quotes.
    quote_tool = tm.add(
        tg.Tool(
            "Insurer quote tool",
            capabilities={"read", "network-egress"},
            description="Quote endpoints only; the bind endpoints are not wired in.",
            controls={c.SecretsManagement(note="insurer API keys held in the cloud key vault")},
        )
    )
    # Renders the proposal from the broker template into the proposal library.
    proposal_tool = tm.add(
        tg.Tool(
            "Proposal writer",
            capabilities={"write"},
            description="Fills the broker's proposal template, including the payment section.",
        )
    )
    # System of record for clients, policies and the firm's payment details.
    crm = tm.add(
        tg.DataStore(
            "Broker CRM",
            stores={client_records, bank_details},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Where draft and final proposals are kept for review.
    proposals = tm.add(
        tg.DataStore(
            "Proposal library",
            stores={proposal_draft, client_reply},
            controls={c.RBAC()},
        )
    )

with tm.boundary("Broker office", trust=tg.Trust.INTERNAL):
    # Reviews and sends proposals, and is the only one who binds cover.
    broker = tm.add(
        tg.Actor(
            "Account broker",
            role="account broker",
            privileged=True,
            controls={c.Authentication(method="Entra ID SSO with MFA")},
        )
    )

# ---------------------------------------------------------------- flows
# Client correspondence goes through the hosted mailbox.
tm.flow(mail, client, renewal_request, proposal_draft, protocol="smtp+starttls")
tm.flow(client, mail, client_reply, protocol="smtp+starttls")
tm.flow(mail_tool, mail, mail_call, renewal_request, protocol="https", label="Graph API")
tm.flow(mail, mail_tool, client_reply, protocol="https", label="Graph API")
tm.flow(agent, mail_tool, mail_call, renewal_request)
tm.flow(mail_tool, agent, mail_result, client_reply)

# The agent's reasoning.
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# Client and policy records.
tm.flow(agent, crm_tool, crm_call)
tm.flow(crm_tool, agent, crm_result, client_records, bank_details)
tm.flow(crm_tool, crm, crm_call, label="renewal status notes")
tm.flow(crm, crm_tool, client_records, bank_details)

# Quotes from insurers.
tm.flow(agent, quote_tool, quote_request)
tm.flow(quote_tool, agent, insurer_quote)
tm.flow(quote_tool, insurers, quote_request, insurer_api_key, protocol="https")
tm.flow(insurers, quote_tool, insurer_quote, protocol="https")

# The proposal, its review and sending, and binding.
tm.flow(agent, proposal_tool, proposal_draft)
tm.flow(proposal_tool, proposals, proposal_draft, client_reply)
tm.flow(proposals, broker, proposal_draft, client_reply, protocol="https", label="review")
tm.flow(broker, proposals, proposal_draft, protocol="https", label="edits and marks final")
tm.flow(broker, mail, proposal_draft, protocol="https", label="sends proposal from Outlook")
tm.flow(broker, insurers, bind_instruction, protocol="https", label="binds cover on the portal")
tm.flow(insurers, broker, bind_confirmation, protocol="https")
tm.flow(broker, crm, client_records, protocol="https", label="records bound policy")
