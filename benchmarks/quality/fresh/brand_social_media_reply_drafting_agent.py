"""Brand social media reply drafting agent: the first design, before any security review.

The brand's social media team (UK and EU customers) gets help answering mentions and
direct messages on the social platforms. An LLM agent running in our cloud account reads
new mentions and DMs through the platforms' APIs, looks up the customer's orders in our
hosted e-commerce platform, and drafts a reply with a vendor-hosted LLM. Every draft is
shown to a social media team member in a review console; only an approved reply is posted
under the brand's account. When a customer complains about a faulty or missing order, the
agent can open a refund request in the customer service queue, where the customer
service team decides on it and issues any refund. Controls in this design: approval of
every reply, SSO with MFA on the review console, platform tokens kept in a vault, a
read-only scope on the order API, HTTPS on every external call, and encrypted, logged
conversation records.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Brand social media reply drafting agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM agent that drafts replies to social mentions and DMs, looks up orders and "
        "opens refund requests; a team member approves every reply before it is posted."
    ),
)

# ---------------------------------------------------------------- data assets
messages = tg.Data(
    "Social mentions and direct messages",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Public mentions and private DMs, with the sender's handle and profile.",
)
platform_call = tg.Data("Social platform API call", kind="tool-call")
order_query = tg.Data("Order lookup query", sensitivity=tg.Sensitivity.PII, kind="tool-call")
orders = tg.Data(
    "Customer order details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Order status, items, delivery address and tracking for the customer.",
)
prompt = tg.Data(
    "Drafting prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, brand tone guide, the conversation and the order details.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
draft = tg.Data("Draft reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
approval = tg.Data("Reply approval decision", kind="records")
reply = tg.Data("Approved reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
refund_request = tg.Data(
    "Refund request",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Order number, amount asked for, reason and the conversation excerpt.",
)
refund_decision = tg.Data("Refund handling outcome", sensitivity=tg.Sensitivity.PII, kind="records")
transcripts = tg.Data(
    "Conversation and action log",
    sensitivity=tg.Sensitivity.PII,
    kind="logs",
    description="Messages read, tools called, drafts, approvals and refund requests.",
)
platform_tokens = tg.Data(
    "Social platform access tokens",
    sensitivity=tg.Sensitivity.SECRET,
    kind="credentials",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can mention the brand or DM it, including people trying to steer the agent.
    social_user = tm.add(tg.Actor("Social media user", role="customer or member of the public"))
    # The social networks whose APIs deliver mentions and DMs and publish our replies.
    platforms = tm.add(
        tg.ExternalService(
            "Social media platforms",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Public APIs of the social networks the brand has accounts on.",
        )
    )

with tm.boundary("E-commerce SaaS", trust=tg.Trust.PARTNER):
    # The hosted shop platform that holds our customers' orders.
    shop = tm.add(
        tg.ExternalService(
            "E-commerce platform",
            description="Hosted shop platform; its admin API serves order records.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model that writes the drafts, reached over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
            controls={c.SupplierAssessment(note="DPA signed; vendor does not train on our data")},
        )
    )

with tm.boundary("Brand cloud account", trust=tg.Trust.INTERNAL):
    # The agent that reads the inbox, looks up orders and drafts replies.
    agent = tm.add(
        tg.Agent(
            "Reply drafting agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Polls new mentions and DMs, drafts a reply per conversation.",
            controls={
                c.HumanInTheLoop(
                    approver="a social media team member",
                    note="every reply is approved in the review console before it is posted",
                ),
                c.AuditLogging(),
            },
        )
    )
    # Tool that reads mentions/DMs and posts approved replies through the platform APIs.
    social_tool = tm.add(
        tg.Tool(
            "Social inbox tool",
            capabilities={"read", "send-messages"},
            description="Reads new mentions and DMs; posts a reply once it is approved.",
            controls={c.SecretsManagement(note="platform OAuth tokens held in the cloud vault")},
        )
    )
    # Tool that fetches a customer's orders from the shop platform.
    order_tool = tm.add(
        tg.Tool(
            "Order lookup tool",
            capabilities={"read"},
            description="Finds orders by order number or the e-mail the customer gives.",
            controls={c.LeastPrivilegeTools(note="read-only orders scope on the shop API key")},
        )
    )
    # Tool that opens a refund request for the customer service team.
    refund_tool = tm.add(
        tg.Tool(
            "Refund request tool",
            capabilities={"write"},
            description="Creates a refund request ticket; it does not issue refunds itself.",
        )
    )
    # Where team members read drafts, edit and approve or reject them.
    console = tm.add(
        tg.Endpoint(
            "Reply review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(note="social media team role only"),
            },
        )
    )
    # Queue in the customer service system where refund requests land.
    refund_queue = tm.add(
        tg.Service(
            "Customer service refund queue",
            description="Refund request tickets worked by the customer service team.",
        )
    )
    # Keeps every conversation, draft and action for complaints and audits.
    log_store = tm.add(
        tg.DataStore(
            "Conversation log store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews and approves each reply before it goes out under the brand's name.
    team_member = tm.add(tg.Actor("Social media team member", role="social media team"))
    # Decides on refund requests and issues refunds in the shop platform.
    cs_agent = tm.add(tg.Actor("Customer service agent", role="customer service team"))

# ---------------------------------------------------------------- flows
tls = {c.EncryptionInTransit(protocol="TLS 1.2+")}

# inbound messages
tm.flow(social_user, platforms, messages, protocol="https", label="mentions and DMs")
tm.flow(agent, social_tool, platform_call, protocol="local", label="fetch new messages")
tm.flow(social_tool, platforms, platform_call, platform_tokens, protocol="https", controls=tls)
tm.flow(platforms, social_tool, messages, protocol="https", controls=tls)
tm.flow(social_tool, agent, messages, protocol="local")

# order lookup
tm.flow(agent, order_tool, order_query, protocol="local")
tm.flow(order_tool, shop, order_query, protocol="https", controls=tls)
tm.flow(shop, order_tool, orders, protocol="https", controls=tls)
tm.flow(order_tool, agent, orders, protocol="local")

# drafting
tm.flow(agent, llm, prompt, protocol="https", controls=tls)
tm.flow(llm, agent, completion, protocol="https", controls=tls)

# approval and posting
tm.flow(agent, console, draft, messages, orders, protocol="https")
tm.flow(console, team_member, draft, messages, orders, protocol="https")
tm.flow(team_member, console, approval, protocol="https", label="approve, edit or reject")
tm.flow(console, agent, approval, reply, protocol="https")
tm.flow(agent, social_tool, reply, protocol="local", label="post approved reply")
tm.flow(social_tool, platforms, reply, platform_tokens, protocol="https", controls=tls)
tm.flow(platforms, social_user, reply, protocol="https")

# refund requests
tm.flow(agent, refund_tool, refund_request, protocol="local")
tm.flow(refund_tool, refund_queue, refund_request, protocol="https")
tm.flow(refund_queue, cs_agent, refund_request, protocol="https")
tm.flow(cs_agent, refund_queue, refund_decision, protocol="https")
tm.flow(cs_agent, shop, refund_decision, protocol="https", label="issues the refund")

# logging
tm.flow(agent, log_store, transcripts)
