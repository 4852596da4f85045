"""Municipal chatbot with a payment tool: the first design, before any security review.

A city council puts a chat assistant on its public website. Residents ask it about
bins, planning, parking and council tax; it answers from the council's own web pages,
indexed into a vector store, using a language model hosted by a vendor. When a resident
gives a penalty charge notice number and vehicle registration, or a council tax account
number and postcode, a lookup tool reads the balance due from the parking contractor's
back office or the council's revenues system. A payment tool then opens a session with
the council's card payment provider, and the resident pays on the provider's hosted page,
so card numbers never reach council systems; the tool polls for the outcome and posts the
payment to the record. The assistant runs in the council's cloud tenancy; the revenues
system stays in the council's data centre behind a site-to-site VPN. Controls in this
design: a per-session rate limit on the chat API, a step cap on the agent, the vendor's
content filter, the reference-and-detail check on lookups, the payment API key in the
cloud key vault, encrypted transcript storage and staff sign-in with MFA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Municipal chatbot with payment tool",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description="Council website assistant that answers residents and takes payments "
    "for parking fines and council tax.",
)

# ---------------------------------------------------------------- data assets
message = tg.Data("Resident message", sensitivity="pii", kind="prompt")
reply = tg.Data("Chatbot reply", sensitivity="pii", kind="model-output")
prompt = tg.Data(
    "LLM prompt with context",
    sensitivity="pii",
    kind="prompt",
    description="System prompt, conversation so far, retrieved page chunks and tool results.",
)
completion = tg.Data(
    "LLM completion",
    sensitivity="pii",
    kind="model-output",
    description="The next answer, or the tool call the model chooses.",
)
pages = tg.Data("Council web pages", sensitivity="public", kind="documents")
chunks = tg.Data("Indexed page chunks", sensitivity="public", kind="retrieved-context")
lookup_call = tg.Data(
    "Account lookup request",
    sensitivity="pii",
    kind="tool-call",
    description="PCN number and vehicle registration, or council tax account number and postcode.",
)
balance = tg.Data("Balance due summary", sensitivity="pii", kind="tool-result")
pcn_records = tg.Data(
    "Penalty charge notice records",
    sensitivity="pii",
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
ctax_accounts = tg.Data(
    "Council tax accounts",
    sensitivity="pii",
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_call = tg.Data(
    "Payment request",
    sensitivity="pii",
    kind="tool-call",
    description="Record reference and the amount the resident wants to pay.",
)
payment_result = tg.Data("Payment link and outcome", sensitivity="pii", kind="tool-result")
session_request = tg.Data(
    "Payment session request",
    sensitivity="pii",
    kind="records",
    description="Reference, amount, description and return URL sent to the provider.",
)
payment_status = tg.Data("Payment status", sensitivity="confidential", kind="records")
card_details = tg.Data(
    "Card details",
    sensitivity="regulated",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
posting = tg.Data("Payment posting", sensitivity="pii", kind="records")
transcripts = tg.Data("Chat transcripts", sensitivity="pii", kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust="untrusted"):
    # Anyone on the council website can open the chat; no sign-in is asked.
    resident = tm.add(tg.Actor("Resident", role="member of the public"))

with tm.boundary("LLM vendor", trust="partner"):
    # The model that writes answers and chooses tool calls; hosted by the vendor.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin="third-party-api",
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("Payment service provider", trust="partner"):
    # Card payments happen on the provider's hosted page, keeping card data out of scope.
    psp = tm.add(
        tg.ExternalService(
            "Card payment provider",
            description="Hosted payment pages and a payments API used across the council.",
        )
    )

with tm.boundary("Parking contractor", trust="partner"):
    # The enforcement contractor's hosted back office holds the PCNs it issues.
    parking = tm.add(
        tg.DataStore(
            "Parking enforcement system",
            stores={pcn_records},
            description="Contractor-hosted PCN back office with a REST API for the council.",
        )
    )

with tm.boundary("Council cloud tenancy", trust="internal"):
    # The public API the website's chat widget calls.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose="api",
            internet_facing=True,
            controls={
                c.RateLimiting(requests_per_minute=30, note="per chat session, at the gateway")
            },
        )
    )
    # Runs the conversation: retrieves pages, calls the LLM and the tools it picks.
    agent = tm.add(
        tg.Agent(
            "Council assistant agent",
            autonomy="autonomous",
            controls={c.CircuitBreaker(max_steps=10)},
        )
    )
    # Index of the council's public pages the agent answers from.
    index = tm.add(tg.VectorStore("Council pages index", stores={chunks}))
    # Re-indexes the website every night.
    indexer = tm.add(tg.Pipeline("Nightly page indexing", stage="ingestion"))
    # Reads the balance due for a PCN or a council tax account.
    lookup = tm.add(
        tg.Tool(
            "Account lookup tool",
            capabilities={"read"},
            controls={
                c.Authentication(
                    method="PCN number and vehicle registration, or council tax account "
                    "number and postcode, matched to the record"
                )
            },
        )
    )
    # Opens a payment session, polls the outcome and posts it to the record.
    payments = tm.add(
        tg.Tool(
            "Payment tool",
            capabilities={"write", "money-movement"},
            description="Creates a payment for the reference and amount in the agent's call "
            "and returns the hosted payment link.",
            controls={c.SecretsManagement(note="provider API key in the cloud key vault")},
        )
    )
    # Keeps every conversation for complaints and service improvement.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Lets contact centre staff read transcripts and pick up escalations.
    console = tm.add(
        tg.Service(
            "Contact centre console",
            controls={c.Authentication(method="Entra ID single sign-on with MFA")},
        )
    )

with tm.boundary("Council data centre", trust="restricted"):
    # The system of record for council tax bills, balances and payments.
    revenues = tm.add(
        tg.DataStore(
            "Council tax revenues system",
            stores={ctax_accounts},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )

with tm.boundary("Council website", trust="internal"):
    # The council's own published pages, the source of the assistant's answers.
    website = tm.add(tg.DataSource("Council website", origin="internal", provides={pages}))

with tm.boundary("Council corporate network", trust="internal"):
    # Reviews transcripts and handles conversations the bot cannot finish.
    advisor = tm.add(tg.Actor("Contact centre advisor", role="council staff"))

# ---------------------------------------------------------------- flows
tm.flow(resident, chat_api, message, protocol="https")
tm.flow(chat_api, resident, reply, protocol="https")
tm.flow(chat_api, agent, message)
tm.flow(agent, chat_api, reply)

tm.flow(agent, index, message, label="similarity query")
tm.flow(index, agent, chunks, label="retrieved pages")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(website, indexer, pages, protocol="https", label="nightly crawl")
tm.flow(indexer, index, chunks)

tm.flow(agent, lookup, lookup_call)
tm.flow(lookup, agent, balance)
tm.flow(lookup, parking, lookup_call, protocol="https")
tm.flow(parking, lookup, pcn_records, protocol="https")
tm.flow(lookup, revenues, lookup_call, protocol="https", label="over site-to-site VPN")
tm.flow(revenues, lookup, ctax_accounts, protocol="https", label="over site-to-site VPN")

tm.flow(agent, payments, payment_call)
tm.flow(payments, agent, payment_result)
tm.flow(payments, psp, session_request, protocol="https", label="create payment")
tm.flow(psp, payments, payment_status, protocol="https", label="payment link and status poll")
tm.flow(resident, psp, card_details, protocol="https", label="hosted payment page")
tm.flow(payments, parking, posting, protocol="https", label="record PCN payment")
tm.flow(payments, revenues, posting, protocol="https", label="record council tax payment")

tm.flow(agent, transcript_store, transcripts)
tm.flow(transcript_store, console, transcripts)
tm.flow(console, advisor, transcripts, protocol="https")
