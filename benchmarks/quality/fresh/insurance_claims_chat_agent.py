"""Home insurance claims chat agent: the first design, before any security review.

Policyholders sign in to the customer web portal (OIDC login) and chat with a claims
agent to file a new home insurance claim or ask where an existing one stands. The
agent runs in our cloud account and uses a vendor-hosted LLM with function calling:
its tools look up the caller's policy in the policy administration system, create and
read claim records in the claims system, and book an adjuster visit through the
field-service provider's scheduling API. The portal asks the policyholder to upload
photos of the damage; these land in a photo bucket and the agent sends them to the
LLM to draft the damage description on the claim. Claims handlers and adjusters work
the claim, the photos and the chat transcript in the internal claims workbench (SSO,
role-based access). Stores holding customer data are encrypted at rest, traffic to the
vendors is HTTPS, the field-service API key is kept in the secrets vault, and every
conversation and tool call is written to a transcript store.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Insurance claims chat agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Customer-facing LLM agent that files and tracks home insurance claims.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Policyholder chat message", sensitivity="pii", kind="prompt")
agent_reply = tg.Data("Agent reply", sensitivity="pii", kind="model-output")
photos = tg.Data(
    "Damage photos",
    sensitivity="pii",
    kind="media",
    description="Photos of the inside and outside of the insured home; may show people and addresses.",
)
llm_prompt = tg.Data(
    "LLM prompt",
    sensitivity="pii",
    kind="prompt",
    description="System prompt, tool schemas, the conversation so far, tool results and photos.",
)
llm_completion = tg.Data(
    "LLM completion", sensitivity="pii", kind="model-output", description="Text or tool calls."
)
tool_call = tg.Data("Tool call", sensitivity="pii", kind="tool-call")
tool_result = tg.Data("Tool result", sensitivity="pii", kind="tool-result")
policy_record = tg.Data(
    "Policy record",
    sensitivity="pii",
    kind="records",
    description="Policyholder, insured address, cover, excess and payment status.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
claim_record = tg.Data(
    "Claim record",
    sensitivity="pii",
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
appointment = tg.Data(
    "Adjuster appointment",
    sensitivity="pii",
    kind="records",
    description="Claim number, address, contact phone and the booked time slot.",
)
transcript = tg.Data("Conversation transcript", sensitivity="pii", kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust="untrusted"):
    # The customer, signed in to the portal from their own browser.
    policyholder = tm.add(tg.Actor("Policyholder", role="policyholder"))

with tm.boundary("LLM vendor", trust="partner"):
    # General-purpose chat model with function calling and image input, behind the vendor API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin="third-party-api",
            controls={c.SupplierAssessment(note="procurement security and data-retention review")},
        )
    )

with tm.boundary("Field-service provider", trust="partner"):
    # SaaS that manages adjuster calendars and routes; the agent books visits through it.
    field_service = tm.add(tg.ExternalService("Field-service scheduling API"))

with tm.boundary("Claims cloud account", trust="internal"):
    # The portal's chat and upload API: the only thing policyholders reach.
    chat_api = tm.add(
        tg.Endpoint(
            "Portal chat API",
            purpose="api",
            controls={
                c.Authentication(method="OIDC"),
                c.InputValidation(note="upload file type and size checks"),
            },
        )
    )
    # Orchestrates the conversation: calls the LLM and executes the tool calls it returns.
    agent = tm.add(
        tg.Agent(
            "Claims chat agent",
            autonomy="autonomous",
            description="Creates claims and books visits without a staff approval step; "
            "handlers review claims after they are created.",
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    # Reads the policy the policyholder asks about.
    policy_tool = tm.add(tg.Tool("Policy lookup tool", capabilities={"read"}))
    # Creates claim records and reads their status for tracking questions.
    claims_tool = tm.add(
        tg.Tool(
            "Claims tool",
            capabilities={"read", "write"},
            controls={c.InputValidation(note="claims API rejects malformed claim payloads")},
        )
    )
    # Books an adjuster visit with the field-service provider.
    scheduling_tool = tm.add(
        tg.Tool(
            "Adjuster scheduling tool",
            capabilities={"write", "network-egress"},
            controls={c.SecretsManagement(note="provider API key in the vault")},
        )
    )
    # Object storage for photos uploaded during the chat.
    photo_store = tm.add(
        tg.DataStore(
            "Damage photo bucket",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="KMS")},
        )
    )
    # Every conversation with its tool calls, kept for handlers and complaints.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcript},
            controls={c.EncryptionAtRest(key_management="KMS")},
        )
    )

with tm.boundary("Core insurance systems", trust="restricted"):
    # System of record for policies.
    policy_admin = tm.add(tg.DataStore("Policy administration system", stores={policy_record}))
    # System of record for claims; handlers and the agent both write to it.
    claims_system = tm.add(
        tg.DataStore(
            "Claims system",
            stores={claim_record},
            controls={c.EncryptionAtRest(key_management="KMS")},
        )
    )

with tm.boundary("Corporate network", trust="internal"):
    # Internal web app where staff work claims, photos and the chat history.
    workbench = tm.add(
        tg.Service(
            "Claims workbench",
            controls={c.Authentication(method="SSO"), c.RBAC()},
        )
    )
    # Works the claim: cover decision, reserve, payment.
    handler = tm.add(tg.Actor("Claims handler", role="claims staff"))
    # Inspects the damage on site and updates the claim.
    adjuster = tm.add(tg.Actor("Adjuster", role="field adjuster"))

# ---------------------------------------------------------------- flows
tls = {c.EncryptionInTransit(protocol="TLS 1.2+")}

# conversation
tm.flow(policyholder, chat_api, chat_message, photos, protocol="https", controls=tls)
tm.flow(chat_api, policyholder, agent_reply, protocol="https", controls=tls)
tm.flow(chat_api, agent, chat_message)
tm.flow(agent, chat_api, agent_reply)
tm.flow(chat_api, photo_store, photos, label="upload")

# model calls
tm.flow(photo_store, agent, photos)
tm.flow(agent, llm, llm_prompt, photos, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# tools
tm.flow(agent, policy_tool, tool_call)
tm.flow(policy_tool, agent, tool_result)
tm.flow(policy_tool, policy_admin, tool_call, label="policy query")
tm.flow(policy_admin, policy_tool, policy_record)

tm.flow(agent, claims_tool, tool_call)
tm.flow(claims_tool, agent, tool_result)
tm.flow(claims_tool, claims_system, claim_record, label="create claim")
tm.flow(claims_system, claims_tool, claim_record, label="claim status")

tm.flow(agent, scheduling_tool, tool_call)
tm.flow(scheduling_tool, agent, tool_result)
tm.flow(scheduling_tool, field_service, appointment, protocol="https")
tm.flow(field_service, scheduling_tool, appointment, protocol="https", label="confirmation")

tm.flow(agent, transcript_store, transcript)

# staff
tm.flow(transcript_store, workbench, transcript)
tm.flow(photo_store, workbench, photos)
tm.flow(claims_system, workbench, claim_record)
tm.flow(workbench, claims_system, claim_record, label="handler and adjuster updates")
tm.flow(workbench, handler, claim_record, transcript, photos, protocol="https")
tm.flow(handler, workbench, claim_record, protocol="https")
tm.flow(workbench, adjuster, claim_record, photos, protocol="https")
tm.flow(adjuster, workbench, claim_record, protocol="https", label="inspection report")
tm.flow(field_service, adjuster, appointment, protocol="https", label="visit schedule")
