"""Member tariff-switching agent for a community energy co-operative: the first design.

Members of an EU energy co-op chat with an LLM agent in the co-op's mobile app,
signed in with e-mail and password. With the member's recorded consent, the
agent reads their smart-meter usage from the national metering data platform,
compares it against tariffs that a scheduled job pulls from suppliers' price
feeds, and proposes the cheapest tariff. When the member taps Approve in the
app, the agent submits the switch request to the new supplier's switching API.
The agent also records members' dividend payouts and the bank details they give
for them in the membership system, which the membership officer works from.
The agent and its tools run in the co-op's cloud account; the LLM is a hosted
vendor API. Traffic is TLS, the app API is rate-limited, supplier and platform
API keys sit in a vault, and the membership system is encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Community energy co-op member switching agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that compares tariffs from members' smart-meter usage, "
    "submits approved switches and records dividend payouts and bank details.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Member chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
switch_approval = tg.Data(
    "Member switch approval",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The member's tap on Approve for the proposed tariff.",
)
member_login = tg.Data("Member login", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation, usage summary and tool results.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
usage_call = tg.Data("Usage lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
consent_ref = tg.Data(
    "Meter data consent reference",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Meter point number and the member's consent record id.",
)
usage = tg.Data(
    "Half-hourly smart-meter usage",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
tariff_query = tg.Data(
    "Tariff comparison call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
supplier_tariffs = tg.Data(
    "Supplier tariff prices", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
tariff_ranking = tg.Data(
    "Tariff comparison result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
switch_call = tg.Data("Switch submission call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
switch_request = tg.Data(
    "Supplier switch request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Member name, supply address, meter point number and chosen tariff.",
)
switch_confirmation = tg.Data("Switch confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
membership_call = tg.Data(
    "Membership update call", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
bank_details = tg.Data(
    "Member bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Account holder and IBAN for dividend payouts.",
)
payouts = tg.Data("Dividend payout records", kind="records", sensitivity=tg.Sensitivity.PII)
member_records = tg.Data(
    "Member records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Membership, supply address, meter point and consents.",
)
api_keys = tg.Data(
    "Supplier and platform API keys", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Co-op members, chatting in the mobile app.
    member = tm.add(tg.Actor("Member", role="co-op member"))

with tm.boundary("Energy industry partners", trust=tg.Trust.PARTNER):
    # National metering data platform; releases usage against a consent reference.
    meter_platform = tm.add(
        tg.DataSource("Smart-meter data platform", origin=tg.Origin.PARTNER, provides={usage})
    )
    # Suppliers' published tariff price feeds.
    price_feeds = tm.add(
        tg.DataSource("Supplier price feeds", origin=tg.Origin.PARTNER, provides={supplier_tariffs})
    )
    # Gaining supplier's API that accepts switch requests.
    switching_api = tm.add(tg.ExternalService("Supplier switching API"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model the agent reasons with.
    llm = tm.add(tg.LLM("Agent LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Co-op cloud account", trust=tg.Trust.INTERNAL):
    # Backend of the member app: sign-in, chat and approval screens.
    app_api = tm.add(
        tg.Endpoint(
            "Member app API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # The LLM agent: reads usage, compares tariffs, proposes and submits switches.
    agent = tm.add(
        tg.Agent(
            "Switching agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.CircuitBreaker(max_steps=20)},
        )
    )
    # Fetches a member's usage from the metering platform with their consent reference.
    usage_tool = tm.add(tg.Tool("Usage lookup tool", capabilities={"read"}))
    # Scores cached supplier tariffs against a member's usage profile.
    tariff_tool = tm.add(tg.Tool("Tariff comparison tool", capabilities={"read"}))
    # Submits the approved switch to the gaining supplier.
    switch_tool = tm.add(
        tg.Tool(
            "Switch submission tool",
            capabilities={"write", "network-egress"},
            controls={c.HumanInTheLoop(approver="the member, via Approve in the app")},
        )
    )
    # Writes dividend payouts and bank details to the membership system.
    membership_tool = tm.add(tg.Tool("Membership update tool", capabilities={"read", "write"}))
    # Scheduled job that pulls supplier price feeds into the tariff store.
    price_job = tm.add(tg.Service("Price feed import job"))
    # Current supplier tariffs, as imported.
    tariff_store = tm.add(tg.DataStore("Tariff store", stores={supplier_tariffs}))
    # Vault holding the keys for supplier and platform APIs.
    vault = tm.add(
        tg.DataStore("Secrets vault", stores={api_keys}, controls={c.SecretsManagement()})
    )

    with tm.boundary("Membership data", trust=tg.Trust.RESTRICTED):
        # System of record: members, consents, bank details and dividend payouts.
        membership = tm.add(
            tg.DataStore(
                "Membership system",
                stores={member_records, bank_details, payouts},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )

with tm.boundary("Co-op office", trust=tg.Trust.INTERNAL):
    # Staff member who runs membership and dividend administration.
    officer = tm.add(tg.Actor("Membership officer", role="membership officer"))

# ---------------------------------------------------------------- flows
tm.flow(member, app_api, chat_message, member_login, switch_approval, protocol="https")
tm.flow(app_api, member, agent_reply, protocol="https")
tm.flow(app_api, agent, chat_message, switch_approval)
tm.flow(agent, app_api, agent_reply)

tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, usage_tool, usage_call)
tm.flow(membership, usage_tool, consent_ref, label="consent lookup")
tm.flow(vault, usage_tool, api_keys)
tm.flow(usage_tool, meter_platform, consent_ref, protocol="https")
tm.flow(meter_platform, usage_tool, usage, protocol="https")
tm.flow(usage_tool, agent, usage)

tm.flow(price_feeds, price_job, supplier_tariffs, protocol="https", label="daily pull")
tm.flow(price_job, tariff_store, supplier_tariffs)
tm.flow(agent, tariff_tool, tariff_query, usage)
tm.flow(tariff_store, tariff_tool, supplier_tariffs)
tm.flow(tariff_tool, agent, tariff_ranking)

tm.flow(agent, switch_tool, switch_call)
tm.flow(vault, switch_tool, api_keys)
tm.flow(switch_tool, switching_api, switch_request, protocol="https")
tm.flow(switching_api, switch_tool, switch_confirmation, protocol="https")
tm.flow(switch_tool, agent, switch_confirmation)

tm.flow(agent, membership_tool, membership_call, bank_details, payouts)
tm.flow(membership_tool, membership, bank_details, payouts)
tm.flow(membership, membership_tool, member_records, payouts)
tm.flow(membership_tool, agent, member_records, payouts)

tm.flow(officer, membership, member_records, payouts, protocol="https", label="back-office updates")
tm.flow(membership, officer, member_records, bank_details, payouts, protocol="https")
