"""Self-custody wallet support agent: the first design, before any security review.

Users of our self-custody wallet chat with a support agent from the mobile app and
the website. There are no user accounts (we never hold keys), so the chat is
anonymous; the app opens a chat session and the user types a question, a
transaction hash, a wallet address or a swap order id. An LLM agent in our cloud
answers from the help-centre index, looks up transaction status on public
blockchains through a third-party node/explorer API, looks up swap orders in our
swap service, and can open a ticket in the hosted helpdesk, where support staff
reply by e-mail. The model is a vendor-hosted LLM. The system prompt tells the
agent never to ask for or accept a recovery phrase. Controls in this design: a
rate-limited chat API, the vendor's content filter, a step limit on the agent, a
ticket tool whose token can only create tickets, encrypted transcripts and SSO for
staff on the helpdesk.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Self-custody wallet support agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="In-app and web support chat agent for a self-custody crypto wallet.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text; may carry wallet addresses, transaction hashes and swap order ids.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, retrieved articles and tool results.",
)
llm_completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Answer text or the tool calls the agent should make.",
)
help_articles = tg.Data("Help-centre articles", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
article_chunks = tg.Data(
    "Retrieved help articles", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
chain_query = tg.Data(
    "Blockchain lookup",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Chain, transaction hash or wallet address to look up.",
)
chain_status = tg.Data(
    "On-chain transaction status", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC
)
swap_query = tg.Data("Swap order lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII)
swap_status = tg.Data(
    "Swap order status",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Order state, amounts, assets, deposit and payout addresses.",
)
ticket = tg.Data(
    "Support ticket",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Contact e-mail, summary of the conversation and the ids looked up.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
ticket_ref = tg.Data("Ticket reference", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
ticket_reply = tg.Data("Ticket reply e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who installs the app or opens the website can chat; no account exists.
    user = tm.add(tg.Actor("Wallet user", role="end user"))
    # Third-party node/explorer API we query for public transaction status.
    chain_api = tm.add(
        tg.ExternalService(
            "Blockchain node and explorer API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Hosted RPC and indexer for the chains the wallet supports.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, called over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.Guardrails(note="the vendor's content filter"),
                c.SupplierAssessment(note="zero-retention API terms reviewed by legal"),
            },
        )
    )

with tm.boundary("Helpdesk SaaS", trust=tg.Trust.PARTNER):
    # Hosted helpdesk where tickets live and staff answer them.
    helpdesk = tm.add(
        tg.ExternalService(
            "Helpdesk",
            controls={c.Authentication(method="company SSO (OIDC) with MFA")},
        )
    )

with tm.boundary("Support cloud", trust=tg.Trust.INTERNAL):
    # Public entry point the app's chat widget and the website call.
    chat_api = tm.add(
        tg.Endpoint(
            "Support chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=20),
                c.InputValidation(note="message length and character limits"),
            },
        )
    )
    # The LLM agent that answers and decides which lookups to make.
    agent = tm.add(
        tg.Agent(
            "Support agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="System prompt forbids asking for or accepting recovery phrases.",
            controls={c.CircuitBreaker(max_steps=8)},
        )
    )
    # Help-centre articles the agent answers from.
    help_index = tm.add(tg.VectorStore("Help article index", stores={article_chunks}))
    # Published help-centre content, re-indexed when articles change.
    help_centre = tm.add(
        tg.DataSource("Help centre", origin=tg.Origin.INTERNAL, provides={help_articles})
    )
    # Looks up transactions on public chains for the agent.
    chain_tool = tm.add(tg.Tool("Transaction lookup tool", capabilities={"read", "network-egress"}))
    # Looks up the state of an order in our swap service.
    swap_tool = tm.add(tg.Tool("Swap status tool", capabilities={"read"}))
    # Opens a ticket in the helpdesk when the agent cannot resolve the question.
    ticket_tool = tm.add(
        tg.Tool(
            "Ticket tool",
            capabilities={"write"},
            controls={
                c.LeastPrivilegeTools(note="helpdesk token can only create tickets"),
                c.SecretsManagement(),
            },
        )
    )
    # Conversations kept for quality review and disputes.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Swap platform", trust=tg.Trust.INTERNAL):
    # Our existing swap service, which exposes an internal order-status API.
    swap_service = tm.add(tg.Service("Swap service"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Support staff who pick up the tickets the agent opens.
    staff = tm.add(tg.Actor("Support staff", role="support agent"))

# ---------------------------------------------------------------- flows
tm.flow(user, chat_api, chat_message, protocol="https")
tm.flow(chat_api, user, agent_reply, protocol="https")
tm.flow(chat_api, agent, chat_message)
tm.flow(agent, chat_api, agent_reply)

tm.flow(agent, help_index, chat_message, label="similarity query")
tm.flow(help_index, agent, article_chunks, label="retrieved articles")
tm.flow(help_centre, help_index, help_articles, label="re-index on publish")

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, chain_tool, chain_query)
tm.flow(chain_tool, chain_api, chain_query, protocol="https")
tm.flow(chain_api, chain_tool, chain_status, protocol="https")
tm.flow(chain_tool, agent, chain_status)

tm.flow(agent, swap_tool, swap_query)
tm.flow(swap_tool, swap_service, swap_query, protocol="https")
tm.flow(swap_service, swap_tool, swap_status, protocol="https")
tm.flow(swap_tool, agent, swap_status)

tm.flow(agent, ticket_tool, ticket)
tm.flow(ticket_tool, helpdesk, ticket, protocol="https")
tm.flow(helpdesk, ticket_tool, ticket_ref, protocol="https")
tm.flow(ticket_tool, agent, ticket_ref)

tm.flow(agent, transcript_store, transcripts)

tm.flow(staff, helpdesk, ticket, protocol="https", label="answers tickets")
tm.flow(helpdesk, staff, ticket, protocol="https", label="ticket queue")
tm.flow(helpdesk, user, ticket_reply, protocol="smtp")
