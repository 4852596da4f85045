"""Used-phone buyback: IMEI check and pricing agent, the first design before review.

Sellers sign in on our website and chat with a buyback agent: they give the phone's
IMEI and answer condition questions (screen, battery, water damage). The agent, an
LLM hosted by a vendor, checks the IMEI against a lost-and-stolen blacklist service
through a check tool, asks our in-house price model for a value and records an offer
on the order. Sellers who accept post the phone and enter their bank details on the
account page. At the warehouse an inspector grades the phone in an inspection app;
when the grade matches the declared condition, the agent pays out by bank transfer
through our bank's payments API, otherwise it makes a revised offer.
Controls: HTTPS throughout, seller sign-in with e-mail and password, rate limits and
IMEI format checks on the website, a step limit on the agent, the bank API key in a
vault, warehouse staff SSO with MFA and roles, and encryption at rest on the orders DB.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Used-phone buyback agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An LLM agent that checks IMEIs, prices used phones, makes offers and pays "
    "sellers by bank transfer after warehouse inspection.",
)

# ---------------------------------------------------------------- data assets
seller_messages = tg.Data(
    "Seller chat messages",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="IMEI, model, storage and answers to the condition questions.",
)
agent_replies = tg.Data(
    "Agent replies and offers", kind="model-output", sensitivity=tg.Sensitivity.PII
)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far and tool results.",
)
llm_completion = tg.Data("Agent completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
imei_query = tg.Data("IMEI lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII)
blacklist_status = tg.Data(
    "Blacklist status",
    kind="tool-result",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Clean, reported lost or stolen, or blocked by a carrier.",
)
price_request = tg.Data(
    "Handset condition features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Make, model, storage and condition answers.",
)
price_estimate = tg.Data(
    "Price estimate", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
order_records = tg.Data(
    "Buyback orders",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Seller, IMEI, declared condition, offer, status and inspection grade.",
)
bank_details = tg.Data(
    "Seller bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Account name, sort code and account number.",
)
inspection = tg.Data("Inspection grade", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
payout_request = tg.Data(
    "Payout instruction", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
transfer = tg.Data(
    "Bank transfer request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Payee bank details, amount and order reference.",
)
transfer_result = tg.Data(
    "Transfer confirmation", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public selling a used phone.
    seller = tm.add(tg.Actor("Seller", role="seller"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that drives the agent's conversation and tool calls.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Blacklist provider", trust=tg.Trust.PARTNER):
    # Industry lost-and-stolen IMEI database, queried per handset.
    blacklist = tm.add(
        tg.ExternalService("IMEI blacklist service", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Bank", trust=tg.Trust.PARTNER):
    # Our business bank's payments API that sends Faster Payments transfers.
    bank_api = tm.add(tg.ExternalService("Bank payments API"))

with tm.boundary("Production cloud", trust=tg.Trust.INTERNAL):
    # Seller-facing site: sign-in, chat, order tracking and the bank details form.
    website = tm.add(
        tg.Endpoint(
            "Buyback website",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="IMEI length and Luhn check digit"),
            },
        )
    )
    # The LLM agent that runs the conversation, checks, prices, offers and pays out.
    agent = tm.add(
        tg.Agent(
            "Buyback agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=15)},
            description="Makes offers on its own; pays out when the inspection grade "
            "matches the declared condition.",
        )
    )
    # Tool the agent calls to look an IMEI up in the blacklist.
    imei_tool = tm.add(tg.Tool("IMEI check tool", capabilities={"read", "network-egress"}))
    # Tool the agent calls to get a price from the price model.
    price_tool = tm.add(tg.Tool("Price quote tool", capabilities={"read"}))
    # In-house model pricing a handset from make, model and condition.
    price_model = tm.add(
        tg.Model(
            "Handset price model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Gradient-boosted regressor trained on resale prices.",
        )
    )
    # Tool the agent uses to read and update orders (offers, status).
    order_tool = tm.add(tg.Tool("Order tool", capabilities={"read", "write"}))
    # Tool that sends the seller's payout through the bank API.
    payout_tool = tm.add(
        tg.Tool(
            "Payout tool",
            capabilities={"money-movement", "network-egress"},
            controls={
                c.SecretsManagement(note="bank API key held in the cloud vault"),
                c.HumanInTheLoop(
                    approver="warehouse inspector",
                    note="transfer is sent after an inspector records a passing grade for the order",
                ),
            },
        )
    )
    # Orders, offers, inspection grades and sellers' bank details.
    orders_db = tm.add(
        tg.DataStore(
            "Orders database",
            stores={order_records, bank_details},
            controls={c.EncryptionAtRest(key_management="KMS")},
        )
    )

with tm.boundary("Warehouse", trust=tg.Trust.INTERNAL):
    # Staff who open parcels, test the phones and grade them.
    inspector = tm.add(tg.Actor("Warehouse inspector", role="inspector"))
    # Internal app where inspectors record the grade for each received phone.
    inspection_app = tm.add(
        tg.Service(
            "Inspection app",
            controls={c.Authentication(method="staff SSO with MFA"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(seller, website, seller_messages, bank_details, protocol="https")
tm.flow(website, seller, agent_replies, order_records, protocol="https")
tm.flow(website, agent, seller_messages, protocol="https")
tm.flow(agent, website, agent_replies, protocol="https")
tm.flow(website, orders_db, bank_details, label="account page")
tm.flow(orders_db, website, order_records, label="order tracking")

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, imei_tool, imei_query)
tm.flow(imei_tool, blacklist, imei_query, protocol="https")
tm.flow(blacklist, imei_tool, blacklist_status, protocol="https")
tm.flow(imei_tool, agent, blacklist_status)

tm.flow(agent, price_tool, price_request)
tm.flow(price_tool, price_model, price_request)
tm.flow(price_model, price_tool, price_estimate)
tm.flow(price_tool, agent, price_estimate)

tm.flow(agent, order_tool, order_records, label="record offer and status")
tm.flow(order_tool, orders_db, order_records)
tm.flow(orders_db, order_tool, order_records, inspection)
tm.flow(order_tool, agent, order_records, inspection)

tm.flow(inspector, inspection_app, inspection, protocol="https")
tm.flow(inspection_app, orders_db, inspection)
tm.flow(orders_db, inspection_app, order_records)

tm.flow(agent, payout_tool, payout_request)
tm.flow(orders_db, payout_tool, bank_details)
tm.flow(payout_tool, bank_api, transfer, protocol="https")
tm.flow(bank_api, payout_tool, transfer_result, protocol="https")
tm.flow(payout_tool, agent, transfer_result)
tm.flow(payout_tool, orders_db, order_records, label="mark paid")
