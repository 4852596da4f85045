"""Cabin crew roster swap agent: the first design, before any security review.

Cabin crew chat with an assistant in the crew app on their own phones to ask for
duty swaps ("can someone take my Thursday LHR-JFK pairing?"). They sign in with the
airline's workforce SSO. An LLM agent in the crew-apps cloud reads the requester's
roster, finds colleagues whose duties fit, and sends them a swap offer. Before a
swap goes ahead it asks the flight-time-limitation (FTL) legality engine in the
crew management core whether both rosters stay legal (duty limits, minimum rest,
qualifications). A legal, accepted swap is queued for the crew control duty
officer, who approves it; the apply tool then writes it to the crew roster.
The LLM is hosted by a vendor. Chats are kept in a conversation store. The roster
database has role-based access and an audit trail; the agent's tool loop is capped.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Cabin crew roster swap agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chat agent that arranges cabin crew duty swaps, checks FTL legality "
    "and applies approved swaps to the crew roster.",
)

# ---------------------------------------------------------------- data assets
sign_in = tg.Data(
    "Crew SSO sign-in credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
access_token = tg.Data("Crew access token", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
chat_message = tg.Data(
    "Swap request chat message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Free text from a crew member: swap requests, acceptances, questions.",
)
agent_reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Prompt with roster context",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, the conversation and roster extracts of the crew involved.",
)
completion = tg.Data(
    "LLM completion with tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
roster_query = tg.Data("Roster query", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
roster = tg.Data(
    "Crew roster",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Pairings, duty periods, rest periods, base, qualifications per crew member.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
roster_extract = tg.Data("Roster extract", sensitivity=tg.Sensitivity.PII, kind="tool-result")
proposed_swap = tg.Data("Proposed swap", sensitivity=tg.Sensitivity.PII, kind="tool-call")
duty_history = tg.Data(
    "Crew duty history",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Flown and planned duty and rest times over the FTL look-back windows.",
)
ftl_rules = tg.Data(
    "FTL rules and crew agreement limits",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="documents",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
legality_result = tg.Data(
    "Legality check result", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
swap_offer = tg.Data("Swap offer notification", sensitivity=tg.Sensitivity.PII)
swap_instruction = tg.Data("Swap instruction", sensitivity=tg.Sensitivity.PII, kind="tool-call")
pending_swap = tg.Data("Pending swap for approval", sensitivity=tg.Sensitivity.PII, kind="records")
swap_approval = tg.Data("Swap approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
roster_change = tg.Data("Roster change", sensitivity=tg.Sensitivity.PII, kind="records")
apply_result = tg.Data("Swap apply result", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result")
transcripts = tg.Data("Swap chat transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Crew use the crew app on their own phones, from anywhere on the network.
    crew = tm.add(tg.Actor("Cabin crew member", role="cabin crew"))

with tm.boundary("Workforce identity provider", trust=tg.Trust.PARTNER):
    # The airline's SaaS single sign-on for all staff; the chat API trusts its tokens.
    idp = tm.add(
        tg.ExternalService(
            "Airline workforce SSO",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent; we call the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling.",
        )
    )

with tm.boundary("Crew apps cloud", trust=tg.Trust.INTERNAL):
    # The chat back end the crew app talks to.
    chat_api = tm.add(
        tg.Endpoint(
            "Crew chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.Authentication(
                    method="OIDC via the workforce SSO: staff number and password, "
                    "with an app code on new devices"
                )
            },
        )
    )
    # Understands the request, finds candidates, runs the checks and drives the swap.
    agent = tm.add(
        tg.Agent(
            "Roster swap agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="LLM agent that negotiates duty swaps between crew members.",
            controls={tg.controls.CircuitBreaker(max_steps=15)},
        )
    )
    # Read access to the roster, for the requester's duties and possible partners.
    roster_tool = tm.add(
        tg.Tool(
            "Roster lookup tool",
            capabilities={"read"},
            description="Looks up pairings and duties by staff number and date range.",
        )
    )
    # Asks the FTL engine whether both rosters stay legal after the swap.
    legality_tool = tm.add(
        tg.Tool(
            "Legality check tool",
            capabilities={"read"},
            description="Submits a proposed swap to the FTL legality engine and returns its verdict.",
        )
    )
    # Tells a colleague in the crew app that someone offers them a swap.
    notify_tool = tm.add(
        tg.Tool(
            "Crew notification tool",
            capabilities={"send-messages"},
            description="Sends a push notification with the swap offer to a crew member.",
        )
    )
    # Queues the swap for crew control and, once approved, writes it to the roster.
    apply_tool = tm.add(
        tg.Tool(
            "Swap apply tool",
            capabilities={"write"},
            description="Holds accepted swaps until crew control approves, then updates "
            "both crew members' duties in the rostering system.",
            controls={tg.controls.HumanInTheLoop(approver="crew control duty officer")},
        )
    )
    # Keeps each crew member's swap conversation so offers can be followed up.
    conversations = tm.add(
        tg.DataStore(
            "Conversation store",
            stores={transcripts},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Crew management core", trust=tg.Trust.RESTRICTED):
    # The system of record for who flies what; crew control and payroll use it too.
    roster_db = tm.add(
        tg.DataStore(
            "Crew roster database",
            stores={roster, duty_history},
            controls={tg.controls.RBAC(), tg.controls.AuditLogging(retention_days=730)},
        )
    )
    # Deterministic rules engine that computes duty limits and rest for a roster.
    legality_engine = tm.add(
        tg.Service(
            "FTL legality engine",
            description="Rules engine that evaluates flight time limitations, minimum rest "
            "and qualification requirements against a candidate roster.",
        )
    )
    # The regulatory limits and the crew union agreement, maintained by crew planning.
    rulebook = tm.add(tg.DataStore("FTL rulebook", stores={ftl_rules}))

with tm.boundary("Operations control centre", trust=tg.Trust.INTERNAL):
    # Approves swaps before they reach the roster.
    officer = tm.add(tg.Actor("Crew control duty officer", role="crew control"))

# ---------------------------------------------------------------- flows
# Sign-in and chat
tm.flow(crew, idp, sign_in, protocol="https")
tm.flow(idp, crew, access_token, protocol="https")
tm.flow(crew, chat_api, chat_message, access_token, protocol="https")
tm.flow(chat_api, agent, chat_message)
tm.flow(agent, chat_api, agent_reply)
tm.flow(chat_api, crew, agent_reply, protocol="https")

# The model
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# Conversation history
tm.flow(agent, conversations, transcripts)
tm.flow(conversations, agent, transcripts, label="conversation history")

# Roster lookups
tm.flow(agent, roster_tool, roster_query)
tm.flow(roster_tool, roster_db, roster_query, protocol="https")
tm.flow(roster_db, roster_tool, roster, protocol="https")
tm.flow(roster_tool, agent, roster_extract)

# Legality check
tm.flow(agent, legality_tool, proposed_swap)
tm.flow(legality_tool, legality_engine, proposed_swap, protocol="https")
tm.flow(roster_db, legality_engine, duty_history)
tm.flow(rulebook, legality_engine, ftl_rules)
tm.flow(legality_engine, legality_tool, legality_result, protocol="https")
tm.flow(legality_tool, agent, legality_result)

# Offer to a colleague
tm.flow(agent, notify_tool, swap_offer)
tm.flow(notify_tool, crew, swap_offer, protocol="https", label="push notification")

# Approval and roster update
tm.flow(agent, apply_tool, swap_instruction)
tm.flow(apply_tool, officer, pending_swap, protocol="https")
tm.flow(officer, apply_tool, swap_approval, protocol="https")
tm.flow(apply_tool, roster_db, roster_change, protocol="https")
tm.flow(roster_db, apply_tool, apply_result, protocol="https")
tm.flow(apply_tool, agent, apply_result)
