"""Small-business insurance quote comparison agent: the first design, before review.

A UK insurance broker lets small businesses ask for commercial cover (public
liability, property, employers' liability) through a client portal web form. An
LLM agent, running on a vendor-hosted model, reads the submitted details, checks
the business against the public companies register, retrieves the insurers'
policy wordings from an index and requests quotes from several insurers' rating
APIs with the broker's API keys (held in a secrets manager). It then drafts a
side-by-side comparison. A licensed broker reviews and edits every draft in the
broker console (corporate SSO) before it is released to the client; when the
client accepts a quote in the portal, the broker binds cover through the
insurer's API from the console. Client accounts sign in with e-mail and password.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Insurance broker quote comparison agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An LLM agent gathers small-business details, collects insurer quotes and drafts a comparison.",
)

# ---------------------------------------------------------------- data assets
business_details = tg.Data(
    "Business details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Owner and director names, address, turnover, staff count, premises, claims history.",
)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the client's details, tool results and retrieved wordings.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
registry_query = tg.Data("Company lookup", kind="tool-call", sensitivity=tg.Sensitivity.PUBLIC)
registry_record = tg.Data(
    "Companies register record", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC
)
quote_request = tg.Data(
    "Quote request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="The risk details in each insurer's schema.",
)
insurer_request = tg.Data("Insurer rating request", kind="records", sensitivity=tg.Sensitivity.PII)
insurer_quote = tg.Data(
    "Insurer quote",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Premium, excess, limits, endorsements and quote reference.",
)
api_keys = tg.Data("Insurer API keys", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
wordings = tg.Data("Policy wordings", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)
wording_chunks = tg.Data(
    "Policy wording chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
wording_query = tg.Data("Wording search query", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
draft = tg.Data(
    "Draft comparison",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
approved = tg.Data("Approved comparison", kind="documents", sensitivity=tg.Sensitivity.PII)
acceptance = tg.Data("Client quote acceptance", kind="records", sensitivity=tg.Sensitivity.PII)
bind_request = tg.Data(
    "Bind request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
policy_confirmation = tg.Data(
    "Policy confirmation", kind="documents", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Small-business owner or office manager looking for cover.
    client = tm.add(tg.Actor("Small business client", role="client"))
    # Public companies register API (e.g. Companies House), used to check the business.
    companies_register = tm.add(
        tg.ExternalService("Companies register API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Insurer panel", trust=tg.Trust.PARTNER):
    # Several insurers' rating and binding APIs the broker has agencies with.
    insurer_apis = tm.add(
        tg.ExternalService(
            "Insurer quoting APIs",
            description="Five insurers' REST APIs for quote and bind, each with its own API key.",
        )
    )
    # Insurers publish policy wordings and product guides for brokers.
    wording_source = tm.add(
        tg.DataSource("Insurer policy wordings", origin=tg.Origin.PARTNER, provides={wordings})
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Broker cloud", trust=tg.Trust.INTERNAL):
    # The client-facing web form and quote pages.
    portal = tm.add(
        tg.Endpoint(
            "Client quote portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.InputValidation(note="form field types and required fields"),
                tg.controls.RateLimiting(requests_per_minute=60),
            },
        )
    )
    # Plans the lookups and quote calls and writes the comparison.
    agent = tm.add(
        tg.Agent(
            "Quote comparison agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={tg.controls.HumanInTheLoop(approver="licensed broker")},
        )
    )
    # Calls each insurer's rating API with the broker's keys.
    quote_tool = tm.add(
        tg.Tool(
            "Insurer quote tool",
            capabilities={"read", "network-egress"},
            controls={tg.controls.SecretsManagement()},
        )
    )
    # Looks up company number, status, directors and SIC codes.
    register_tool = tm.add(tg.Tool("Company lookup tool", capabilities={"read", "network-egress"}))
    # Retrieval index over insurers' wordings, for cover differences and exclusions.
    wording_index = tm.add(tg.VectorStore("Policy wording index", stores={wording_chunks}))
    # Chunks and embeds new wordings when insurers publish them.
    indexer = tm.add(tg.Pipeline("Wording indexing pipeline", stage=tg.Stage.INGESTION))
    # Client files, quotes, comparisons and bound policies.
    client_db = tm.add(
        tg.DataStore(
            "Client and quote database",
            stores={business_details, insurer_quote, draft, approved, policy_confirmation},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Where the licensed broker checks drafts and binds cover.
    console = tm.add(
        tg.Service(
            "Broker review console",
            controls={
                tg.controls.Authentication(method="corporate SSO (OIDC) with MFA"),
                tg.controls.AuditLogging(retention_days=2555),
            },
        )
    )

with tm.boundary("Broker office", trust=tg.Trust.INTERNAL):
    # FCA-authorised broker accountable for the advice and the placement.
    broker = tm.add(tg.Actor("Licensed broker", role="broker", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(client, portal, business_details, protocol="https")
tm.flow(portal, agent, business_details)
tm.flow(agent, client_db, business_details, insurer_quote, draft)
tm.flow(client_db, agent, business_details)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, register_tool, registry_query)
tm.flow(register_tool, companies_register, registry_query, protocol="https")
tm.flow(companies_register, register_tool, registry_record, protocol="https")
tm.flow(register_tool, agent, registry_record)

tm.flow(agent, quote_tool, quote_request)
tm.flow(quote_tool, insurer_apis, insurer_request, api_keys, protocol="https")
tm.flow(insurer_apis, quote_tool, insurer_quote, protocol="https")
tm.flow(quote_tool, agent, insurer_quote)

tm.flow(agent, wording_index, wording_query, label="similarity search")
tm.flow(wording_index, agent, wording_chunks)
tm.flow(wording_source, indexer, wordings, protocol="https", label="insurer publications")
tm.flow(indexer, wording_index, wording_chunks)

tm.flow(agent, console, draft, label="draft for review")
tm.flow(console, broker, draft, insurer_quote, protocol="https")
tm.flow(broker, console, approved, bind_request, protocol="https", label="approves, edits, binds")
tm.flow(console, client_db, approved, policy_confirmation)
tm.flow(console, portal, approved, policy_confirmation, label="released to client")
tm.flow(portal, client, approved, policy_confirmation, protocol="https")
tm.flow(client, portal, acceptance, protocol="https", id="client->portal:acceptance")
tm.flow(portal, console, acceptance)
tm.flow(console, insurer_apis, bind_request, api_keys, protocol="https", label="bind cover")
tm.flow(insurer_apis, console, policy_confirmation, protocol="https")
