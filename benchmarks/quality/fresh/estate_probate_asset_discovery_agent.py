"""Estate asset discovery agent: the first design, before any security review.

A probate firm takes instructions from the executors of deceased clients. Once the
executor has uploaded the death certificate, the will or grant of probate and a
signed letter of authority through the client portal, a solicitor opens an asset
discovery run on the matter. An LLM agent, running in the firm's cloud tenancy and
calling a hosted model, reads the matter file and the authority documents, then
searches the bank and building society bereavement search service, the pension
tracing service and the share registrars on the executor's authority, using the
firm's API accounts with each register. It writes an asset schedule back to the
case management system and drafts notification and valuation letters, which the
solicitor reviews and sends. Executors sign in with a password and an SMS code;
staff use the firm's directory with role-based access. The register API keys are
held in a vault, and the model vendor was vetted under the firm's supplier process.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Estate asset discovery agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Finds a deceased client's bank, pension and shareholdings on the "
    "executor's authority and drafts the letters for the solicitor.",
)

# ---------------------------------------------------------------- data assets
authority_docs = tg.Data(
    "Executor authority documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Death certificate, will or grant of probate, executor ID and the "
    "signed letter of authority.",
)
matter = tg.Data(
    "Probate matter details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Deceased's name, date of birth, last addresses, NI number, known "
    "accounts; executor and beneficiary contact details.",
)
progress = tg.Data("Matter progress summary", kind="records", sensitivity=tg.Sensitivity.PII)
instructions = tg.Data(
    "Discovery run request",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The solicitor's request to start or refine a search on a matter.",
)
prompt = tg.Data(
    "Agent prompt with matter context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, matter details, text read from the authority documents "
    "and the register results so far.",
)
completion = tg.Data("Model completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
search_call = tg.Data(
    "Register search request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Which register to search and the deceased's identifying details.",
)
register_query = tg.Data(
    "Register search submission",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The deceased's details plus the executor's authority, as each register requires.",
)
register_hits = tg.Data(
    "Register search results",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Accounts, pension schemes and holdings found, with references and balances.",
)
search_result = tg.Data(
    "Register search tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
asset_schedule = tg.Data(
    "Estate asset schedule",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
letter_call = tg.Data("Letter drafting request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
draft_letters = tg.Data(
    "Draft notification letters",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Letters to banks, pension schemes and registrars notifying the death "
    "and asking for date-of-death valuations.",
)
api_keys = tg.Data(
    "Register service API keys",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The lay executor (often a relative) instructing the firm from home.
    executor = tm.add(tg.Actor("Executor", role="client"))

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed, zero data retention tier")},
        )
    )

with tm.boundary("Asset registers", trust=tg.Trust.PARTNER):
    # Industry service that searches participating banks and building societies.
    bank_search = tm.add(
        tg.ExternalService("Bank bereavement search service", provides="data-provider")
    )
    # Traces workplace and personal pensions from employer and scheme details.
    pension_trace = tm.add(tg.ExternalService("Pension tracing service", provides="data-provider"))
    # Registrars' unclaimed-shareholding search across the companies they administer.
    share_search = tm.add(tg.ExternalService("Share registrar search", provides="data-provider"))

with tm.boundary("Firm cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where executors upload documents and follow the matter's progress.
    portal = tm.add(
        tg.Endpoint(
            "Client portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password with SMS code")},
        )
    )
    # The firm's system of record for probate matters.
    case_db = tm.add(
        tg.DataStore(
            "Case management system",
            stores={matter, asset_schedule, progress},
            controls={
                c.RBAC(),
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.AuditLogging(),
            },
        )
    )
    # Uploaded authority documents and the agent's draft letters.
    doc_store = tm.add(
        tg.DataStore(
            "Matter document store",
            stores={authority_docs, draft_letters},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Plans the searches, reads the results and writes the schedule and drafts.
    agent = tm.add(
        tg.Agent(
            "Asset discovery agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="supervising solicitor",
                    note="every drafted letter is reviewed and sent by the solicitor; "
                    "register searches run without approval",
                ),
                c.CircuitBreaker(max_steps=40),
            },
        )
    )
    # Submits searches to the registers with the firm's accounts.
    search_tool = tm.add(
        tg.Tool(
            "Register search tool",
            capabilities={"read", "network-egress"},
            origin="first-party",
        )
    )
    # Fills the firm's letter templates and saves them as drafts on the matter.
    letter_tool = tm.add(
        tg.Tool("Letter drafting tool", capabilities={"write"}, origin="first-party")
    )
    # Holds the firm's API keys for the register services.
    vault = tm.add(tg.DataStore("Key vault", stores={api_keys}, controls={c.SecretsManagement()}))

with tm.boundary("Firm office network", trust=tg.Trust.INTERNAL):
    # Fee earner who runs the matter and signs off every letter.
    solicitor = tm.add(
        tg.Actor(
            "Probate solicitor",
            role="fee earner",
            controls={c.Authentication(method="firm SSO with MFA")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(executor, portal, authority_docs, protocol="https", label="uploads authority")
tm.flow(portal, executor, progress, protocol="https")
tm.flow(portal, doc_store, authority_docs)
tm.flow(case_db, portal, progress)

tm.flow(solicitor, case_db, matter, protocol="https", label="opens matter")
tm.flow(solicitor, agent, instructions, protocol="https", label="starts discovery run")
tm.flow(case_db, agent, matter)
tm.flow(doc_store, agent, authority_docs)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, search_tool, search_call)
tm.flow(search_tool, agent, search_result)
tm.flow(vault, search_tool, api_keys)
tm.flow(doc_store, search_tool, authority_docs, label="attached as proof of authority")
for register in (bank_search, pension_trace, share_search):
    tm.flow(search_tool, register, register_query, authority_docs, protocol="https")
    tm.flow(register, search_tool, register_hits, protocol="https")

tm.flow(agent, case_db, asset_schedule, label="asset schedule")
tm.flow(agent, letter_tool, letter_call)
tm.flow(letter_tool, doc_store, draft_letters)
tm.flow(case_db, solicitor, asset_schedule, protocol="https")
tm.flow(doc_store, solicitor, draft_letters, protocol="https", label="review and send")
